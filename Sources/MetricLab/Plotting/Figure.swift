/// Anything that gnuplot can draw: a figure value that knows its own script.
public protocol Figure: Sendable {
    /// The gnuplot commands that draw the figure, data inline, without terminal or output lines.
    func gnuplotBody() -> String
}
