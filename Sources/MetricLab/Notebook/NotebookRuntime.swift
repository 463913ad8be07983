// Glibc's `stdout` is a C global; importing it with @preconcurrency lets the runtime make it
// line-buffered, so that a cell that traps still leaves its printed lines in the pipe.
@preconcurrency import Glibc
import Foundation
import Synchronization

/// The hooks a generated notebook program calls between cells, and the state `show`, `table`
/// and `timed` need to know which cell they are in. Cells do not call these themselves.
public enum NotebookRuntime {
    /// Marks the start of a cell, with the options `show` takes its label, caption and image
    /// formats (`fig-format`, the first one the notebook links; none: PNG) from.
    public static func beginCell(_ number: Int, label: String?, caption: String?, figureFormats: [String] = []) {
        session.withLock { session in
            if !session.started {
                setvbuf(stdout, nil, _IOLBF, 0)
                session.started = true
                if isUnderRunner {
                    endWithRunner()
                    reportThrowSites()
                    reportTrainingProgress()
                }
            }
            session.cell = CellContext(number: number, label: label, caption: caption,
                                       figureFormats: figureFormats.compactMap(ImageFormat.init(rawValue:)))
        }
        emit(NotebookRecord(kind: "begin", fields: ["cell": String(number)]))
    }

    /// Marks the end of a cell: everything printed since `beginCell` belongs to it.
    public static func endCell(_ number: Int) {
        emit(NotebookRecord(kind: "end", fields: ["cell": String(number)]))
    }

    /// Marks the end of the program, so the runner can tell a finished run from a cut-off one.
    public static func finish() {
        emit(NotebookRecord(kind: "finish", fields: [:]))
        fflush(nil)
    }

    /// Whether the program runs under `metriclab` (otherwise output is plain text).
    static var isUnderRunner: Bool { token != nil }

    static let token = ProcessInfo.processInfo.environment[NotebookRecord.Environment.token]

    /// Writes a record for the runner; outside the runner, records are dropped.
    static func emit(_ record: NotebookRecord) {
        guard let token else { return }
        print(record.line(token: token))
    }

    /// Runs `body` with exclusive access to the current cell's state.
    static func withCell<T>(_ body: (inout CellContext) -> T) -> T {
        session.withLock { body(&$0.cell) }
    }

    private static let session = Mutex(Session())
}

/// What the runtime knows about the running cell.
struct CellContext {
    var number = 0
    var label: String?
    var caption: String?
    /// The cell's `fig-format`: the image the notebook links first, then the ones drawn beside it.
    var figureFormats: [ImageFormat] = []
    var figuresShown = 0
    var lastProgress: [String: Int] = [:]
}

private struct Session {
    var started = false
    var cell = CellContext()
}
