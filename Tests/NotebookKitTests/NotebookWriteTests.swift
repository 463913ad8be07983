import Foundation
import Testing
@testable import NotebookKit

/// A notebook and its figures change together or not at all, whichever step fails.
@Suite struct NotebookWriteTests {
    /// A project with a notebook, three figures in place (`a`, `b`, `stale`), the user's own
    /// `mine.png`, and a run's new `a.png` and `b.png` waiting in scratch space.
    struct Project {
        let workspace: TestWorkspace
        let paths: NotebookPaths
        let scratch: String

        init() throws {
            workspace = try TestWorkspace()
            paths = try workspace.notebook("n", "old text\n")
            scratch = workspace.root + "/scratch"
            try FileManager.default.createDirectory(atPath: paths.figures, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            for name in ["a.png", "b.png", "stale.png", "mine.png"] {
                try Data("old \(name)".utf8).write(to: URL(fileURLWithPath: paths.figures + "/" + name))
            }
            for name in ["a.png", "b.png"] {
                try Data("new \(name)".utf8).write(to: URL(fileURLWithPath: scratch + "/" + name))
            }
        }

        func write(woven: String? = "new text\n", fault: NotebookWrite.Fault? = nil) -> NotebookWrite {
            NotebookWrite(notebook: paths.notebook, displayPath: paths.displayPath, original: Data("old text\n".utf8), woven: woven.map { Data($0.utf8) },
                          figureFolder: paths.figures, figures: ["a.png": scratch + "/a.png", "b.png": scratch + "/b.png"],
                          removals: ["stale.png"], root: paths.root, fault: fault)
        }

        /// Each file of the figure folder with its text; temporary files included.
        var figures: [String: String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: paths.figures)) ?? []
            return Dictionary(uniqueKeysWithValues: names.map { ($0, (try? String(contentsOfFile: paths.figures + "/" + $0, encoding: .utf8)) ?? "?") })
        }

        var notebookText: String { (try? String(contentsOfFile: paths.notebook, encoding: .utf8)) ?? "?" }

        var untouched: [String: String] {
            ["a.png": "old a.png", "b.png": "old b.png", "stale.png": "old stale.png", "mine.png": "old mine.png"]
        }

        /// Whether every file of the notebooks folder is one the test made (no temporaries left).
        var notebooksFolder: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: workspace.root + "/notebooks")) ?? []).sorted()
        }
    }

    @Test func aCompleteWriteReplacesRemovesAndLeavesTheUsersFiles() throws {
        let project = try Project()
        try project.write().commit()
        #expect(project.notebookText == "new text\n")
        #expect(project.figures == ["a.png": "new a.png", "b.png": "new b.png", "mine.png": "old mine.png"])
        #expect(project.notebooksFolder == ["n.md"])
    }

    @Test func aFullDiskWhileStagingTheNotebookChangesNothing() throws {
        let project = try Project()
        #expect {
            try project.write(fault: .init(step: .stageNotebook, code: ENOSPC)).commit()
        } throws: { error in
            "\(error)" == "notebooks/n.md: cannot write: no space left on device; the notebook and its figures are left as they were"
        }
        #expect(project.notebookText == "old text\n")
        #expect(project.figures == project.untouched)
        #expect(project.notebooksFolder == ["n.md"])
    }

    @Test func aFigureThatCannotBeStagedChangesNothing() throws {
        let project = try Project()
        #expect {
            try project.write(fault: .init(step: .stageFigure("b.png"), code: ENOSPC)).commit()
        } throws: { error in
            "\(error)" == "figures/n/b.png: cannot write: no space left on device"
        }
        #expect(project.notebookText == "old text\n")
        #expect(project.figures == project.untouched)
    }

    @Test func aFigureThatCannotBeReplacedPutsBackTheOnesAlreadyReplaced() throws {
        let project = try Project()
        #expect {
            try project.write(fault: .init(step: .replaceFigure("b.png"), code: EACCES)).commit()
        } throws: { error in
            "\(error)" == "figures/n/b.png: cannot replace: permission denied"
        }
        #expect(project.notebookText == "old text\n")
        #expect(project.figures == project.untouched)
    }

    @Test func aNotebookThatCannotBeReplacedPutsBackEveryFigure() throws {
        let project = try Project()
        #expect {
            try project.write(fault: .init(step: .replaceNotebook, code: EROFS)).commit()
        } throws: { error in
            "\(error)" == "notebooks/n.md: cannot replace: read-only file system"
        }
        #expect(project.notebookText == "old text\n")
        #expect(project.figures == project.untouched)
        #expect(project.notebooksFolder == ["n.md"])
    }

    @Test func aFigureThatCannotBeRemovedPutsBackTheOthers() throws {
        let project = try Project()
        #expect {
            try project.write(fault: .init(step: .removeFigure("stale.png"), code: EBUSY)).commit()
        } throws: { error in
            "\(error)" == "figures/n/stale.png: cannot remove: device or resource busy"
        }
        #expect(project.figures == project.untouched)
    }

    @Test func aNotebookEditedDuringTheRunIsKeptAndTheWovenResultSavedBeside() throws {
        let project = try Project()
        try "the user's edit\n".write(toFile: project.paths.notebook, atomically: true, encoding: .utf8)
        #expect {
            try project.write().commit()
        } throws: { error in
            "\(error)" == "notebooks/n.md: changed while it ran: it is left as it is, and so are its figures; the woven result is in notebooks/n.md.woven. Run it again to weave the notebook as it is now"
        }
        #expect(project.notebookText == "the user's edit\n")
        #expect(try String(contentsOfFile: project.paths.notebook + ".woven", encoding: .utf8) == "new text\n")
        #expect(project.figures == project.untouched)
        #expect(try NotebookBatch.notebooks(in: [project.workspace.root + "/notebooks"]).map { ($0 as NSString).lastPathComponent } == ["n.md"])
    }

    @Test func aNotebookRemovedDuringTheRunIsNotBroughtBack() throws {
        let project = try Project()
        try FileManager.default.removeItem(atPath: project.paths.notebook)
        #expect {
            try project.write().commit()
        } throws: { error in
            (error as? FileError)?.message.hasPrefix("was removed while it ran: it is left as it is, and so are its figures") == true
        }
        #expect(!FileManager.default.fileExists(atPath: project.paths.notebook))
        #expect(project.figures == project.untouched)
    }

    @Test func aFolderWhereAFigureGoesIsRefusedBeforeAnythingChanges() throws {
        let project = try Project()
        try FileManager.default.removeItem(atPath: project.paths.figures + "/b.png")
        try FileManager.default.createDirectory(atPath: project.paths.figures + "/b.png/inside", withIntermediateDirectories: true)
        #expect {
            try project.write().commit()
        } throws: { error in
            "\(error)" == "figures/n/b.png: is in the way of a figure: it is not a file"
        }
        #expect(project.notebookText == "old text\n")
        #expect(project.figures["a.png"] == "old a.png" && project.figures["stale.png"] == "old stale.png")
        #expect(FileManager.default.fileExists(atPath: project.paths.figures + "/b.png/inside"))
    }

    @Test func aFigureFolderThatIsAFileFailsInWordsAndChangesNothing() throws {
        let project = try Project()
        try FileManager.default.removeItem(atPath: project.paths.figures)
        try Data("a file".utf8).write(to: URL(fileURLWithPath: project.paths.figures))
        var write = project.write()
        write.removals = []
        #expect {
            try write.commit()
        } throws: { error in
            "\(error)" == "figures/n: is in the way: it is not a folder"
        }
        #expect(project.notebookText == "old text\n")
    }

    @Test func removingTheLastFigureRemovesTheFolderButNotOneWithTheUsersFiles() throws {
        let project = try Project()
        var write = project.write(woven: nil)
        write.figures = [:]
        write.removals = ["a.png", "b.png", "stale.png"]
        try write.commit()
        #expect(project.figures == ["mine.png": "old mine.png"])
        write.removals = ["mine.png"]
        try write.commit()
        #expect(!FileManager.default.fileExists(atPath: project.paths.figures))
    }
}
