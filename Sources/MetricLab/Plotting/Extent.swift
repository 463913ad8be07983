/// The smallest axis-aligned rectangle holding some finite points.
struct Extent: Sendable, Equatable {
    var minX: Double
    var maxX: Double
    var minY: Double
    var maxY: Double

    /// The rectangle of the finite pairs among `xs` and `ys`; nil when there is none.
    init?(xs: [Double], ys: [Double]) {
        var found: Extent?
        for (x, y) in zip(xs, ys) where x.isFinite && y.isFinite {
            found = found.map { $0.including(x: x, y: y) } ?? Extent(minX: x, maxX: x, minY: y, maxY: y)
        }
        guard let found else { return nil }
        self = found
    }

    init(minX: Double, maxX: Double, minY: Double, maxY: Double) {
        self.minX = minX
        self.maxX = maxX
        self.minY = minY
        self.maxY = maxY
    }

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    func including(x: Double, y: Double) -> Extent {
        Extent(minX: min(minX, x), maxX: max(maxX, x), minY: min(minY, y), maxY: max(maxY, y))
    }

    func union(_ other: Extent) -> Extent {
        Extent(minX: min(minX, other.minX), maxX: max(maxX, other.maxX),
               minY: min(minY, other.minY), maxY: max(maxY, other.maxY))
    }

    /// The union of some extents; nil when all are nil.
    static func union(_ extents: [Extent?]) -> Extent? {
        extents.compactMap { $0 }.reduce(nil) { total, next in total.map { $0.union(next) } ?? next }
    }
}
