/// Why a figure could not be rendered; the previous image, if any, is left as it was.
public enum RenderError: Error, CustomStringConvertible, Sendable {
    /// gnuplot could not be started.
    case gnuplotMissing(executable: String)
    /// gnuplot stopped with an error: its message, and the script line it names.
    case gnuplotFailed(label: String, scriptPath: String, line: Int?, scriptLine: String?, message: String)
    /// gnuplot took longer than the time limit and was stopped.
    case timedOut(label: String, seconds: Double)
    /// The figure's data cannot be drawn.
    case invalidFigure(label: String, reason: String)
    /// Files could not be written.
    case fileSystem(label: String, reason: String)

    /// The error as one line naming the figure (and, for gnuplot errors, the script line below it).
    public var description: String {
        switch self {
        case .gnuplotMissing(let executable):
            return "cannot run '\(executable)': gnuplot is needed to draw figures; install it with `apt-get install gnuplot-nox`"
        case .gnuplotFailed(let label, let scriptPath, let line, let scriptLine, let message):
            var text = "\(scriptPath)\(line.map { ":\($0)" } ?? ""): gnuplot failed to draw figure '\(label)': \(message)"
            if let line, let scriptLine { text += "\n  \(line) | \(scriptLine)" }
            return text
        case .timedOut(let label, let seconds):
            return "figure '\(label)': gnuplot did not finish within \(seconds) seconds and was stopped"
        case .invalidFigure(let label, let reason):
            return "figure '\(label)': \(reason)"
        case .fileSystem(let label, let reason):
            return "figure '\(label)': \(reason)"
        }
    }
}
