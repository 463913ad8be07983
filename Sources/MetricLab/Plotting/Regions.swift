/// The input plane coloured by the class (or cluster) each point's embedding falls into, with the
/// data drawn on top: how a model of 2-D inputs carves up the plane.
public struct Regions: Figure {
    let classes: [[Int]]
    let x: ClosedRange<Double>
    let y: ClosedRange<Double>
    let points: Tensor?
    let labels: [Int]
    let title: String?
    /// How many classes the classifier returned, when that was not one per grid cell.
    var classifiedCount: (got: Int, cells: Int)?

    /// Regions from a precomputed grid: `classes[j][i]` is the class of the cell in column i of
    /// row j, rows from the bottom of `y` up, columns from the left of `x`.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, classes: [[Int]], points: Tensor? = nil,
                labels: [Int] = [], title: String? = nil) {
        self.classes = classes
        self.x = x
        self.y = y
        self.points = points
        self.labels = labels
        self.title = title
    }

    /// Regions from a classifier called once with the centres of a `resolution`×`resolution` grid
    /// (an n×2 tensor, row by row from the bottom left) that returns a class index for each.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 120, points: Tensor? = nil,
                labels: [Int] = [], title: String? = nil, classify: (Tensor) -> [Int]) {
        let n = max(resolution, 1)
        let dx = (x.upperBound - x.lowerBound) / Double(n)
        let dy = (y.upperBound - y.lowerBound) / Double(n)
        var centres: [Double] = []
        centres.reserveCapacity(2 * n * n)
        for j in 0 ..< n {
            for i in 0 ..< n {
                centres += [x.lowerBound + (Double(i) + 0.5) * dx, y.lowerBound + (Double(j) + 0.5) * dy]
            }
        }
        let flat = classify(Tensor(rows: n * n, cols: 2, scalars: centres))
        let complete = flat.count == n * n
        self.init(x: x, y: y, classes: complete ? (0 ..< n).map { Array(flat[$0 * n ..< ($0 + 1) * n]) } : [],
                  points: points, labels: labels, title: title)
        if !complete { classifiedCount = (got: flat.count, cells: n * n) }
    }

    /// One panel of the coloured grid with the data on top.
    public func layout() throws -> FigureLayout {
        let name = title.map { "Regions '\($0)'" } ?? "Regions"
        if let classifiedCount {
            throw FigureError("\(name): the classifier returned \(classifiedCount.got) classes for \(classifiedCount.cells) grid points")
        }
        let width = classes.first?.count ?? 0
        guard !classes.isEmpty, width > 0, classes.allSatisfy({ $0.count == width }) else {
            throw FigureError("\(name): the class grid must be a non-empty rectangle, one class per cell")
        }
        if let negative = classes.joined().first(where: { $0 < 0 }) {
            throw FigureError("\(name): classes are indices from 0, got \(negative)")
        }
        guard x.upperBound > x.lowerBound, y.upperBound > y.lowerBound else {
            throw FigureError("\(name): the x and y ranges must have positive width")
        }
        var panel = Panel(title: title, equalAxes: true, padded: false,
                          layers: [ClassImageLayer(rows: classes, x: x, y: y)])
        if let points {
            panel = panel.overlaid(with: try Scatter(points, labels: labels).layout().onlyPanel(inside: name))
        }
        return .single(panel)
    }
}
