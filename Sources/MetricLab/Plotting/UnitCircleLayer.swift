import Foundation

/// The unit circle, a dotted guide for L2-normalised embeddings.
struct UnitCircleLayer: Layer {
    func extent(in context: LayerContext) -> Extent? {
        Extent(minX: -1, maxX: 1, minY: -1, maxY: 1)
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        let block = script.addBlock((0 ... 180).map { i in
            let angle = Double(i) * 2 * Double.pi / 180
            return "\(gnuplotNumber(cos(angle))) \(gnuplotNumber(sin(angle)))"
        })
        script.addClause(block, style: "with lines lw 1 dt 3 lc rgb '\(Palette.guide)'")
    }
}
