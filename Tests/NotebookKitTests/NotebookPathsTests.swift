import Foundation
import Testing
@testable import NotebookKit

/// Where a notebook's figures and cache go, and how its figures are linked.
@Suite struct NotebookPathsTests {
    @Test func aNotebookInNotebooksBelongsToTheFolderAbove() {
        let paths = NotebookPaths(notebook: "/work/project/notebooks/01-intro.md")
        #expect(paths.root == "/work/project")
        #expect(paths.displayPath == "notebooks/01-intro.md")
        #expect(paths.figures == "/work/project/figures/01-intro")
        #expect(paths.figureLink == "../figures/01-intro")
        #expect(paths.cache == "/work/project/notebooks/.metriclab")
    }

    @Test func anyOtherNotebookKeepsEverythingInItsOwnFolder() {
        let paths = NotebookPaths(notebook: "/work/project/README-like.md")
        #expect(paths.root == "/work/project")
        #expect(paths.displayPath == "README-like.md")
        #expect(paths.figures == "/work/project/figures/README-like")
        #expect(paths.figureLink == "figures/README-like")
        #expect(paths.cache == "/work/project/.metriclab")
        let nested = NotebookPaths(notebook: "/work/project/docs/guide.md")
        #expect(nested.root == "/work/project/docs")
        #expect(nested.figures == "/work/project/docs/figures/guide")
    }

    @Test func aRelativePathIsTakenFromTheCurrentFolder() {
        let paths = NotebookPaths(notebook: "notes.md")
        let here = FileManager.default.currentDirectoryPath
        #expect(paths.notebook == (here as NSString).appendingPathComponent("notes.md"))
        #expect(paths.figures == (here as NSString).appendingPathComponent("figures/notes"))
    }

    @Test func figureLinksArePercentEncodedLinkDestinations() {
        #expect(NotebookPaths(notebook: "/p/notebooks/my notes.md").figureLink == "../figures/my%20notes")
        #expect(NotebookPaths(notebook: "/p/notebooks/a(b)<c>é.md").figureLink == "../figures/a%28b%29%3Cc%3E%C3%A9")
        #expect(NotebookPaths(notebook: "/p/notebooks/plain-name_1.2~x.md").figureLink == "../figures/plain-name_1.2~x")
        #expect(NotebookPaths(notebook: "/p/notebooks/my notes.md").figures == "/p/figures/my notes")
    }

    /// What cmark, the CommonMark reference, makes of a woven image link (where cmark is installed).
    @Test(.enabled(if: CommonMarkDifferentialTests.cmark != nil, "cmark is not installed (apt-get install cmark)"))
    func cmarkReadsTheWovenLinkAsAnImage() throws {
        let link = NotebookPaths(notebook: "/p/notebooks/my notes (draft).md").figureLink + "/cell-1.png"
        let html = try Subprocess.run(["sh", "-c", "printf '%s\\n' \"$0\" | \(CommonMarkDifferentialTests.cmark!)", "![A line.](\(link))"]).output
        #expect(html == "<p><img src=\"../figures/my%20notes%20%28draft%29/cell-1.png\" alt=\"A line.\" /></p>\n")
    }
}
