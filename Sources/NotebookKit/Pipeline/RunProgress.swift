/// What the runner reports while it works on a notebook, for progress lines or a progress bar.
public enum RunProgress: Sendable {
    /// The notebook's outputs and figures are current: nothing was compiled or run.
    case upToDate
    /// The program was compiled, or found compiled in the cache.
    case compiled(seconds: Double, cached: Bool)
    /// A cell started.
    case cellStarted(cell: Int, line: Int)
    /// A cell finished.
    case cellFinished(cell: Int, line: Int, seconds: Double)
    /// A cell timed a block with `timed`.
    case timing(cell: Int, label: String, seconds: Double)
    /// A cell reported how far a long computation has come.
    case progress(cell: Int, label: String, percent: Int)
    /// The training runs in progress in a cell have taken `done` of their `planned` steps in
    /// `seconds`: shown on a terminal, never woven.
    case training(cell: Int, done: Int, planned: Int, seconds: Double)
    /// The program wrote to stderr during a run that succeeded (library warnings, say): shown
    /// to the user, never woven.
    case standardError(String)
    /// The notebook has a near-miss that stops nothing (a ```` ```Swift ```` block that is not a cell).
    case warning(NotebookWarning)
    /// The notebook was run and woven.
    case finished(seconds: Double, cells: Int, figures: Int, notebookChanged: Bool)
}
