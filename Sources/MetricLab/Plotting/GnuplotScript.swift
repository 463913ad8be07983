/// The standalone gnuplot script of a figure: terminal, output, data inline, one `plot` a panel.
struct GnuplotScript {
    let layout: FigureLayout
    let label: String
    let format: ImageFormat
    /// The size asked for; nil for the arrangement's default.
    let requestedSize: PixelSize?
    /// The script's own file name: `LABEL.gp` for the image a notebook links, `LABEL.EXT.gp` for
    /// a further format drawn beside it.
    let scriptName: String

    /// The script for `layout` drawing into `outputName` (a file name in the script's folder);
    /// animations are always GIFs.
    init(_ layout: FigureLayout, label: String, format: ImageFormat, size: PixelSize?, scriptName: String? = nil) {
        self.layout = layout
        self.label = label
        if case .animation = layout.arrangement {
            self.format = .gif
        } else {
            self.format = format
        }
        self.requestedSize = size
        self.scriptName = scriptName ?? "\(label).gp"
    }

    var outputName: String { "\(label).\(format.fileExtension)" }

    /// Sizes that fit a page column at the notebooks' width, panels of small multiples smaller; a
    /// square panel's picture is as wide as its legend needs, so the legend sits beside the plot,
    /// and a wide panel (`aspect`) is as much wider.
    /// A grid's legend under its panels is `gridLegendHeight` pixels high.
    static func defaultSize(of layout: FigureLayout, longestKeyTitle: Int, gridLegendHeight: Int = 0) -> PixelSize {
        let square = layout.panels.allSatisfy(\.equalAxes)
        switch layout.arrangement {
        case .single, .animation:
            let legend = longestKeyTitle > 0 ? 50 + 7 * longestKeyTitle : 0
            if let aspect = layout.panels.first?.aspect, aspect != 1 {
                let height = aspect > 1 ? 360 : 480
                return PixelSize(width: (Int(Double(height - 60) * aspect) + 110 + legend + 5) / 10 * 10, height: height)
            }
            guard square else { return PixelSize(width: 640, height: 420) }
            return PixelSize(width: (470 + legend + 5) / 10 * 10, height: 480)
        case .grid(let columns, let title, let panelSize):
            let rows = (layout.panels.count + columns - 1) / max(columns, 1)
            let panel = panelSize ?? Self.gridPanelSize(of: layout.panels)
            return PixelSize(width: panel.width * columns,
                             height: panel.height * rows + (title == nil ? 0 : titleHeight) + gridLegendHeight)
        }
    }

    /// The size of one small multiple: square panels 300 pixels, curves 360×270, a wide panel as
    /// much wider as its `aspect` asks (the widest panel of the grid sets it).
    static func gridPanelSize(of panels: [Panel]) -> PixelSize {
        if let aspect = panels.compactMap(\.aspect).max(), aspect != 1 {
            return PixelSize(width: (Int(220 * aspect) + 90 + 5) / 10 * 10, height: 300)
        }
        return panels.allSatisfy(\.equalAxes) ? PixelSize(width: 300, height: 300) : PixelSize(width: 360, height: 270)
    }

    /// The widest picture a grid gets by default, so that it still fits a slide; wider panels
    /// take fewer columns.
    static let widestGrid = 1440

    static let titleHeight = 30

    /// The height of a grid's legend: a row of `entries` as wide as the picture holds (an entry
    /// about 7 pixels a character of its title plus its sample), 20 pixels a row at 10 pt, so
    /// that a legend that wraps never has its rows squeezed together; none without entries.
    static func legendHeight(_ entries: [PanelScript.KeyEntry], width: Int) -> Int {
        guard let longest = entries.map(\.title.count).max() else { return 0 }
        let perRow = max(1, width / (60 + 7 * longest))
        return 16 + 20 * ((entries.count + perRow - 1) / perRow)
    }

    /// The smallest text of every figure: 10 pt at the committed size, which still reads when
    /// the picture is put on a slide. Titles are a point larger.
    static let fontSize = 10

    var fontSize: Int { Self.fontSize }

    func terminal(size: PixelSize) -> String {
        let common = "size \(size.width),\(size.height) noenhanced"
        switch format {
        case .png:
            return "set terminal pngcairo \(common) font 'DejaVu Sans,\(fontSize)' background rgb 'white'"
        case .svg:
            return "set terminal svg \(common) font 'DejaVu Sans,\(fontSize)' background rgb 'white'"
        case .gif:
            var animate = ""
            if case .animation(let seconds) = layout.arrangement {
                animate = "animate delay \(max(1, Int((seconds * 100).rounded()))) loop 0 "
            }
            return "set terminal gif \(animate)\(common) font 'DejaVuSans,\(fontSize)' background rgb 'white'"
        case .pdf:
            // A point per pixel: the page is the PNG's picture, its text the same number of points.
            let inches = "\(gnuplotNumber(Double(size.width) / 72))in,\(gnuplotNumber(Double(size.height) / 72))in"
            return "set terminal pdfcairo size \(inches) noenhanced font 'DejaVu Sans,\(fontSize)' background rgb 'white'"
        }
    }

    /// The whole script text.
    var text: String {
        let contexts = layerContexts()
        let ranges = axisRanges(contexts: contexts)
        var blockCount = 0
        var body: [String] = []
        let size: PixelSize
        switch layout.arrangement {
        case .single, .animation:
            var longestKeyTitle = 0
            for (index, panel) in layout.panels.enumerated() {
                let drawn = panelLines(panel, ranges: ranges[index], context: contexts[index],
                                       placement: nil, blockCount: &blockCount)
                body += drawn.lines
                longestKeyTitle = max(longestKeyTitle, drawn.keyEntries.map(\.title.count).max() ?? 0)
            }
            size = requestedSize ?? Self.defaultSize(of: layout, longestKeyTitle: longestKeyTitle)
        case .grid(let columns, let title, _):
            let entries = gridKeyEntries(contexts: contexts)
            let width = requestedSize?.width ?? Self.defaultSize(of: layout, longestKeyTitle: 0).width
            let legend = Self.legendHeight(entries, width: width)
            size = requestedSize ?? Self.defaultSize(of: layout, longestKeyTitle: 0, gridLegendHeight: legend)
            body = gridLines(columns: columns, title: title, height: size.height, legendHeight: legend,
                             keyEntries: entries, contexts: contexts, ranges: ranges, blockCount: &blockCount)
        }
        var lines = [
            "# MetricLab figure '\(label)': a standalone gnuplot script with its data inline.",
            "# Run `gnuplot \(scriptName)` in this folder to draw \(outputName) again.",
            "set encoding utf8",
            terminal(size: size),
            "set output \(gnuplotQuoted(outputName))",
            "set border lw 1 lc rgb '#404040'",
            "set tics nomirror out scale 0.6 tc rgb '#404040'",
            "set format '%g'",
            "set style fill solid 1 noborder",
        ]
        lines += Palette.colors.indices.map { k in
            "set linetype \(k + 1) lc rgb '\(Palette.classColor(k))' pt \(Palette.classShape(k))"
        }
        lines.append("set linetype cycle \(Palette.colors.count)")
        lines += body
        lines.append("unset output")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each panel's layer context, with one arrow scale for the whole figure so that arrows in
    /// different layers and panels can be compared by length.
    func layerContexts() -> [LayerContext] {
        let markScale: Double = {
            if case .grid = layout.arrangement { return 0.8 }
            return 1
        }()
        let base = layout.panels.map { LayerContext(arrowScale: 0, logScaleY: $0.logScaleY, markScale: markScale) }
        let longest = layout.panels.flatMap { $0.layers.compactMap(\.longestFittedArrow) }.max() ?? 0
        var arrowScale = 1.0
        if longest > 0 {
            let spans = zip(layout.panels, base).compactMap { panel, context in
                Extent.union(panel.layers.map { $0.extent(in: context) }).map { max($0.width, $0.height) }
            }
            let span = spans.max() ?? 0
            arrowScale = span > 0 ? 0.15 * span / longest : 1 / longest
        }
        return base.map { context in
            var scaled = context
            scaled.arrowScale = arrowScale
            return scaled
        }
    }

    /// Each panel's ranges; with shared axes, the ranges of all the panels' data together.
    func axisRanges(contexts: [LayerContext]) -> [AxisRanges] {
        let extents = zip(layout.panels, contexts).map { panel, context in
            Extent.union(panel.layers.map { $0.extent(in: context) })
        }
        return layout.panels.indices.map { index in
            let panel = layout.panels[index]
            let extent = layout.sharedAxes ? Extent.union(extents) : extents[index]
            return AxisRanges(around: extent, equalAxes: panel.equalAxes, logScaleY: panel.logScaleY,
                              yFromZero: panel.yFromZero, padded: panel.padded, aspect: panel.aspect ?? 1)
        }
    }

    /// Where a panel of a multiplot goes, in fractions of the picture.
    struct Placement {
        let originX: Double, originY: Double, width: Double, height: Double
    }

    func panelLines(_ panel: Panel, ranges: AxisRanges, context: LayerContext, placement: Placement?,
                    blockCount: inout Int) -> (lines: [String], keyEntries: [PanelScript.KeyEntry]) {
        if let commands = panel.commands {
            return ([commands], [])
        }
        var script = PanelScript(blockCount: blockCount)
        for layer in panel.layers {
            layer.draw(into: &script, context: context)
        }
        blockCount = script.blockCount
        var lines = script.blocks
        lines.append("unset label")
        lines.append(panel.title.map { "set title \(gnuplotQuoted($0)) font ',\(fontSize + 1)'" } ?? "unset title")
        // Notes go under the x label, where they can never cover data.
        let xLabel = ([panel.xLabel].compactMap { $0 } + panel.notes).joined(separator: "\n")
        lines.append(xLabel.isEmpty ? "unset xlabel" : "set xlabel \(gnuplotDoubleQuoted(xLabel))")
        lines.append(panel.yLabel.map { "set ylabel \(gnuplotQuoted($0))" } ?? "unset ylabel")
        lines.append("set xrange [\(gnuplotNumber(ranges.x.lowerBound)):\(gnuplotNumber(ranges.x.upperBound))]")
        lines.append("set yrange [\(gnuplotNumber(ranges.y.lowerBound)):\(gnuplotNumber(ranges.y.upperBound))]")
        lines.append(panel.logScaleY ? "set logscale y" : "unset logscale")
        if panel.logScaleY, let ticks = ranges.logTicks {
            lines.append("set ytics (\(ticks.map(gnuplotNumber).joined(separator: ", ")))")
        } else {
            lines.append("set ytics autofreq")
        }
        lines.append(panel.gridLines ? "set grid back lc rgb '#e8e8e8' lw 1 dt 1" : "unset grid")
        let ratio = panel.equalAxes ? "ratio -1" : "noratio"
        if let placement {
            lines.append("set size \(ratio) \(gnuplotNumber(placement.width)),\(gnuplotNumber(placement.height))")
            lines.append("set origin \(gnuplotNumber(placement.originX)),\(gnuplotNumber(placement.originY))")
        } else {
            lines.append("set size \(ratio)")
        }
        if placement == nil && !script.keyEntries.isEmpty {
            // The gif terminal (libgd) draws its text wider than gnuplot measures it, which cut the
            // legend off at the right edge of every animation: it gets two characters more.
            let width = format == .gif ? " width 2" : ""
            lines.append("set key outside right top vertical Left reverse samplen 2 spacing 1.1\(width) nobox")
        } else {
            lines.append("unset key")
        }
        lines += script.settings
        if script.clauses.isEmpty {
            lines.append("set label 'no data' at graph 0.5, graph 0.5 center tc rgb '#555555'")
            lines.append("plot NaN notitle")
        } else {
            let keys = placement == nil ? script.keyEntries.map(\.clause) : []
            lines.append("plot " + (script.clauses + keys).joined(separator: ", \\\n     "))
        }
        return (lines, script.keyEntries)
    }

    /// The one legend of a grid: every panel's entries, each title and sample once, classes first.
    func gridKeyEntries(contexts: [LayerContext]) -> [PanelScript.KeyEntry] {
        var entries: [PanelScript.KeyEntry] = []
        for (panel, context) in zip(layout.panels, contexts) where panel.commands == nil {
            var script = PanelScript(blockCount: 0)
            for layer in panel.layers {
                layer.draw(into: &script, context: context)
            }
            entries += script.keyEntries.filter { entry in
                !entries.contains { $0.title == entry.title || $0.sample == entry.sample }
            }
        }
        return entries.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    /// Small multiples: a panel per cell, row by row, and one legend for all under them, in a
    /// strip `legendHeight` pixels high.
    func gridLines(columns: Int, title: String?, height pixels: Int, legendHeight: Int, keyEntries: [PanelScript.KeyEntry],
                   contexts: [LayerContext], ranges: [AxisRanges], blockCount: inout Int) -> [String] {
        let rows = (layout.panels.count + columns - 1) / max(columns, 1)
        let height = Double(pixels)
        let titleFraction = title == nil ? 0 : Double(Self.titleHeight) / height
        let legendFraction = Double(legendHeight) / height
        let panelHeight = (1 - titleFraction - legendFraction) / Double(max(rows, 1))
        let panelWidth = 1 / Double(columns)
        var lines = [title.map { "set multiplot title \(gnuplotQuoted($0)) font ',\(fontSize + 2)'" } ?? "set multiplot"]
        for (index, panel) in layout.panels.enumerated() {
            let row = index / columns, column = index % columns
            let placement = Placement(originX: Double(column) * panelWidth,
                                      originY: legendFraction + Double(rows - 1 - row) * panelHeight,
                                      width: panelWidth, height: panelHeight)
            let drawn = panelLines(panel, ranges: ranges[index], context: contexts[index],
                                   placement: placement, blockCount: &blockCount)
            lines += drawn.lines
        }
        if !keyEntries.isEmpty {
            lines += [
                "unset label", "unset title", "unset xlabel", "unset ylabel", "unset logscale", "unset grid",
                "unset border", "unset tics", "set xrange [0:1]", "set yrange [0:1]",
                "set size noratio 1,\(gnuplotNumber(legendFraction))", "set origin 0,0",
                "set lmargin 0", "set rmargin 0", "set tmargin 0", "set bmargin 0",
                "set key center center horizontal Left reverse samplen 2 nobox",
                "plot " + (["NaN notitle"] + keyEntries.map(\.clause)).joined(separator: ", \\\n     "),
            ]
        }
        lines.append("unset multiplot")
        return lines
    }
}
