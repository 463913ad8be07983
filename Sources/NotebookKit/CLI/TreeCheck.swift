import Foundation

/// `metriclab check`: runs notebooks in a scratch copy of the tree and reports what a run would
/// change, so CI can insist that committed outputs and figures are the ones the notebooks draw.
public enum TreeCheck {
    /// What a check found.
    public struct Report: Sendable {
        /// One line per changed notebook or figure, and per failed notebook.
        public var lines: [String]
        /// Whether nothing would change and every notebook ran.
        public var isClean: Bool
    }

    /// Checks `notebooks`, sharing their compile cache but writing nothing in their tree.
    public static func check(_ notebooks: [NotebookPaths], runner: NotebookRunner, jobs: Int, printer: ProgressPrinter) throws -> Report {
        let scratch = try ScratchCopy(of: notebooks)
        defer { scratch.remove() }
        let copies = scratch.notebooks
        let failures = NotebookBatch.run(copies, runner: runner, jobs: jobs, printer: printer)
        let failed = Set(failures.map(\.0.notebook))
        var lines: [String] = []
        for (original, copy) in zip(notebooks, copies) {
            if failed.contains(copy.notebook) {
                lines.append("\(original.displayPath): failed to run")
                continue
            }
            lines += notebookChanges(original, copy) + figureChanges(original, copy)
        }
        lines.append(lines.isEmpty ? "check: \(notebooks.count == 1 ? "1 notebook" : "\(notebooks.count) notebooks") up to date" : "check: running the notebooks would change the tree (run `metriclab run`)")
        return Report(lines: lines, isClean: lines.count == 1 && failures.isEmpty)
    }

    private static func notebookChanges(_ original: NotebookPaths, _ copy: NotebookPaths) -> [String] {
        let before = (try? String(contentsOfFile: original.notebook, encoding: .utf8)) ?? ""
        let after = (try? String(contentsOfFile: copy.notebook, encoding: .utf8)) ?? ""
        guard before != after else { return [] }
        let old = before.split(separator: "\n", omittingEmptySubsequences: false)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false)
        let head = zip(old, new).prefix { $0 == $1 }.count
        let tail = zip(old.reversed(), new.reversed()).prefix { $0 == $1 }.count
        let oldCount = max(0, old.count - head - tail)
        let newCount = max(0, new.count - head - tail)
        return ["\(original.displayPath):\(head + 1): would change (\(oldCount) lines replaced by \(newCount))"]
    }

    private static func figureChanges(_ original: NotebookPaths, _ copy: NotebookPaths) -> [String] {
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: original.figures)) ?? [])
        let after = Set((try? FileManager.default.contentsOfDirectory(atPath: copy.figures)) ?? [])
        let shown = "figures/\(original.name)"
        var lines: [String] = []
        for file in after.union(before).sorted() {
            let old = (original.figures as NSString).appendingPathComponent(file)
            let new = (copy.figures as NSString).appendingPathComponent(file)
            if !before.contains(file) {
                lines.append("\(shown)/\(file): would be added")
            } else if !after.contains(file) {
                lines.append("\(shown)/\(file): would be removed")
            } else if FileManager.default.contents(atPath: old) != FileManager.default.contents(atPath: new) {
                lines.append("\(shown)/\(file): would change")
            }
        }
        return lines
    }
}
