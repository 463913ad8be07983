/// How a figure arranges its panels: one panel, a grid of small multiples, or animation frames.
public struct FigureLayout: Sendable {
    /// The closed set of arrangements gnuplot draws.
    enum Arrangement: Sendable {
        /// One panel filling the picture.
        case single
        /// Panels row by row, `columns` to a row, under an optional overall title, each panel
        /// `panelSize` pixels (nil: a size that suits its shape).
        case grid(columns: Int, title: String?, panelSize: PixelSize? = nil)
        /// Panels one after another as the frames of a looping GIF.
        case animation(secondsPerFrame: Double)
    }

    let arrangement: Arrangement
    let panels: [Panel]
    /// Whether every panel gets the same axis ranges (the union of their data).
    let sharedAxes: Bool

    /// One panel alone.
    static func single(_ panel: Panel) -> FigureLayout {
        FigureLayout(arrangement: .single, panels: [panel], sharedAxes: false)
    }

    /// The single panel of a one-panel figure; throws for grids and animations, which cannot be
    /// nested inside another figure.
    func onlyPanel(inside container: String) throws -> Panel {
        guard case .single = arrangement, let panel = panels.first else {
            throw FigureError("\(container) can hold only single-panel figures, not a grid or an animation")
        }
        guard panel.commands == nil else {
            throw FigureError("\(container) cannot hold a figure drawn by its own gnuplot commands")
        }
        return panel
    }
}
