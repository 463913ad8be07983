/// A matrix as an image: a similarity matrix of a batch (S2SD's heads beside the target) or of
/// classes (language against learned), row 0 at the top, each cell shaded by its value.
public struct Heatmap: Figure {
    let values: [[Double]]
    let title: String?
    let labels: [String]
    let range: ClosedRange<Double>?

    /// A heatmap of `values`, a row of numbers per matrix row; `labels` name the rows and columns
    /// (none by default), `range` is the values from white to dark blue (the data's by default).
    public init(_ values: [[Double]], title: String? = nil, labels: [String] = [], range: ClosedRange<Double>? = nil) {
        self.values = values
        self.title = title
        self.labels = labels
        self.range = range
    }

    /// A heatmap of a tensor's rows.
    public init(_ matrix: Tensor, title: String? = nil, labels: [String] = [], range: ClosedRange<Double>? = nil) {
        self.init((0 ..< matrix.rows).map { matrix.row($0) }, title: title, labels: labels, range: range)
    }

    /// One square panel of cells.
    public func layout() throws -> FigureLayout {
        let name = title.map { "Heatmap '\($0)'" } ?? "Heatmap"
        let width = values.first?.count ?? 0
        guard !values.isEmpty, width > 0, values.allSatisfy({ $0.count == width }) else {
            throw FigureError("\(name): the matrix must be a non-empty rectangle")
        }
        guard values.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { throw FigureError("\(name): a value is not finite") }
        guard labels.isEmpty || (labels.count == values.count && labels.count == width) else {
            throw FigureError("\(name): \(labels.count) labels for a \(values.count)×\(width) matrix")
        }
        let low = values.joined().min()!, high = values.joined().max()!
        let range = self.range ?? (low < high ? low ... high : low - 1 ... high + 1)
        guard range.upperBound > range.lowerBound else { throw FigureError("\(name): the range must have positive width") }
        return .single(Panel(title: title, equalAxes: true, padded: false,
                             layers: [MatrixImageLayer(values: values, range: range, labels: labels)]))
    }
}
