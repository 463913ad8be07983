/// Line segments between pairs of points: positive pairs in blue, negative pairs in dashed red.
struct EdgesLayer: Layer {
    /// Which kind of pair the segments join.
    enum Kind: Sendable {
        case positive, negative
    }

    let kind: Kind
    /// Each segment as (x1, y1, x2, y2).
    let segments: [(Double, Double, Double, Double)]

    func extent(in context: LayerContext) -> Extent? {
        Extent(xs: segments.flatMap { [$0.0, $0.2] }, ys: segments.flatMap { [$0.1, $0.3] })
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        let drawn = segments.filter { [$0.0, $0.1, $0.2, $0.3].allSatisfy(\.isFinite) }
        guard !drawn.isEmpty else { return }
        let block = script.addBlock(drawn.map { s in
            [s.0, s.1, s.2 - s.0, s.3 - s.1].map(gnuplotNumber).joined(separator: " ")
        })
        let color = kind == .positive ? Palette.positive : Palette.negative
        let dash = kind == .positive ? 1 : 2
        // Edges stay strong enough to read on a slide; only hundreds of them are thinned, so that
        // the points under them still show.
        let width = drawn.count > 300 ? 1 : 1.6
        let opacity = drawn.count > 300 ? 0.6 : 0.9
        script.addClause(
            block,
            style: "using 1:2:3:4 with vectors nohead lw \(gnuplotNumber(width)) dt \(dash) lc rgb '\(Palette.translucent(color, opacity: opacity))'",
            title: kind == .positive ? "positive pair" : "negative pair",
            sample: "with lines lw 2 dt \(dash) lc rgb '\(color)'")
    }
}
