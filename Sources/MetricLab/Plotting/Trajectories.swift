/// How points moved: each row's path through a sequence of positions (proxies, medoids, class
/// centres over training) as a line in its class colour, ending in a bold mark at its last position.
public struct Trajectories: Figure {
    let positions: [Tensor]
    let labels: [Int]
    let title: String?
    let classNames: [String]?

    /// Paths of the rows of `positions` (one n×2 tensor per moment, in order) with class `labels`,
    /// `classNames` in the legend (the index by default).
    public init(_ positions: [Tensor], labels: [Int], title: String? = nil, classNames: [String]? = nil) {
        self.positions = positions
        self.labels = labels
        self.title = title
        self.classNames = classNames
    }

    /// One panel of the paths and their bold end points.
    public func layout() throws -> FigureLayout {
        let name = title.map { "Trajectories '\($0)'" } ?? "Trajectories"
        guard let last = positions.last else { return .single(Panel(title: title, equalAxes: true)) }
        guard positions.allSatisfy({ $0.rows == last.rows && $0.cols == 2 }) else {
            throw FigureError("\(name): every position tensor must be \(last.rows)×2")
        }
        guard labels.count == last.rows else {
            throw FigureError("\(name): \(last.rows) paths but \(labels.count) labels")
        }
        var panel = Panel(title: title, equalAxes: true)
        for row in 0 ..< last.rows {
            panel.layers.append(CurveLayer(xs: positions.map { $0[row, 0] }, ys: positions.map { $0[row, 1] },
                                           color: Palette.classColor(labels[row]), dash: 1, lineWidth: 1.5,
                                           opacity: 0.8, title: nil))
        }
        let end = try Scatter(last, labels: labels, bold: true, classNames: classNames).layout().onlyPanel(inside: name)
        return .single(panel.overlaid(with: end))
    }
}
