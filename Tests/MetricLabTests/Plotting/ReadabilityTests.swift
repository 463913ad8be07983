import Foundation
@testable import MetricLab
import Testing

/// Figures read on a slide: no text under 10 pt at the committed size for any figure type, legends
/// that name classes, edges that stand apart from every class, wide panels for thin strips.
@Suite struct ReadabilityTests {
    static let points = PlottingFixtures.points
    static let labels = PlottingFixtures.labels

    /// One figure of every type the notebooks draw.
    static let figures: [(String, any Figure)] = [
        ("scatter", Scatter(points, labels: labels, title: "t", pointLabels: [0: "a"], positivePairs: [(0, 1)])),
        ("grid", Grid((0 ..< 23).map { _ in Scatter(points, labels: labels, title: "panel") }, title: "many")),
        ("curves", LossCurves(["a": [3, 2, 1], "b": [2, 2, 1]], title: "loss")),
        ("curve grid", Grid([LossCurves(["loss": [3, 2, 1]], title: "run")], columns: 1)),
        ("arrows", Overlay { Scatter(points, labels: labels); Arrows(points, points, color: .attraction) }),
        ("histogram", Histogram(positive: [0.1, 0.2], negative: [0.5, 0.9], measure: .similarity)),
        ("strips", Strips([("one", [1, 2]), ("two", [3])], xLabel: "MAP@R")),
        ("animation", Animation([Scatter(points, labels: labels, title: "frame")])),
        ("trajectories", Trajectories([points, points], labels: labels, title: "paths")),
        ("regions", Regions(x: 0 ... 1, y: 0 ... 1, classes: [[0, 1]], title: "regions")),
        ("wide", Scatter(points, labels: labels).aspect(3)),
    ]

    /// Every font size a script sets: the terminal's and each `font ',N'`.
    static func fontSizes(_ script: String) -> [Int] {
        let pattern = try! NSRegularExpression(pattern: "font '[^',]*,([0-9]+)'")
        let range = NSRange(script.startIndex..., in: script)
        return pattern.matches(in: script, range: range).compactMap { match in
            Range(match.range(at: 1), in: script).flatMap { Int(script[$0]) }
        }
    }

    @Test(arguments: ImageFormat.allDrawn)
    func noTextIsSmallerThanTenPoints(format: ImageFormat) throws {
        for (name, figure) in Self.figures {
            let sizes = Self.fontSizes(try PlottingFixtures.script(figure, format: format))
            #expect(!sizes.isEmpty, "\(name)")
            #expect(sizes.allSatisfy { $0 >= 10 }, "\(name) in \(format): font sizes \(sizes)")
        }
    }

    @Test func aGridOfManyPanelsKeepsItsPanelsAndTextLarge() throws {
        let panels = (0 ..< 23).map { _ in Scatter(Self.points, labels: Self.labels, title: "panel") }
        // Four columns at most by default: six rows of 300-pixel panels, not 23 cramped ones.
        let script = try PlottingFixtures.script(Grid(panels))
        #expect(script.contains("set terminal pngcairo size 1200,1836 noenhanced font 'DejaVu Sans,10'"))
        let larger = try PlottingFixtures.script(Grid(panels, columns: 3, panelSize: PixelSize(width: 400, height: 380)))
        #expect(larger.contains("size 1200,3076 "))
        #expect(throws: FigureError.self) { try Grid(panels, panelSize: PixelSize(width: 20, height: 400)).layout() }
    }

    @Test func aGridsLegendGetsARowOfHeightForEveryRowItWrapsTo() throws {
        let labels = Array(0 ..< 7)
        let points = Tensor((0 ..< 7).map { [Double($0), 0] })
        let scatter = Scatter(points, labels: labels, positivePairs: [(0, 1)], negativePairs: [(0, 2)])
        // Nine entries, the longest "positive pair" (13 characters: 60 + 7 · 13 = 151 pixels), three
        // to a row of two 300-pixel panels: three rows, 16 + 3 · 20 = 76 pixels under the panels.
        let script = try PlottingFixtures.script(Grid([scatter, scatter]))
        #expect(script.contains("set terminal pngcairo size 600,376 "))
        #expect(script.contains("set size noratio 1,\(gnuplotNumber(76.0 / 376))"))
        // Curves with one series each have no legend, and no strip is kept for one.
        let curves = try PlottingFixtures.script(Grid([LossCurves(["loss": [2, 1]]), LossCurves(["loss": [3, 1]])]))
        #expect(curves.contains("set terminal pngcairo size 720,270 "))
        #expect(!curves.contains("keyentry"))
    }

    @Test func aWidePanelWidensItsRangesAndPicture() throws {
        // Data in a 1 × 2 box: a square panel is 2.12 units a side; three times as wide keeps y and widens x.
        let strip = Scatter(Self.points, labels: Self.labels).aspect(3)
        let layout = try strip.layout()
        let script = try PlottingFixtures.script(strip)
        let ranges = try GnuplotScript(layout, label: "f", format: .png, size: nil).axisRanges(contexts: [LayerContext()])[0]
        let width = ranges.x.upperBound - ranges.x.lowerBound, height = ranges.y.upperBound - ranges.y.lowerBound
        #expect(abs(width / height - 3) < 1e-9)
        #expect(abs(height - 2.24) < 1e-9)
        #expect(script.contains("set terminal pngcairo size 1070,360 "))
        #expect(script.contains("set size ratio -1"))
        // In a grid, wide panels get fewer columns so that the picture still fits a slide.
        guard case .grid(let columns, _, _) = try Grid([strip, strip, strip]).layout().arrangement else {
            Issue.record("not a grid")
            return
        }
        #expect(columns == 1)
        #expect(throws: FigureError.self) { try Scatter(Self.points, labels: Self.labels).aspect(0).layout() }
    }

    @Test func legendsNameClassesWhenTheDataOrTheCallDo() throws {
        let data = Dataset(name: "named", points: Self.points, labels: Self.labels, classNames: ["A", "B"])
        for figure: any Figure in [Scatter(data), Scatter(Self.points, of: data),
                                   Trajectories([Self.points], labels: Self.labels, classNames: ["A", "B"]),
                                   Animation(snapshots: [(0, Self.points), (1, Self.points)], labels: Self.labels,
                                             title: "t", classNames: ["A", "B"])] {
            let script = try PlottingFixtures.script(figure)
            #expect(script.contains("title 'A'") && script.contains("title 'B'"))
            #expect(!script.contains("title '0'"))
        }
    }

    @Test func oneLossCurveHasNoLegendAndTwoHaveOne() throws {
        let one = try PlottingFixtures.script(LossCurves(["loss": [3, 2, 1]]))
        #expect(!one.contains("keyentry"))
        #expect(one.contains("unset key"))
        let two = try PlottingFixtures.script(LossCurves(["a": [3, 2, 1], "b": [2, 2, 1]]))
        #expect(two.contains("title 'a'") && two.contains("title 'b'"))
    }

    @Test func aHistogramOfSimilaritiesSaysSo() throws {
        let similarities = try PlottingFixtures.script(Histogram(positive: [0.9], negative: [0.1], measure: .similarity))
        #expect(similarities.contains("set xlabel \"similarity\""))
        let distances = try PlottingFixtures.script(Histogram(positive: [0.9], negative: [0.1]))
        #expect(distances.contains("set xlabel \"distance\""))
    }

    /// CIE76 distance between two `#RRGGBB` colours in CIELAB (D65).
    static func labDistance(_ a: String, _ b: String) -> Double {
        func lab(_ hex: String) -> [Double] {
            let digits = Array(hex.dropFirst())
            let rgb = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0 ... $0 + 1]), radix: 16)!) / 255 }
                .map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
            let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
            let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
            let f = { (v: Double) in v > 0.008856 ? cbrt(v) : 7.787 * v + 16 / 116 }
            return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
        }
        return zip(lab(a), lab(b)).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    }

    @Test func edgeColoursStandApartFromEveryClassColour() {
        for edge in [Palette.positive, Palette.negative] {
            let nearest = Palette.colors.map { Self.labDistance(edge, $0) }.min() ?? 0
            #expect(nearest > 35, "\(edge) is \(nearest) from a class colour")
        }
        // Twelve classes, twelve colours, none two alike.
        #expect(Set(Palette.colors).count >= 12)
        for i in Palette.colors.indices {
            for j in Palette.colors.indices where j > i {
                #expect(Self.labDistance(Palette.colors[i], Palette.colors[j]) > 25, "\(Palette.colors[i]) vs \(Palette.colors[j])")
            }
        }
    }

    @Test func edgesAreStrongNotFaint() throws {
        let few = try PlottingFixtures.script(Scatter(Self.points, labels: Self.labels, positivePairs: [(0, 1)], negativePairs: [(0, 2)]))
        #expect(few.contains("with vectors nohead lw 1.6 dt 1 lc rgb '#192B2BA8'"))
        #expect(few.contains("with vectors nohead lw 1.6 dt 2 lc rgb '#19C1002B'"))
    }
}

extension ImageFormat {
    /// The formats a still figure can be drawn in.
    static let allDrawn: [ImageFormat] = [.png, .svg, .pdf, .gif]
}
