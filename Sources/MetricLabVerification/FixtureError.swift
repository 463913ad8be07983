import MetricLab

/// A fixture file that cannot be read as its format says: names the file, the case and the field.
public struct FixtureError: Error, Sendable, CustomStringConvertible {
    /// The fixture file.
    public let file: String
    /// Which case (or section) of the file, when the error is inside one.
    public let place: String?
    /// The field, as a path such as `kwargs.margin`.
    public let field: String?
    /// What is wrong.
    public let message: String

    /// An error at a place and field of a file.
    public init(file: String, place: String?, field: String?, message: String) {
        self.file = file
        self.place = place
        self.field = field
        self.message = message
    }

    public var description: String {
        [file, place, field.map { "field \($0)" }].compactMap { $0 }.joined(separator: ": ") + ": " + message
    }
}
