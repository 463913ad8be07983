/// A figure whose data cannot be drawn: mismatched lengths, indices out of range, wrong shapes.
public struct FigureError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, naming the figure kind and the field.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
