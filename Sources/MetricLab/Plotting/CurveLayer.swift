/// A line through (x, y) pairs, optionally with markers at some of them.
struct CurveLayer: Layer {
    let xs: [Double]
    let ys: [Double]
    let color: String
    let dash: Int
    let lineWidth: Double
    let opacity: Double
    let title: String?
    /// Indices of the pairs that get a marker, and the marker's point type.
    var markers: [Int] = []
    var markerShape = 7

    /// The values as drawn: on a logarithmic axis a non-positive value is left out.
    func drawnY(in context: LayerContext) -> [Double] {
        context.logScaleY ? ys.map { $0 > 0 ? $0 : .nan } : ys
    }

    /// Every step, drawable or not, so that a run that diverged still shows how long it ran.
    func extent(in context: LayerContext) -> Extent? {
        let ys = drawnY(in: context).filter(\.isFinite)
        guard let first = xs.min(), let last = xs.max(), let low = ys.min(), let high = ys.max() else { return nil }
        return Extent(minX: first, maxX: last, minY: low, maxY: high)
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        let values = drawnY(in: context)
        guard values.contains(where: \.isFinite) else { return }
        let block = script.addBlock(zip(xs, values).map { "\(gnuplotNumber($0)) \(gnuplotNumber($1))" })
        let color = Palette.translucent(self.color, opacity: opacity)
        script.addClause(block, style: "with lines lw \(gnuplotNumber(lineWidth)) dt \(dash) lc rgb '\(color)'",
                         title: title)
        let marked = markers.filter { values.indices.contains($0) && values[$0].isFinite }
        guard !marked.isEmpty else { return }
        let markerBlock = script.addBlock(marked.map { "\(gnuplotNumber(xs[$0])) \(gnuplotNumber(values[$0]))" })
        script.addClause(markerBlock, style: "with points pt \(markerShape) ps 1.1 lc rgb '\(self.color)'")
    }
}
