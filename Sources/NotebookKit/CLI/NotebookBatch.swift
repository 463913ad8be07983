import Foundation

/// Runs several notebooks, `jobs` at a time, reporting each one's progress and failure.
public enum NotebookBatch {
    /// The notebooks named by `arguments`: `.md` files as given, folders for the `.md` files
    /// directly inside them, in name order, but for the results of runs with parameters
    /// (`NAME@seeds=3.md` beside `NAME.md`), which are outputs, not notebooks. A file that is not Markdown, or a folder without a
    /// notebook, is an error: running nothing and saying "done" would hide a typo.
    public static func notebooks(in arguments: [String]) throws -> [String] {
        var result: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw BatchError(message: "\(argument): no such file or folder")
            }
            if isDirectory.boolValue {
                let files: [String]
                do { files = try FileManager.default.contentsOfDirectory(atPath: argument) } catch {
                    throw BatchError(message: "\(argument): the folder cannot be read")
                }
                let names = Set(files)
                let notebooks = files.filter { isNotebookName($0) && !$0.hasPrefix(".") && !ParameterRequest.isResult($0, among: names) }.sorted()
                guard !notebooks.isEmpty else {
                    throw BatchError(message: "\(argument): no notebooks (.md files) in this folder")
                }
                result += notebooks.map { (argument as NSString).appendingPathComponent($0) }
            } else {
                guard isNotebookName(argument) else {
                    throw BatchError(message: "\(argument): not a notebook (notebooks are Markdown files ending in .md)")
                }
                result.append(argument)
            }
        }
        return result
    }

    private static func isNotebookName(_ name: String) -> Bool {
        (name as NSString).pathExtension == "md"
    }

    /// Runs every notebook, with `parameters` when given, and returns the failures, in notebook order.
    public static func run(_ notebooks: [NotebookPaths], runner: NotebookRunner, jobs: Int, printer: ProgressPrinter,
                           parameters: ParameterRequest = ParameterRequest()) -> [(NotebookPaths, any Error)] {
        let next = Counter()
        let failures = Failures()
        let workers = max(1, min(jobs, notebooks.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: notebooks.count) {
                let paths = notebooks[index]
                do {
                    let shown = parameters.resultPaths(for: paths).displayPath
                    _ = try runner.run(paths, parameters: parameters) { printer.report($0, notebook: shown) }
                } catch {
                    printer.failure("\(error)")
                    failures.add(index, paths, error)
                }
            }
        }
        return failures.sorted
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(Int, NotebookPaths, any Error)] = []

        func add(_ index: Int, _ paths: NotebookPaths, _ error: any Error) {
            lock.lock()
            items.append((index, paths, error))
            lock.unlock()
        }

        var sorted: [(NotebookPaths, any Error)] {
            lock.lock()
            defer { lock.unlock() }
            return items.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
        }
    }
}

/// A notebook argument that names nothing.
public struct BatchError: Error, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The message.
    public var description: String { message }
}
