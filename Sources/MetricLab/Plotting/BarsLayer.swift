/// Histogram bars of equal width, filled translucent or hatched so that two groups can overlap.
struct BarsLayer: Layer {
    /// How the bars are filled: solid for the first group, hatched for the second, so that the
    /// groups differ in greyscale as well as in colour.
    enum Fill: Sendable {
        case solid, hatched
    }

    let centers: [Double]
    let heights: [Double]
    let width: Double
    let color: String
    let fill: Fill
    let title: String

    func extent(in context: LayerContext) -> Extent? {
        guard let first = centers.first, let last = centers.last else { return nil }
        return Extent(minX: first - width / 2, maxX: last + width / 2,
                      minY: 0, maxY: heights.filter(\.isFinite).max() ?? 0)
    }

    var fillStyle: String {
        switch fill {
        case .solid: "fs transparent solid 0.45 border lc rgb '\(color)'"
        case .hatched: "fs transparent pattern 5 border lc rgb '\(color)'"
        }
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        guard !centers.isEmpty else { return }
        let block = script.addBlock(zip(centers, heights).map { "\(gnuplotNumber($0)) \(gnuplotNumber($1))" })
        let style = "using 1:2:(\(gnuplotNumber(width))) with boxes \(fillStyle) lw 1.2 lc rgb '\(color)'"
        script.addClause(block, style: style, title: title, sample: "with boxes \(fillStyle) lw 1.2 lc rgb '\(color)'")
    }
}
