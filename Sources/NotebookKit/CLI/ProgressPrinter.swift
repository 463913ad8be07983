import Foundation

/// Turns `RunProgress` into the lines a user sees: one per notebook stage and per cell, and a
/// progress bar for long cells on a terminal (plain lines at each quarter elsewhere, as in CI).
public final class ProgressPrinter: @unchecked Sendable {
    private let lock = NSLock()
    /// Whether progress bars and live training lines are drawn (a terminal that only one notebook writes to).
    let showsBars: Bool
    private let write: @Sendable (String) -> Void
    private var barIsOpen = false
    private var quartersShown: [String: Int] = [:]

    private let writeError: @Sendable (String) -> Void

    /// A printer; `showsBars` when the output is a terminal that only one notebook writes to.
    /// Progress goes to `write`, failures to `writeError`.
    public init(showsBars: Bool,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) },
                writeError: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.showsBars = showsBars
        self.write = write
        self.writeError = writeError
    }

    /// A printer for stdout, with bars when stdout is a terminal (`isTerminal` of its file
    /// descriptor, 1), `jobs` is 1 and `environment` is not CI's.
    public static func standard(jobs: Int, isTerminal: (Int32) -> Bool = { isatty($0) != 0 },
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressPrinter {
        ProgressPrinter(showsBars: jobs == 1 && isTerminal(1) && environment["CI"] == nil)
    }

    /// Prints one event of the notebook shown as `notebook`.
    public func report(_ event: RunProgress, notebook: String) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .upToDate:
            line("\(notebook): up to date")
        case .compiled(let seconds, let cached):
            line(cached ? "\(notebook): compiled program from cache" : "\(notebook): compiled in \(Self.seconds(seconds))")
        case .cellStarted:
            break
        case .cellFinished(let cell, let line, let seconds):
            self.line("\(notebook): cell \(cell) (line \(line)) \(Self.seconds(seconds))")
        case .timing(let cell, let label, let seconds):
            line("\(notebook): cell \(cell) · \(label) \(Self.seconds(seconds))")
        case .progress(let cell, let label, let percent):
            if showsBars {
                let filled = percent / 5
                let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 20 - filled)
                write("\r\(notebook): cell \(cell) · \(label) \(bar) \(percent)%\u{1B}[K")
                barIsOpen = true
            } else {
                let key = "\(notebook)|\(cell)|\(label)"
                let quarter = percent / 25
                if quarter > quartersShown[key, default: 0] {
                    quartersShown[key] = quarter
                    line("\(notebook): cell \(cell) · \(label) \(quarter * 25)%")
                }
            }
        case .training(let cell, let done, let planned, let seconds):
            // Only a terminal gets the live line: in a log, lines that change in place are noise.
            guard showsBars, seconds >= Self.trainingLineDelay else { break }
            write("\r\(notebook): cell \(cell) · \(Self.training(done: done, planned: planned, seconds: seconds))\u{1B}[K")
            barIsOpen = true
        case .standardError(let text):
            if barIsOpen { write("\r\u{1B}[K") }
            barIsOpen = false
            writeError(text.split(separator: "\n").map { "\(notebook): stderr: \($0)\n" }.joined())
        case .warning(let warning):
            if barIsOpen { write("\r\u{1B}[K") }
            barIsOpen = false
            writeError(warning.description + "\n")
        case .finished(let seconds, let cells, let figures, let changed):
            let counts = "\(Self.count(cells, "cell")), \(Self.count(figures, "figure"))"
            line("\(notebook): done in \(Self.seconds(seconds)) (\(counts), notebook \(changed ? "updated" : "unchanged"))")
        }
    }

    /// Prints a message line (an error, a summary).
    public func message(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        line(text)
    }

    /// Prints a failure (to stderr by default).
    public func failure(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if barIsOpen { write("\r\u{1B}[K") }
        barIsOpen = false
        writeError(text + "\n")
    }

    private func line(_ text: String) {
        write((barIsOpen ? "\r\u{1B}[K" : "") + text + "\n")
        barIsOpen = false
    }

    static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }

    static func seconds(_ seconds: Double) -> String {
        String(format: "%.2f s", seconds)
    }
}
