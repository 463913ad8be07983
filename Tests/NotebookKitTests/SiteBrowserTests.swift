import Foundation
import Testing
@testable import NotebookKit

/// An exported site as Chromium sees it: every page loads, every link it resolves names a file of
/// the site, every image has decoded (natural width above zero), and the index lays out its table.
@Suite(.enabled(if: HTMLExporterTests.chromium != nil, "chromium is not installed"))
struct SiteBrowserTests {
    /// What the checking page found on one page of the site.
    struct PageReport: Decodable {
        var page: String
        var title: String
        var links: [String]
        var images: Int
        var brokenImages: [String]
        var tableRows: Int
        var tableWidth: Double
        var overflows: Bool
    }

    /// Loads each page of `site` in a frame of a checking page and reports what it holds.
    static func reports(site: String, pages: [String], in folder: String) throws -> [PageReport] {
        let checker = folder + "/check-site.html"
        let urls = pages.map { "file://\(site)/\($0)" }
        let pageList = String(decoding: try JSONEncoder().encode(urls), as: UTF8.self)
        try """
            <!DOCTYPE html><html><body><iframe id="frame" style="width:1000px;height:800px"></iframe><pre id="report"></pre>
            <script>
            const pages = \(pageList);
            const reports = [];
            const frame = document.getElementById("frame");
            function next(index) {
              if (index === pages.length) { document.getElementById("report").textContent = JSON.stringify(reports); return; }
              frame.onload = () => {
                const doc = frame.contentDocument;
                const images = [...doc.images];
                const table = doc.querySelector("main table");
                reports.push({
                  page: pages[index], title: doc.title,
                  links: [...doc.querySelectorAll("a[href]")].map(a => a.href),
                  images: images.length,
                  brokenImages: images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt),
                  tableRows: table ? table.querySelectorAll("tbody tr").length : 0,
                  tableWidth: table ? table.getBoundingClientRect().width : 0,
                  overflows: doc.documentElement.scrollWidth > frame.clientWidth
                });
                next(index + 1);
              };
              frame.src = pages[index];
            }
            next(0);
            </script></body></html>
            """.write(toFile: checker, atomically: true, encoding: .utf8)
        let (_, dom) = try Subprocess.run([HTMLExporterTests.chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                                           "--virtual-time-budget=30000", "--dump-dom", "file://\(checker)"])
        let json = try #require(dom.firstMatch(of: /<pre id="report">([^<]*)<\/pre>/)).1
        return try JSONDecoder().decode([PageReport].self, from: Data(HTMLText.unescape(json).utf8))
    }

    /// The file a `file://` link names, or nil for any other link.
    static func file(of link: String) -> String? {
        guard link.hasPrefix("file://") else { return nil }
        let path = link.dropFirst("file://".count).prefix { $0 != "#" && $0 != "?" }
        return path.removingPercentEncoding ?? String(path)
    }

    func check(site: String, summary: SiteExport.Summary, in folder: String, indexRows: Int, indexWidth: ClosedRange<Double>) throws {
        let reports = try Self.reports(site: site, pages: summary.pages, in: folder)
        #expect(reports.count == summary.pages.count, "only \(reports.count) of \(summary.pages.count) pages loaded")
        for report in reports {
            #expect(!report.title.isEmpty, "\(report.page) has no title: it did not load")
            #expect(report.brokenImages.isEmpty, "\(report.page): images that did not decode: \(report.brokenImages)")
            for link in report.links {
                guard let file = Self.file(of: link) else { continue }
                #expect(file.hasPrefix(site + "/"), "\(report.page) links outside the site: \(link)")
                #expect(POSIXFile.kind(of: file) == .file, "\(report.page) links to a missing file: \(link)")
            }
            #expect(!report.overflows, "\(report.page) is wider than the window")
        }
        let index = try #require(reports.first)
        #expect(index.tableRows == indexRows)
        #expect(indexWidth.contains(index.tableWidth), "the index's table is \(index.tableWidth) px wide")
        let pages = Set(index.links.compactMap(Self.file).map { ($0 as NSString).lastPathComponent })
        #expect(pages.isSuperset(of: summary.pages.dropFirst()), "the index leaves out \(Set(summary.pages.dropFirst()).subtracting(pages).sorted())")
    }

    @Test func aSmallProjectsSiteHasNoBrokenLinkOrImage() throws {
        let workspace = try SiteExportTests.project()
        let site = workspace.root + "/site"
        let summary = try SiteExport(notebooks: workspace.root + "/notebooks", output: site).write()
        try check(site: site, summary: summary, in: workspace.root, indexRows: 2, indexWidth: 100 ... 1000)
        let reports = try Self.reports(site: site, pages: ["01-a.html"], in: workspace.root)
        let first = try #require(reports.first)
        #expect(first.images == 1)
        let linked: Set<String> = Set(first.links.compactMap(Self.file))
        let formats: Set<String> = [site + "/files/figures/01-a/fig-dot.pdf", site + "/files/figures/01-a/fig-dot.svg"]
        #expect(linked.isSuperset(of: formats))
    }

    /// The repository's own notebooks as a site, and a screenshot of its index.
    @Test func theRepositorysNotebooksMakeASiteWithNoBrokenLinkOrImage() throws {
        let workspace = try TestWorkspace()
        let site = workspace.root + "/site"
        let summary = try SiteExport(notebooks: TestWorkspace.packageRoot + "/notebooks", output: site).write()
        let notebooks = try NotebookBatch.notebooks(in: [TestWorkspace.packageRoot + "/notebooks"])
        #expect(summary.pages.count == notebooks.count + 1)
        let readmeRows = try String(contentsOfFile: TestWorkspace.packageRoot + "/README.md", encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("| [") && $0.contains("](notebooks/") }.count
        try check(site: site, summary: summary, in: workspace.root, indexRows: readmeRows, indexWidth: 600 ... 1000)
        let shot = workspace.root + "/index.png"
        let (status, _) = try Subprocess.run([HTMLExporterTests.chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                              "--window-size=1200,1400", "--screenshot=\(shot)", "file://\(site)/index.html"])
        #expect(status == 0)
        let png = try #require(FileManager.default.contents(atPath: shot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "the index's screenshot is \(png.count) bytes")
    }
}
