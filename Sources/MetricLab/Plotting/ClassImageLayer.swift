/// A regular grid of class indices drawn as coloured cells: each class's region in a light tint
/// of its colour.
struct ClassImageLayer: Layer {
    /// Class indices, `rows[j][i]` for the cell at column i of row j, rows from the bottom.
    let rows: [[Int]]
    let x: ClosedRange<Double>
    let y: ClosedRange<Double>

    var cellWidth: Double { (x.upperBound - x.lowerBound) / Double(max(rows.first?.count ?? 1, 1)) }
    var cellHeight: Double { (y.upperBound - y.lowerBound) / Double(max(rows.count, 1)) }

    func extent(in context: LayerContext) -> Extent? {
        Extent(minX: x.lowerBound, maxX: x.upperBound, minY: y.lowerBound, maxY: y.upperBound)
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        guard let top = rows.flatMap({ $0 }).max() else { return }
        let entries = (0 ... max(top, 1)).map { k in
            "\(k) '\(Palette.tint(Palette.classColor(k), strength: 0.3))'"
        }
        script.addSetting("set palette defined (\(entries.joined(separator: ", ")))")
        script.addSetting("set palette maxcolors \(max(top, 1) + 1)")
        script.addSetting("set cbrange [-0.5:\(max(top, 1)).5]")
        script.addSetting("unset colorbox")
        let block = script.addBlock(rows.map { $0.map(String.init).joined(separator: " ") })
        let x0 = x.lowerBound + cellWidth / 2
        let y0 = y.lowerBound + cellHeight / 2
        script.addClause(
            block,
            style: "matrix using (\(gnuplotNumber(x0))+$1*\(gnuplotNumber(cellWidth))):(\(gnuplotNumber(y0))+$2*\(gnuplotNumber(cellHeight))):3 with image")
    }
}
