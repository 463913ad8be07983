/// Short texts written beside chosen points.
struct TextLabelsLayer: Layer {
    let labels: [(x: Double, y: Double, text: String)]

    func extent(in context: LayerContext) -> Extent? {
        Extent(xs: labels.map(\.x), ys: labels.map(\.y))
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        let drawn = labels.filter { $0.x.isFinite && $0.y.isFinite }
        guard !drawn.isEmpty else { return }
        let block = script.addBlock(drawn.map {
            "\(gnuplotNumber($0.x)) \(gnuplotNumber($0.y)) \(gnuplotDataString($0.text))"
        })
        script.addClause(block, style: "using 1:2:3 with labels left offset char 0.7,0.5 font ',\(GnuplotScript.fontSize)' tc rgb '#222222'")
    }
}
