/// Small multiples: single-panel figures in a grid, row by row, with their titles, shared axes and
/// one legend under all of them (drawn with gnuplot's multiplot).
public struct Grid: Figure {
    let figures: [any Figure]
    let columns: Int?
    let title: String?
    let sharedAxes: Bool

    /// A grid of `figures`; `columns` defaults to at most four, rows as even as possible.
    public init(_ figures: [any Figure], columns: Int? = nil, title: String? = nil, sharedAxes: Bool = true) {
        self.figures = figures
        self.columns = columns
        self.title = title
        self.sharedAxes = sharedAxes
    }

    /// A grid of the figures written in the block.
    public init(columns: Int? = nil, title: String? = nil, sharedAxes: Bool = true,
                @FigureBuilder _ content: () -> [any Figure]) {
        self.init(content(), columns: columns, title: title, sharedAxes: sharedAxes)
    }

    /// The figures' panels in a grid; throws for an empty grid or a nested grid or animation.
    public func layout() throws -> FigureLayout {
        let panels = try figures.map { try $0.layout().onlyPanel(inside: "Grid") }
        guard !panels.isEmpty else { throw FigureError("Grid: no figures to draw") }
        if let columns, columns < 1 { throw FigureError("Grid: columns must be at least 1, got \(columns)") }
        let rows = (panels.count + 3) / 4
        let chosen = min(columns ?? (panels.count + rows - 1) / rows, panels.count)
        return FigureLayout(arrangement: .grid(columns: chosen, title: title), panels: panels, sharedAxes: sharedAxes)
    }
}
