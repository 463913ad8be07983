import Foundation
@testable import MetricLab
import Testing

/// Rendering through gnuplot: image sizes, formats, byte-identical repeats, the standalone script,
/// and the failures (gnuplot missing, gnuplot's own errors, bad figures) that keep the old image.
@Suite struct RenderTests {
    let scatter = Scatter(PlottingFixtures.points, labels: PlottingFixtures.labels, title: "four points",
                          highlighted: [0], positivePairs: [(0, 1)], negativePairs: [(0, 2)])

    @Test func aPNGOfTheRequestedSizeAndItsScriptAreWritten() throws {
        let folder = try PlottingFixtures.folder()
        let base = folder.appendingPathComponent("figures/nb/fig-four").path
        let image = try render(scatter, to: base, options: RenderOptions(size: PixelSize(width: 320, height: 240)))
        #expect(image == base + ".png")
        #expect(PlottingFixtures.pngSize(try Data(contentsOf: URL(fileURLWithPath: image))) == PixelSize(width: 320, height: 240))
        let script = try String(contentsOfFile: base + ".gp", encoding: .utf8)
        #expect(script.contains("set terminal pngcairo size 320,240"))
        #expect(script.contains("set output 'fig-four.png'"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("figures/nb").path)
        #expect(leftovers.sorted() == ["fig-four.gp", "fig-four.png"])
    }

    @Test func theDefaultSizesFitAPageColumn() throws {
        let folder = try PlottingFixtures.folder()
        let scatterImage = try render(scatter, to: folder.appendingPathComponent("scatter").path)
        // A square plot plus a legend whose longest entry, "positive pair", has 13 characters.
        #expect(PlottingFixtures.pngSize(try Data(contentsOf: URL(fileURLWithPath: scatterImage))) == PixelSize(width: 610, height: 480))
        let curves = try render(LossCurves(["run": [3, 2, 1]]), to: folder.appendingPathComponent("curves").path)
        #expect(PlottingFixtures.pngSize(try Data(contentsOf: URL(fileURLWithPath: curves))) == PixelSize(width: 640, height: 420))
        let grid = try render(Grid([scatter, scatter, scatter]), to: folder.appendingPathComponent("grid").path)
        #expect(PlottingFixtures.pngSize(try Data(contentsOf: URL(fileURLWithPath: grid))) == PixelSize(width: 900, height: 336))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let figure = Overlay {
            Regions(x: -1 ... 2, y: -1 ... 3, resolution: 30) { grid in (0 ..< grid.rows).map { grid[$0, 1] > 1 ? 1 : 0 } }
            scatter
            Arrows(PlottingFixtures.points, Tensor([[1, 0], [0, 1], [-1, 0], [0, -1]]), color: .attraction)
        }
        let first = try PlottingFixtures.folder().appendingPathComponent("same").path
        let second = try PlottingFixtures.folder().appendingPathComponent("same").path
        let firstImage = try Data(contentsOf: URL(fileURLWithPath: try render(figure, to: first)))
        let secondImage = try Data(contentsOf: URL(fileURLWithPath: try render(figure, to: second)))
        #expect(firstImage == secondImage)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first + ".gp")) == Data(contentsOf: URL(fileURLWithPath: second + ".gp")))
    }

    @Test func gridsAnimationsAndSVGAreDeterministicToo() throws {
        let figures: [(String, any Figure, RenderOptions)] = [
            ("grid", Grid([scatter, LossCurves(["run": [3, 2, 2.5, 1]])], sharedAxes: false), RenderOptions()),
            ("movie", Animation([scatter, scatter]), RenderOptions(size: PixelSize(width: 160, height: 120))),
            ("vector", scatter, RenderOptions(format: .svg)),
        ]
        for (label, figure, options) in figures {
            let first = try render(figure, to: try PlottingFixtures.folder().appendingPathComponent(label).path, options: options)
            let second = try render(figure, to: try PlottingFixtures.folder().appendingPathComponent(label).path, options: options)
            #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)), "\(label)")
        }
    }

    @Test func theScriptAloneDrawsTheSamePicture() throws {
        let folder = try PlottingFixtures.folder()
        let image = try render(scatter, to: folder.appendingPathComponent("standalone").path)
        let rendered = try Data(contentsOf: URL(fileURLWithPath: image))
        try FileManager.default.removeItem(atPath: image)
        let gnuplot = Process()
        gnuplot.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gnuplot.arguments = ["gnuplot", "-d", "standalone.gp"]
        gnuplot.currentDirectoryURL = folder
        try gnuplot.run()
        gnuplot.waitUntilExit()
        #expect(gnuplot.terminationStatus == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: image)) == rendered)
    }

    @Test func svgAndAnimatedGIFOnRequest() throws {
        let folder = try PlottingFixtures.folder()
        let svg = try render(scatter, to: folder.appendingPathComponent("vector").path,
                             options: RenderOptions(format: .svg, size: PixelSize(width: 400, height: 300)))
        #expect(svg.hasSuffix("vector.svg"))
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(text.contains("width=\"400\" height=\"300\""))
        let movie = Animation([scatter, Scatter(PlottingFixtures.points, labels: PlottingFixtures.labels)])
        let gif = try render(movie, to: folder.appendingPathComponent("movie").path,
                             options: RenderOptions(size: PixelSize(width: 200, height: 160)))
        #expect(gif.hasSuffix("movie.gif"))
        let data = try Data(contentsOf: URL(fileURLWithPath: gif))
        #expect(PlottingFixtures.gifSize(data) == PixelSize(width: 200, height: 160))
        let still = try render(scatter, to: folder.appendingPathComponent("still").path,
                               options: RenderOptions(format: .gif, size: PixelSize(width: 120, height: 90)))
        #expect(still.hasSuffix("still.gif"))
        #expect(PlottingFixtures.gifSize(try Data(contentsOf: URL(fileURLWithPath: still))) == PixelSize(width: 120, height: 90))
        // One graphic control extension per frame.
        #expect(data.split(separator: 0x21).filter { $0.first == 0xF9 }.count >= 2)
    }

    @Test func aMissingGnuplotNamesThePackageAndKeepsThePreviousImage() throws {
        let base = try PlottingFixtures.folder().appendingPathComponent("kept").path
        let before = try Data(contentsOf: URL(fileURLWithPath: try render(scatter, to: base)))
        let error = #expect(throws: RenderError.self) {
            try render(LossCurves(["run": [1, 2]]), to: base, options: RenderOptions(gnuplot: "gnuplot-not-installed-here"))
        }
        #expect(error?.description == "cannot run 'gnuplot-not-installed-here': gnuplot is needed to draw figures; install it with `apt-get install gnuplot-nox`")
        #expect(try Data(contentsOf: URL(fileURLWithPath: base + ".png")) == before)
        #expect(try String(contentsOfFile: base + ".gp", encoding: .utf8).contains("four points"))
    }

    @Test func aFailingGnuplotKeepsThePreviousImageAndLeavesNoTemporaryFiles() throws {
        let folder = try PlottingFixtures.folder()
        let base = folder.appendingPathComponent("kept").path
        let before = try Data(contentsOf: URL(fileURLWithPath: try render(scatter, to: base)))
        #expect(throws: RenderError.self) {
            try render(LossCurves(["run": [1, 2]]), to: base, options: RenderOptions(gnuplot: "false"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: base + ".png")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["kept.gp", "kept.png"])
    }

    @Test func aGnuplotErrorQuotesTheFigureTheMessageAndTheScriptLine() {
        let script = "set terminal pngcairo\nset output 'x.png'\nplot x wiht lines\n"
        let run = GnuplotRun(script: script, label: "fig-broken", scriptPath: "figures/nb/fig-broken.gp",
                             options: RenderOptions())
        let error = #expect(throws: RenderError.self) { try run.run(in: NSTemporaryDirectory()) }
        #expect(error?.description == """
            figures/nb/fig-broken.gp:3: gnuplot failed to draw figure 'fig-broken': unexpected or unrecognized token: wiht
              3 | plot x wiht lines
            """)
    }

    @Test func aBadFigureIsReportedWithItsLabel() throws {
        let base = try PlottingFixtures.folder().appendingPathComponent("fig-bad").path
        let error = #expect(throws: RenderError.self) {
            try render(Scatter(PlottingFixtures.points, labels: [0]), to: base)
        }
        #expect(error?.description == "figure 'fig-bad': Scatter: 4 points but 1 labels")
        #expect(!FileManager.default.fileExists(atPath: base + ".gp"))
    }

    @Test func awkwardDataStillGivesAPicture() throws {
        var rng = RNG(seed: 5)
        let many = rng.gaussian(rows: 10_000, cols: 2)
        let classes = (0 ..< 10_000).map { $0 % 10 }
        let figures: [(String, any Figure)] = [
            ("many", Scatter(many, labels: classes)),
            ("empty", Scatter(Tensor(rows: 0, cols: 2, scalars: []), labels: [])),
            ("nan", Scatter(Tensor([[.nan, .nan]]), labels: [0])),
            ("one-class", Scatter(PlottingFixtures.points, labels: [0, 0, 0, 0])),
            ("one-region", Regions(x: 0 ... 1, y: 0 ... 1, classes: [[0]])),
            ("no-curves", LossCurves([])),
            ("no-distances", Histogram(positive: [], negative: [])),
            ("one-distance", Histogram(positive: [1], negative: [.nan])),
        ]
        let folder = try PlottingFixtures.folder()
        for (label, figure) in figures {
            let image = try render(figure, to: folder.appendingPathComponent(label).path)
            #expect(PlottingFixtures.pngSize(try Data(contentsOf: URL(fileURLWithPath: image))) != nil, "\(label)")
        }
    }
}
