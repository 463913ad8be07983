import Foundation

/// Runs `body` and reports how long it took on the runner's progress lines (not in the notebook,
/// whose text must not change from run to run). Returns what `body` returns.
public func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    if NotebookRuntime.isUnderRunner {
        NotebookRuntime.emit(NotebookRecord(kind: "timing", fields: ["label": label, "seconds": String(format: "%.3f", seconds)]))
    } else {
        FileHandle.standardError.write(Data(String(format: "%@: %.2f s\n", label, seconds).utf8))
    }
    return result
}

/// Tells the runner how far a long computation has come (`step` of `total`), for its progress
/// bar on a terminal or its plain progress lines in CI. Cheap to call every step: only whole
/// percents are sent.
public func reportProgress(_ label: String, step: Int, of total: Int) {
    guard NotebookRuntime.isUnderRunner, total > 0 else { return }
    let percent = min(100, max(0, step * 100 / total))
    let isNew = NotebookRuntime.withCell { cell in
        defer { cell.lastProgress[label] = percent }
        return cell.lastProgress[label] != percent
    }
    if isNew {
        NotebookRuntime.emit(NotebookRecord(kind: "progress", fields: ["label": label, "percent": String(percent)]))
    }
}
