import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import MetricLab
import Testing

/// Every image format by what the file holds: PNG and GIF sizes, SVG that parses with the marks
/// drawn, PDF pages a point per pixel; further formats beside the linked image, each with its
/// own standalone script.
@Suite struct FormatTests {
    let scatter = Scatter(PlottingFixtures.points, labels: PlottingFixtures.labels, title: "four points",
                          positivePairs: [(0, 1)], negativePairs: [(0, 2)], classNames: ["left", "right"])
    let size = PixelSize(width: 400, height: 300)

    @Test func aPNGHasItsMagicAndPixelSize() throws {
        let base = try PlottingFixtures.folder().appendingPathComponent("fig").path
        let image = try render(scatter, to: base, options: RenderOptions(format: .png, size: size))
        #expect(PlottingFixtures.pngSize(try Data(contentsOf: URL(fileURLWithPath: image))) == size)
    }

    @Test func anSVGParsesAndHoldsTheTitleLegendAndMarks() throws {
        let base = try PlottingFixtures.folder().appendingPathComponent("fig").path
        let image = try render(scatter, to: base, options: RenderOptions(format: .svg, size: size))
        #expect(image == base + ".svg")
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: image))
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(try String(contentsOfFile: image, encoding: .utf8).contains("width=\"400\" height=\"300\""))
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap { $0.stringValue }
        #expect(texts.contains("four points"))
        #expect(texts.contains("left") && texts.contains("right") && texts.contains("positive pair"))
        #expect(try document.nodes(forXPath: "//*[local-name()='path']").count > 10)
    }

    @Test func aPDFIsOnePageAPointPerPixelWithAFixedDate() throws {
        let base = try PlottingFixtures.folder().appendingPathComponent("fig").path
        let image = try render(scatter, to: base, options: RenderOptions(format: .pdf, size: size))
        let data = try Data(contentsOf: URL(fileURLWithPath: image))
        #expect(data.prefix(5) == Data("%PDF-".utf8))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("/MediaBox [ 0 0 400 300 ]"))
        #expect(text.components(separatedBy: "/Type /Page ").count - 1 == 1)
        #expect(text.contains("/CreationDate (D:19700101000000Z)"))
    }

    @Test func aPDFsDateStampsAreFixedWithoutMovingAByte() {
        let stamped = Data("1 0 obj << /CreationDate (D:20261206081456Z) /ModDate (D:20250101) >>".utf8)
        let fixed = ReproduciblePDF.fixed(stamped)
        #expect(String(decoding: fixed, as: UTF8.self) == "1 0 obj << /CreationDate (D:19700101000000Z) /ModDate (D:19700101) >>")
        #expect(fixed.count == stamped.count)
    }

    @Test func furtherFormatsAreDrawnBesideTheLinkedImageEachWithItsScript() throws {
        let folder = try PlottingFixtures.folder()
        let base = folder.appendingPathComponent("fig").path
        let image = try render(scatter, to: base, options: RenderOptions(alsoAs: [.pdf, .svg, .png], size: size))
        #expect(image == base + ".png")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["fig.gp", "fig.pdf", "fig.pdf.gp", "fig.png", "fig.svg", "fig.svg.gp"])
        let pdfScript = try String(contentsOfFile: base + ".pdf.gp", encoding: .utf8)
        #expect(pdfScript.contains("set terminal pdfcairo size 5.55556in,4.16667in"))
        #expect(pdfScript.contains("set output 'fig.pdf'"))
        #expect(pdfScript.contains("Run `gnuplot fig.pdf.gp`"))
        #expect(try String(contentsOfFile: base + ".svg.gp", encoding: .utf8).contains("set output 'fig.svg'"))
        #expect(try String(contentsOfFile: base + ".gp", encoding: .utf8).contains("set output 'fig.png'"))
    }

    @Test func anAnimationIsAGIFAloneWhateverFormatsAreAsked() throws {
        let folder = try PlottingFixtures.folder()
        let base = folder.appendingPathComponent("movie").path
        let image = try render(Animation([scatter, scatter]), to: base, options: RenderOptions(alsoAs: [.pdf], size: size))
        #expect(PlottingFixtures.gifSize(try Data(contentsOf: URL(fileURLWithPath: image))) == size)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["movie.gif", "movie.gp"])
    }

    @Test func aCellsFormatListLinksTheFirstWebImageAndDrawsTheRestBeside() {
        let pdfOnly = RenderOptions().withFormats([.pdf])
        #expect(pdfOnly.format == .png && pdfOnly.alsoAs == [.pdf])
        let svgFirst = RenderOptions().withFormats([.pdf, .svg, .png])
        #expect(svgFirst.format == .svg && svgFirst.alsoAs == [.pdf, .png])
        // A call that names its own format keeps it.
        let own = RenderOptions(format: .svg).withFormats([.png, .pdf])
        #expect(own.format == .svg && own.alsoAs.isEmpty)
        #expect(RenderOptions().withFormats([]).format == .png)
    }

    @Test func aFailingFurtherFormatKeepsEveryOldFile() throws {
        let folder = try PlottingFixtures.folder()
        let base = folder.appendingPathComponent("fig").path
        _ = try render(scatter, to: base, options: RenderOptions(alsoAs: [.pdf], size: size))
        let before = try Data(contentsOf: URL(fileURLWithPath: base + ".png"))
        // A gnuplot that fails draws nothing: neither format may be half replaced.
        #expect(throws: RenderError.self) {
            try render(LossCurves(["run": [1, 2]]), to: base, options: RenderOptions(alsoAs: [.pdf], gnuplot: "false"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: base + ".png")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["fig.gp", "fig.pdf", "fig.pdf.gp", "fig.png"])
    }
}
