/// The distributions of positive-pair and negative-pair distances (or similarities) as overlapping histograms on
/// shared bins, each normalised to unit area so that their shapes compare despite their counts.
public struct Histogram: Figure {
    let groups: [(name: String, values: [Double])]
    let bins: Int
    let title: String?
    let xLabel: String

    /// What the values of a pair histogram are, which names its axis and legend.
    public enum Measure: Sendable {
        /// Distances between the pairs' embeddings (Euclidean, Lp): the default.
        case distance
        /// Similarities (cosine, dot product), where positive pairs lie to the right.
        case similarity

        var name: String {
            switch self {
            case .distance: "distance"
            case .similarity: "similarity"
            }
        }
    }

    /// Histograms of the `positive` and `negative` pairs' distances (or similarities, with
    /// `measure: .similarity`) over `bins` shared bins; `xLabel` defaults to the measure's name.
    public init(positive: [Double], negative: [Double], measure: Measure = .distance, bins: Int = 30,
                title: String? = nil, xLabel: String? = nil) {
        self.init([("positive pairs", positive), ("negative pairs", negative)],
                  bins: bins, title: title, xLabel: xLabel ?? measure.name)
    }

    /// Histograms of named groups of values over shared bins, the first filled, the next hatched.
    public init(_ groups: [(name: String, values: [Double])], bins: Int = 30, title: String? = nil,
                xLabel: String = "value") {
        self.groups = groups
        self.bins = bins
        self.title = title
        self.xLabel = xLabel
    }

    /// One panel of the groups' bars over shared bins.
    public func layout() throws -> FigureLayout {
        guard bins >= 1 else { throw FigureError("Histogram: bins must be at least 1, got \(bins)") }
        var panel = Panel(title: title, xLabel: xLabel, yLabel: "density", gridLines: true, yFromZero: true)
        let finite = groups.map { $0.values.filter(\.isFinite) }
        let all = finite.flatMap { $0 }
        guard let low = all.min(), let high = all.max() else { return .single(panel) }
        // Values all equal get a unit-wide range around them rather than a zero-width one.
        let start = high > low ? low : low - 0.5
        let width = high > low ? (high - low) / Double(bins) : 1 / Double(bins)
        let centers = (0 ..< bins).map { start + (Double($0) + 0.5) * width }
        for (index, values) in finite.enumerated() where !values.isEmpty {
            var counts = [Int](repeating: 0, count: bins)
            for value in values {
                counts[min(bins - 1, Int((value - start) / width))] += 1
            }
            let heights = counts.map { Double($0) / (Double(values.count) * width) }
            let color = index == 0 ? Palette.positive : index == 1 ? Palette.negative : Palette.seriesColor(index)
            panel.layers.append(BarsLayer(centers: centers, heights: heights, width: width, color: color,
                                          fill: index == 0 ? .solid : .hatched, title: groups[index].name))
        }
        for (group, values) in zip(groups, finite) where values.count < group.values.count {
            panel.notes.append("\(group.name): \(group.values.count - values.count) of \(group.values.count) values not finite, not drawn")
        }
        return .single(panel)
    }
}
