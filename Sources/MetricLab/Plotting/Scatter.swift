/// Points of a 2-D embedding coloured and shaped by class, on equal axes: the papers' picture of
/// an embedding, with optional bold points (medoids, proxies), text at chosen points, positive
/// pairs as blue edges, negative pairs as red edges, and the unit circle.
public struct Scatter: Figure {
    let points: Tensor
    let labels: [Int]
    let title: String?
    let highlighted: [Int]
    let bold: Bool
    let pointLabels: [Int: String]
    let positivePairs: [(Int, Int)]
    let negativePairs: [(Int, Int)]
    let unitCircle: Bool
    let classNames: [String]?

    /// A scatter of `points` (a row per point, two columns) with their class `labels`.
    ///
    /// - Parameters:
    ///   - highlighted: rows drawn bold, such as facility location's medoids.
    ///   - bold: draws every point bold, for proxies or class centres.
    ///   - pointLabels: text written beside the given rows.
    ///   - positivePairs: row pairs joined by blue edges.
    ///   - negativePairs: row pairs joined by dashed red edges.
    ///   - unitCircle: draws the unit circle, for L2-normalised embeddings.
    ///   - classNames: legend titles by class index (the index by default).
    public init(_ points: Tensor, labels: [Int], title: String? = nil, highlighted: [Int] = [],
                bold: Bool = false, pointLabels: [Int: String] = [:], positivePairs: [(Int, Int)] = [],
                negativePairs: [(Int, Int)] = [], unitCircle: Bool = false, classNames: [String]? = nil) {
        self.points = points
        self.labels = labels
        self.title = title
        self.highlighted = highlighted
        self.bold = bold
        self.pointLabels = pointLabels
        self.positivePairs = positivePairs
        self.negativePairs = negativePairs
        self.unitCircle = unitCircle
        self.classNames = classNames
    }

    var name: String { title.map { "Scatter '\($0)'" } ?? "Scatter" }

    func validate() throws {
        guard points.cols == 2 || points.rows == 0 else {
            throw FigureError("\(name): points need 2 columns (x, y), got \(points.rows)×\(points.cols)")
        }
        guard labels.count == points.rows else {
            throw FigureError("\(name): \(points.rows) points but \(labels.count) labels")
        }
        if let negative = labels.first(where: { $0 < 0 }) {
            throw FigureError("\(name): labels are class indices from 0, got \(negative)")
        }
        let rows = 0 ..< points.rows
        let indices = highlighted + pointLabels.keys + (positivePairs + negativePairs).flatMap { [$0.0, $0.1] }
        if let outside = indices.first(where: { !rows.contains($0) }) {
            throw FigureError("\(name): row \(outside) is out of range for \(points.rows) points")
        }
    }

    /// One panel of the points, edges and texts on equal axes; throws for inconsistent data.
    public func layout() throws -> FigureLayout {
        try validate()
        let xs = (0 ..< points.rows).map { points[$0, 0] }
        let ys = (0 ..< points.rows).map { points[$0, 1] }
        var isBold = [Bool](repeating: bold, count: points.rows)
        for row in highlighted { isBold[row] = true }
        var panel = Panel(title: title, equalAxes: true)
        if unitCircle { panel.layers.append(UnitCircleLayer()) }
        let segment = { (pair: (Int, Int)) in (xs[pair.0], ys[pair.0], xs[pair.1], ys[pair.1]) }
        if !negativePairs.isEmpty {
            panel.layers.append(EdgesLayer(kind: .negative, segments: negativePairs.map(segment)))
        }
        if !positivePairs.isEmpty {
            panel.layers.append(EdgesLayer(kind: .positive, segments: positivePairs.map(segment)))
        }
        panel.layers.append(ClassPointsLayer(xs: xs, ys: ys, classes: labels, bold: isBold, classNames: classNames))
        if !pointLabels.isEmpty {
            panel.layers.append(TextLabelsLayer(labels: pointLabels.keys.sorted().map { row in
                (x: xs[row], y: ys[row], text: pointLabels[row] ?? "")
            }))
        }
        let notFinite = zip(xs, ys).filter { !$0.isFinite || !$1.isFinite }.count
        if notFinite > 0 {
            panel.notes.append("\(notFinite) of \(points.rows) points not finite, not drawn")
        }
        return .single(panel)
    }
}
