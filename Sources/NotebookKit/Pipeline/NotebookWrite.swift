import Foundation

/// A run's changes to its notebook and figure folder, made together or not at all.
///
/// Everything is staged first, as temporary files beside where it goes (so a full disk or a
/// folder that cannot be written stops the write before anything changed); then the figures
/// are renamed into place, each file they replace kept under a temporary name, and the notebook
/// last. If a step fails, or the notebook changed since the run read it, the figures are put
/// back and the staged files removed.
struct NotebookWrite {
    /// The notebook as the user names it; a link is written through.
    var notebook: String
    /// The notebook as shown in messages.
    var displayPath: String
    /// The notebook's bytes when the run read them; nil when there was no file (a run with
    /// parameters writing its result for the first time).
    var original: Data?
    /// The woven notebook, or nil when it is the original.
    var woven: Data?
    /// The figure folder.
    var figureFolder: String
    /// Files to put in the figure folder, by name, each with the file to move there.
    var figures: [String: String] = [:]
    /// Files to remove from the figure folder, by name.
    var removals: [String] = []
    /// The project root, that paths in messages are shown from.
    var root: String
    /// A step made to fail, so tests reach failures that permissions cannot cause for root.
    var fault: Fault?

    /// A step of the write.
    enum Step: Hashable, Sendable {
        /// Writing the woven notebook beside the notebook.
        case stageNotebook
        /// Moving a drawn figure beside its place, by name.
        case stageFigure(String)
        /// Renaming a staged figure into place, by name.
        case replaceFigure(String)
        /// Removing an owned figure the run did not draw, by name.
        case removeFigure(String)
        /// Renaming the staged notebook into place.
        case replaceNotebook
    }

    /// A step that fails with a C library error code.
    struct Fault: Sendable {
        /// The step.
        var step: Step
        /// The error it fails with (`ENOSPC`, `EACCES`).
        var code: Int32
    }

    /// Where the woven notebook is kept when the notebook changed while it ran: beside it, and
    /// not `*.md`, so that a folder run does not take it for a notebook.
    var keptPath: String { notebook + ".woven" }

    /// Makes every change or none. Throws a `FileError` naming the file and what happened.
    func commit() throws {
        guard woven != nil || !figures.isEmpty || !removals.isEmpty else { return }
        try checkNotebookUnchanged()
        let staged = try stage()
        var done: [Undo] = []
        do {
            for (name, temporary) in staged.figures {
                done.append(try replace(name, with: temporary))
            }
            for name in removals {
                done.append(try remove(name))
            }
            try checkNotebookUnchanged()
            if let notebook = staged.notebook {
                try injectedFault(.replaceNotebook, at: displayPath)
                guard rename(notebook.temporary, notebook.target) == 0 else {
                    throw FileError(path: displayPath, cannot: "replace", code: errno)
                }
            }
        } catch {
            for undo in done.reversed() { undo.revert() }
            staged.discard()
            throw error
        }
        for undo in done { undo.finish() }
        if !removals.isEmpty {
            // Only an empty folder goes: one that still holds the user's files stays.
            rmdir(figureFolder)
        }
    }

    /// The staged files: the notebook's with the file it replaces, and the figures' by name.
    private struct Staged {
        var notebook: (temporary: String, target: String)?
        var figures: [(name: String, temporary: String)] = []

        func discard() {
            if let notebook { unlink(notebook.temporary) }
            for figure in figures { unlink(figure.temporary) }
        }
    }

    /// How to take back one change made in the figure folder.
    private struct Undo {
        /// The file changed.
        var path: String
        /// What was there before, under a temporary name; nil when nothing was.
        var backup: String?

        func revert() {
            guard let backup else {
                unlink(path)
                return
            }
            // When `path` is still the backup's other link, the rename does nothing and the
            // unlink drops the extra link; otherwise the rename restores and the unlink finds nothing.
            rename(backup, path)
            unlink(backup)
        }

        func finish() {
            if let backup { unlink(backup) }
        }
    }

    private func stage() throws -> Staged {
        var staged = Staged()
        do {
            if let woven {
                do {
                    try injectedFault(.stageNotebook, at: notebook)
                    let target = AtomicFile.resolved(notebook)
                    staged.notebook = (try AtomicFile.stage(woven, replacing: target), target)
                } catch let error as FileError {
                    throw FileError(path: displayPath, message: error.message + "; the notebook and its figures are left as they were")
                }
            }
            if !figures.isEmpty { try POSIXFile.makeDirectories(figureFolder) }
            for (name, source) in figures.sorted(by: { $0.key < $1.key }) {
                let path = figurePath(name)
                do {
                    guard [.missing, .file].contains(POSIXFile.kind(of: path)) else {
                        throw FileError(path: path, message: "is in the way of a figure: it is not a file")
                    }
                    try injectedFault(.stageFigure(name), at: path)
                    let temporary = AtomicFile.temporaryPath(besides: path)
                    try AtomicFile.move(source, over: temporary)
                    staged.figures.append((name, temporary))
                } catch let error as FileError {
                    throw FileError(path: path, message: error.message)
                }
            }
        } catch {
            staged.discard()
            throw shown(error)
        }
        return staged
    }

    /// Puts a staged figure in place; the file it replaces stays, linked under a temporary
    /// name, until the whole write is done.
    private func replace(_ name: String, with temporary: String) throws -> Undo {
        let path = figurePath(name)
        do {
            try injectedFault(.replaceFigure(name), at: path)
            var backup: String?
            if POSIXFile.kind(of: path) != .missing {
                let kept = AtomicFile.temporaryPath(besides: path)
                // A second link keeps the old figure in place until the rename replaces it; a
                // file system without hard links gets it moved aside instead.
                guard link(path, kept) == 0 || rename(path, kept) == 0 else { throw FileError(path: path, cannot: "replace", code: errno) }
                backup = kept
            }
            guard rename(temporary, path) == 0 else {
                let code = errno
                Undo(path: path, backup: backup).revert()
                throw FileError(path: path, cannot: "replace", code: code)
            }
            return Undo(path: path, backup: backup)
        } catch {
            throw shown(error)
        }
    }

    /// Moves an owned figure aside, to be deleted once the whole write is done.
    private func remove(_ name: String) throws -> Undo {
        let path = figurePath(name)
        do {
            try injectedFault(.removeFigure(name), at: path)
            let kept = AtomicFile.temporaryPath(besides: path)
            guard rename(path, kept) == 0 else { throw FileError(path: path, cannot: "remove", code: errno) }
            return Undo(path: path, backup: kept)
        } catch {
            throw shown(error)
        }
    }

    /// Throws, keeping the woven notebook beside it, when the notebook is no longer what the
    /// run read: an edit saved while it ran must not be lost.
    private func checkNotebookUnchanged() throws {
        let current = try? POSIXFile.read(notebook)
        guard current != original else { return }
        let what = current == nil ? "was removed while it ran" : "changed while it ran"
        var message = "\(what): it is left as it is, and so are its figures"
        if let woven {
            do {
                try AtomicFile.write(woven, toPath: keptPath)
                message += "; the woven result is in \(displayPath).woven"
            } catch {
                message += "; the woven result could not be kept (\(shown(error)))"
            }
        }
        throw FileError(path: displayPath, message: message + ". Run it again to weave the notebook as it is now")
    }

    private func figurePath(_ name: String) -> String {
        (figureFolder as NSString).appendingPathComponent(name)
    }

    private func injectedFault(_ step: Step, at path: String) throws {
        guard let fault, fault.step == step else { return }
        let action = switch step {
        case .stageNotebook, .stageFigure: "write"
        case .replaceFigure, .replaceNotebook: "replace"
        case .removeFigure: "remove"
        }
        throw FileError(path: path, cannot: action, code: fault.code)
    }

    /// `error` with its path shown from the root.
    private func shown(_ error: any Error) -> any Error {
        (error as? FileError)?.shown(relativeTo: root) ?? error
    }
}
