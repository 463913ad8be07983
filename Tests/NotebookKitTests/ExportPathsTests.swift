import Foundation
import Testing
@testable import NotebookKit

/// `metriclab export` writes its page only where it replaces nothing but an HTML page.
@Suite struct ExportPathsTests {
    let workspace: TestWorkspace
    let notebook: String

    init() throws {
        workspace = try TestWorkspace()
        notebook = try workspace.notebook("page", "# Page\n").notebook
    }

    func refusal(_ output: String?, notebook: String? = nil) -> String? {
        do {
            _ = try ExportPaths(notebook: notebook ?? self.notebook, output: output)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func theNotebookItselfIsNeverTheOutput() throws {
        #expect(refusal(notebook) == "\(notebook): is the notebook itself: choose another page with -o")
        let link = workspace.root + "/page-link.html"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: notebook)
        #expect(refusal(link) == "\(link): is the notebook itself: choose another page with -o")
        #expect(try String(contentsOfFile: notebook, encoding: .utf8) == "# Page\n")
    }

    @Test func onlyAnHTMLPageIsReplaced() throws {
        let other = workspace.root + "/notebooks/other.md"
        try "<!DOCTYPE html>\nonce a page".write(toFile: other, atomically: true, encoding: .utf8)
        #expect(refusal(other) == "\(other): is a Markdown file: export writes HTML, so it is not replaced")
        let notes = workspace.root + "/notes.txt"
        try "my notes".write(toFile: notes, atomically: true, encoding: .utf8)
        #expect(refusal(notes) == "\(notes): exists and is not an HTML page, so it is not replaced: remove it or choose another page with -o")
        #expect(refusal(workspace.root + "/notebooks") == "\(workspace.root)/notebooks: exists and is not a file: choose another page with -o")

        let page = workspace.root + "/page.html"
        #expect(refusal(page) == nil)
        try "\n<!doctype html>\n<html></html>".write(toFile: page, atomically: true, encoding: .utf8)
        let export = try ExportPaths(notebook: notebook, output: page)
        try export.write("<!DOCTYPE html>\nnew")
        #expect(try String(contentsOfFile: page, encoding: .utf8) == "<!DOCTYPE html>\nnew")
        #expect(try ExportPaths(notebook: notebook, output: nil).page == "page.html")
    }

    @Test func aMissingNotebookIsNamed() {
        #expect(refusal(nil, notebook: "notebooks/missing.md") == "notebooks/missing.md: no such notebook")
        #expect(refusal(nil, notebook: workspace.root + "/notebooks") == "\(workspace.root)/notebooks: is a folder: export takes one notebook file")
    }
}

/// `metriclab export` run as a user would.
@Suite(.enabled(if: TestWorkspace.executable != nil, "no release-built metriclab in .build/release: run `swift build -c release` first"))
struct ExportCommandTests {
    @Test func exportRefusesToOverwriteTheNotebookAndNamesAMissingOne() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("page", "# Page\n\nProse.\n")
        let clobber = try Subprocess.run([TestWorkspace.executable!, "export", "--html", "notebooks/page.md", "-o", "notebooks/page.md"], in: workspace.root)
        #expect(clobber.status != 0)
        #expect(clobber.output == "Error: notebooks/page.md: is the notebook itself: choose another page with -o\n")
        #expect(try workspace.text(paths) == "# Page\n\nProse.\n")

        let missing = try Subprocess.run([TestWorkspace.executable!, "export", "--html", "notebooks/missing.md"], in: workspace.root)
        #expect(missing.status != 0)
        #expect(missing.output == "Error: notebooks/missing.md: no such notebook\n")

        let good = try Subprocess.run([TestWorkspace.executable!, "export", "--html", "notebooks/page.md", "-o", "page.html"], in: workspace.root)
        #expect(good.status == 0 && good.output == "wrote page.html\n")
        #expect(try String(contentsOfFile: workspace.root + "/page.html", encoding: .utf8).contains("<p>Prose.</p>"))
    }
}
