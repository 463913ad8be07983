import Foundation
import Testing
@testable import NotebookKit

/// Whole runs and what they write: nothing the user made is lost, notebook and figures change
/// together. They need `swift build -c release`, as `NotebookRunTests` do.
@Suite(.serialized, .enabled(if: TestWorkspace.library != nil, "no release-built MetricLab in .build/release: run `swift build -c release` first"))
struct RunnerWriteTests {
    static let dot = "struct Dot: Figure { var value = 1; func gnuplotBody() -> String { \"plot \\(value)\" } }"

    func contents(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func anEditSavedWhileTheNotebookRunsIsKeptWithTheWovenResultBeside() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("edited", "```swift\n//| label: dot\n\(Self.dot)\nshow(Dot())\n```\n")
        _ = try workspace.runner().run(paths) { _ in }
        let figures = ["dot.gp", "dot.png"].map { contents(paths.figures + "/" + $0) }
        // The cell saves an edit to its own notebook, as an editor would while the program runs.
        let text = "```swift\n//| label: dot\n\(Self.dot)\nshow(Dot(value: 2))\n"
            + "try! (String(contentsOfFile: \"notebooks/edited.md\", encoding: .utf8) + \"A sentence typed meanwhile.\\n\").write(toFile: \"notebooks/edited.md\", atomically: true, encoding: .utf8)\n```\n"
        try text.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            "\(error)" == "notebooks/edited.md: changed while it ran: it is left as it is, and so are its figures; the woven result is in notebooks/edited.md.woven. Run it again to weave the notebook as it is now"
        }
        #expect(try workspace.text(paths) == text + "A sentence typed meanwhile.\n")
        let kept = try String(contentsOfFile: paths.notebook + ".woven", encoding: .utf8)
        #expect(kept.hasPrefix(text) && kept.contains("![](../figures/edited/dot.png)"))
        #expect(files(in: paths.figures) == ["dot.gp", "dot.png"])
        #expect(["dot.gp", "dot.png"].map { contents(paths.figures + "/" + $0) } == figures)
    }

    @Test func aLinkedNotebookIsWrittenThroughAndKeepsItsMode() throws {
        let workspace = try TestWorkspace()
        let target = workspace.root + "/drafts/linked.md"
        try FileManager.default.createDirectory(atPath: workspace.root + "/drafts", withIntermediateDirectories: true)
        try "```swift\nprint(\"through the link\")\n```\n".write(toFile: target, atomically: true, encoding: .utf8)
        chmod(target, 0o600)
        let link = workspace.root + "/notebooks/linked.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../drafts/linked.md")
        let summary = try workspace.runner().run(NotebookPaths(notebook: link)) { _ in }
        #expect(summary.notebookChanged)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../drafts/linked.md")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("```text\nthrough the link\n```"))
        #expect((POSIXFile.status(of: target)?.st_mode ?? 0) & 0o7777 == 0o600)
        #expect(files(in: workspace.root + "/notebooks") == [".metriclab", "linked.md"])
    }

    @Test func aReadOnlyNotebookIsRefusedAndNothingIsWritten() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\n\(Self.dot)\nshow(Dot())\n```\n"
        let paths = try workspace.notebook("frozen", text)
        chmod(paths.notebook, 0o444)
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            "\(error)" == "notebooks/frozen.md: is read-only (mode 444): not replaced; the notebook and its figures are left as they were"
        }
        #expect(try workspace.text(paths) == text)
        #expect(!FileManager.default.fileExists(atPath: paths.figures))
    }

    @Test func aHandMadeFigureInTheFolderSurvivesEvenWithoutACache() throws {
        let workspace = try TestWorkspace()
        let twoFigures = "My own drawing: ![mine](../figures/hand/handmade.png)\n\n```swift\n//| label: fig-a\n\(Self.dot)\nshow(Dot())\nshow(Dot(value: 2))\n```\n"
        let paths = try workspace.notebook("hand", twoFigures)
        _ = try workspace.runner().run(paths) { _ in }
        #expect(files(in: paths.figures) == ["fig-a-2.gp", "fig-a-2.png", "fig-a.gp", "fig-a.png"])
        try Data("my drawing".utf8).write(to: URL(fileURLWithPath: paths.figures + "/handmade.png"))
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: paths.figures + "/fig-a-3.gp"))

        // A clean clone has no cache: the woven notebook alone says which files are the runner's.
        try FileManager.default.removeItem(atPath: paths.cache)
        let oneFigure = try workspace.text(paths).replacingOccurrences(of: "show(Dot(value: 2))\n", with: "")
        try oneFigure.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        _ = try workspace.runner().run(paths) { _ in }
        #expect(files(in: paths.figures) == ["fig-a-3.gp", "fig-a.gp", "fig-a.png", "handmade.png"])
        #expect(contents(paths.figures + "/handmade.png") == Data("my drawing".utf8))

        // With the cache, a cell that draws nothing more removes only its own files.
        let noFigure = try workspace.text(paths).replacingOccurrences(of: "show(Dot())\n", with: "")
        try noFigure.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        _ = try workspace.runner().run(paths) { _ in }
        #expect(files(in: paths.figures) == ["fig-a-3.gp", "handmade.png"])
    }

    @Test func aLabelEqualToAnAutomaticNameFailsAtTheLaterCellNamingBoth() throws {
        let workspace = try TestWorkspace()
        let text = "```swift\n//| label: cell-2\n\(Self.dot)\nshow(Dot())\n```\n\nProse.\n\n```swift\nshow(Dot(value: 2))\n```\n"
        let paths = try workspace.notebook("clash", text)
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            "\(error)" == "notebooks/clash.md:10:1: error: cell 2 draws figure `cell-2.png`, which cell 1 (line 2) drew already: give one of them another label"
        }
        #expect(try workspace.text(paths) == text)
        #expect(!FileManager.default.fileExists(atPath: paths.figures))
    }

    @Test func aWriteThatFailsLeavesTheNotebookAndEveryFigureAsTheyWere() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("atomic", "```swift\n//| label: dot\n\(Self.dot)\nshow(Dot())\nshow(Dot())\n```\n")
        var runner = try workspace.runner()
        _ = try runner.run(paths) { _ in }
        let before = files(in: paths.figures).map { contents(paths.figures + "/" + $0) }
        let edited = try workspace.text(paths).replacingOccurrences(of: "show(Dot())\nshow(Dot())", with: "show(Dot(value: 2))\nprint(\"one figure\")")
        try edited.write(toFile: paths.notebook, atomically: true, encoding: .utf8)

        runner.writeFault = .init(step: .stageNotebook, code: ENOSPC)
        #expect {
            _ = try runner.run(paths) { _ in }
        } throws: { error in
            "\(error)" == "notebooks/atomic.md: cannot write: no space left on device; the notebook and its figures are left as they were"
        }
        #expect(try workspace.text(paths) == edited)
        #expect(files(in: paths.figures) == ["dot-2.gp", "dot-2.png", "dot.gp", "dot.png"])
        #expect(files(in: paths.figures).map { contents(paths.figures + "/" + $0) } == before)

        // Removing `dot-2` comes after replacing `dot.gp`, which must then be put back.
        runner.writeFault = .init(step: .removeFigure("dot-2.png"), code: EACCES)
        #expect {
            _ = try runner.run(paths) { _ in }
        } throws: { error in
            "\(error)" == "figures/atomic/dot-2.png: cannot remove: permission denied"
        }
        #expect(try workspace.text(paths) == edited)
        #expect(files(in: paths.figures).map { contents(paths.figures + "/" + $0) } == before)

        runner.writeFault = nil
        _ = try runner.run(paths) { _ in }
        #expect(try workspace.text(paths).contains("```text\none figure\n```"))
        #expect(files(in: paths.figures) == ["dot.gp", "dot.png"])
        #expect(try String(contentsOfFile: paths.figures + "/dot.gp", encoding: .utf8).contains("plot 2"))
    }

    @Test func aNotebookAtTheProjectRootKeepsItsFiguresInsideIt() throws {
        let workspace = try TestWorkspace()
        let name = "root-\(UUID().uuidString)"
        let path = workspace.root + "/\(name).md"
        try "```swift\n\(Self.dot)\nshow(Dot())\n```\n".write(toFile: path, atomically: true, encoding: .utf8)
        let paths = NotebookPaths(notebook: path)
        _ = try workspace.runner().run(paths) { _ in }
        #expect(try workspace.text(paths).contains("![](figures/\(name)/cell-1.png)"))
        #expect(files(in: workspace.root + "/figures/\(name)") == ["cell-1.gp", "cell-1.png"])
        #expect(!FileManager.default.fileExists(atPath: (workspace.root as NSString).deletingLastPathComponent + "/figures/\(name)"))
    }

    @Test func aNotebookNameWithASpaceGetsALinkThatRenders() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("my notes", "```swift\n\(Self.dot)\nshow(Dot())\n```\n")
        _ = try workspace.runner().run(paths) { _ in }
        #expect(try workspace.text(paths).contains("![](../figures/my%20notes/cell-1.png)"))
        #expect(FileManager.default.fileExists(atPath: workspace.root + "/figures/my notes/cell-1.png"))
    }

    @Test func aFailedRunRemovesNoFigureAndLeavesNoTemporaryFile() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("kept", "```swift\n//| label: dot\n\(Self.dot)\nshow(Dot())\n```\n")
        _ = try workspace.runner().run(paths) { _ in }
        let good = try workspace.text(paths)
        let failing = good.replacingOccurrences(of: "show(Dot())", with: "let none: Int? = nil\nprint(none!)")
        try failing.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        #expect {
            _ = try workspace.runner().run(paths) { _ in }
        } throws: { error in
            (error as? NotebookError)?.line == 5
        }
        #expect(try workspace.text(paths) == failing)
        #expect(files(in: paths.figures) == ["dot.gp", "dot.png"])
        #expect(files(in: workspace.root + "/notebooks") == [".metriclab", "kept.md"])
    }
}
