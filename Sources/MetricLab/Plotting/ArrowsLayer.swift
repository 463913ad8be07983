/// Vectors drawn as arrows from points, coloured by what they stand for.
struct ArrowsLayer: Layer {
    let xs: [Double]
    let ys: [Double]
    let dxs: [Double]
    let dys: [Double]
    let kind: Arrows.Kind
    let scale: Arrows.Scale

    /// The factor the arrows are drawn at in this figure.
    func factor(in context: LayerContext) -> Double {
        switch scale {
        case .fitted: context.arrowScale
        case .factor(let factor): factor
        }
    }

    /// The arrows with finite, non-zero vectors, as (x, y, dx, dy) at the figure's scale.
    func drawn(in context: LayerContext) -> [(Double, Double, Double, Double)] {
        let factor = factor(in: context)
        return xs.indices.compactMap { i in
            let values = [xs[i], ys[i], dxs[i] * factor, dys[i] * factor]
            guard values.allSatisfy(\.isFinite), values[2] != 0 || values[3] != 0 else { return nil }
            return (values[0], values[1], values[2], values[3])
        }
    }

    var longestFittedArrow: Double? {
        guard case .fitted = scale else { return nil }
        return xs.indices.map { i in (dxs[i] * dxs[i] + dys[i] * dys[i]).squareRoot() }
            .filter(\.isFinite).max()
    }

    func extent(in context: LayerContext) -> Extent? {
        let arrows = drawn(in: context)
        return Extent.union([Extent(xs: xs, ys: ys),
                             Extent(xs: arrows.map { $0.0 + $0.2 }, ys: arrows.map { $0.1 + $0.3 })])
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        let arrows = drawn(in: context)
        guard !arrows.isEmpty else { return }
        let block = script.addBlock(arrows.map { a in
            [a.0, a.1, a.2, a.3].map(gnuplotNumber).joined(separator: " ")
        })
        let width = arrows.count > 300 ? 0.8 : 1.4
        let style = "with vectors head \(kind.head) size screen 0.009,22 lw \(gnuplotNumber(width)) dt \(kind.dash) lc rgb '\(kind.color)'"
        script.addClause(block, style: "using 1:2:3:4 " + style, title: kind.title, sample: style)
    }
}
