import Foundation
import Testing
@testable import NotebookKit

/// `metriclab export --site`, run as a user would.
@Suite(.enabled(if: TestWorkspace.executable != nil, "no release-built metriclab in .build/release: run `swift build -c release` first"))
struct SiteCommandTests {
    @Test func theSiteIsWrittenAgainOverItselfAndNeverOverTheProject() throws {
        let workspace = try SiteExportTests.project()
        for _ in 0 ..< 2 {
            let (status, output) = try Subprocess.run([TestWorkspace.executable!, "export", "--site", "notebooks", "-o", "site"], in: workspace.root)
            #expect(status == 0)
            #expect(output == "wrote site: 4 pages, 3 linked files\n")
        }
        let (status, output) = try Subprocess.run([TestWorkspace.executable!, "export", "--site", "notebooks", "-o", "."], in: workspace.root)
        #expect(status != 0)
        #expect(output.contains(".: is not empty and is not a site metriclab wrote"), "\(output)")
        let both = try Subprocess.run([TestWorkspace.executable!, "export", "--html", "--site", "notebooks"], in: workspace.root)
        #expect(both.status != 0 && both.output.contains("choose one format: --html or --site"))
    }
}
