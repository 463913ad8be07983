/// A matrix of numbers drawn as cells shaded from white (the low end of `range`) to dark blue
/// (the high end), row 0 at the top as a matrix is read, with a colour bar.
struct MatrixImageLayer: Layer {
    let values: [[Double]]
    let range: ClosedRange<Double>
    /// The names of the rows and columns, for tick labels; empty for none.
    let labels: [String]

    func extent(in context: LayerContext) -> Extent? {
        let n = Double(values.count), m = Double(values.first?.count ?? 0)
        return Extent(minX: -0.5, maxX: m - 0.5, minY: -0.5, maxY: n - 0.5)
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        // A sequential white-to-blue scale: it reads in grey too, and no class colour is on it.
        script.addSetting("set palette defined (0 '#ffffff', 0.5 '#6baed6', 1 '#08306b')")
        script.addSetting("set palette maxcolors 0")
        script.addSetting("set cbrange [\(gnuplotNumber(range.lowerBound)):\(gnuplotNumber(range.upperBound))]")
        script.addSetting("set colorbox")
        let n = values.count
        if labels.isEmpty {
            script.addSetting("unset xtics")
            script.addSetting("unset ytics")
        } else {
            let quoted = labels.map(gnuplotQuoted)
            script.addSetting("set xtics (" + quoted.enumerated().map { "\($1) \($0)" }.joined(separator: ", ") + ") rotate by 90 right")
            script.addSetting("set ytics (" + quoted.enumerated().map { "\($1) \(n - 1 - $0)" }.joined(separator: ", ") + ")")
        }
        // gnuplot's matrix rows go up the y axis: the last row is written first so that row 0 is on top.
        let block = script.addBlock(values.reversed().map { $0.map(gnuplotNumber).joined(separator: " ") })
        script.addClause(block, style: "matrix with image")
    }
}
