/// Small multiples: single-panel figures in a grid, row by row, with their titles, shared axes and
/// one legend under all of them (drawn with gnuplot's multiplot).
public struct Grid: Figure {
    let figures: [any Figure]
    let columns: Int?
    let title: String?
    let sharedAxes: Bool
    let panelSize: PixelSize?

    /// A grid of `figures`; `columns` defaults to at most four (fewer for wide panels, so that the
    /// grid fits a slide), rows as even as possible. `panelSize` sets each panel's pixels: a
    /// larger canvas for many panels, whose text stays at 10 pt.
    public init(_ figures: [any Figure], columns: Int? = nil, title: String? = nil, sharedAxes: Bool = true,
                panelSize: PixelSize? = nil) {
        self.figures = figures
        self.columns = columns
        self.title = title
        self.sharedAxes = sharedAxes
        self.panelSize = panelSize
    }

    /// A grid of the figures written in the block.
    public init(columns: Int? = nil, title: String? = nil, sharedAxes: Bool = true, panelSize: PixelSize? = nil,
                @FigureBuilder _ content: () -> [any Figure]) {
        self.init(content(), columns: columns, title: title, sharedAxes: sharedAxes, panelSize: panelSize)
    }

    /// The figures' panels in a grid; throws for an empty grid or a nested grid or animation.
    public func layout() throws -> FigureLayout {
        let panels = try figures.map { try $0.layout().onlyPanel(inside: "Grid") }
        guard !panels.isEmpty else { throw FigureError("Grid: no figures to draw") }
        if let columns, columns < 1 { throw FigureError("Grid: columns must be at least 1, got \(columns)") }
        if let panelSize, !(100 ... 4000).contains(panelSize.width) || !(100 ... 4000).contains(panelSize.height) {
            throw FigureError("Grid: panelSize \(panelSize.width)×\(panelSize.height) is outside 100…4000 pixels")
        }
        let panelWidth = (panelSize ?? GnuplotScript.gridPanelSize(of: panels)).width
        let widest = max(1, min(4, GnuplotScript.widestGrid / panelWidth))
        let rows = (panels.count + widest - 1) / widest
        let chosen = min(columns ?? (panels.count + rows - 1) / rows, panels.count)
        return FigureLayout(arrangement: .grid(columns: chosen, title: title, panelSize: panelSize), panels: panels,
                            sharedAxes: sharedAxes)
    }
}
