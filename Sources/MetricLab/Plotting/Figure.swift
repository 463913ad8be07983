/// Anything MetricLab can draw: a value that says which panels it shows and how they are arranged.
///
/// The family is open: a new kind of figure composes the layouts of existing ones (an `Overlay`,
/// a `Grid`) and `render(_:to:)` turns any of them into a gnuplot script and an image. A figure
/// that gnuplot's own commands draw best implements `gnuplotBody()` alone instead.
public protocol Figure: Sendable {
    /// The panels of the figure and their arrangement; throws when the figure's data are inconsistent.
    func layout() throws -> FigureLayout
    /// gnuplot commands that draw the whole figure, data inline, without terminal or output lines;
    /// used only by figures that do not implement `layout()`.
    func gnuplotBody() -> String
}

extension Figure {
    /// A single panel drawn by `gnuplotBody()`.
    public func layout() throws -> FigureLayout {
        var panel = Panel()
        panel.commands = gnuplotBody()
        return .single(panel)
    }

    /// No commands: figures built from panels never need them.
    public func gnuplotBody() -> String { "" }
}
