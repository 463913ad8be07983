import Foundation

/// Cold and warm wall times of running notebooks, on a scratch copy so the tree is untouched.
///
/// Cold runs recompile and rerun everything, training every run; warm runs reuse what the runner caches. The folder's
/// time is the sum over its notebooks, run one after another.
public enum NotebookBenchmark {
    /// One notebook's times.
    public struct Timing: Sendable {
        /// The notebook's name, or "all" for the folder.
        public let name: String
        /// Seconds of a run without cache.
        public let coldSeconds: Double
        /// Seconds of a second run with the cache.
        public let warmSeconds: Double
        /// The largest resident memory of any child process so far, in MiB (getrusage).
        public let peakChildMiB: Double
    }

    /// Runs each notebook cold then warm, and adds a row for the whole folder of those that ran;
    /// a notebook that fails is left out of the rows and its error returned.
    public static func run(_ originals: [NotebookPaths], compiler: Compiler,
                           execution: Execution = Execution()) throws -> (rows: [Timing], failures: [any Error]) {
        let scratch = try ScratchCopy(of: originals)
        defer { scratch.remove() }
        let cold = NotebookRunner(compiler: compiler, execution: execution, useCache: false, runCache: .off)
        let warm = NotebookRunner(compiler: compiler, execution: execution, useCache: true)
        var rows: [Timing] = [], failures: [any Error] = []
        for paths in scratch.notebooks {
            do {
                let coldSeconds = try seconds { _ = try cold.run(paths) { _ in } }
                let warmSeconds = try seconds { _ = try warm.run(paths) { _ in } }
                rows.append(Timing(name: paths.name, coldSeconds: coldSeconds, warmSeconds: warmSeconds, peakChildMiB: peakChildMiB()))
            } catch {
                failures.append(error)
            }
        }
        rows.append(Timing(name: "all", coldSeconds: rows.reduce(0) { $0 + $1.coldSeconds },
                           warmSeconds: rows.reduce(0) { $0 + $1.warmSeconds }, peakChildMiB: peakChildMiB()))
        return (rows, failures)
    }

    private static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    /// The peak resident memory of the largest child process waited for so far, in MiB.
    private static func peakChildMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
