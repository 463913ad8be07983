import Foundation
@testable import MetricLab
import Testing

/// What the scripts of the other figure kinds hold: curves, arrows, histograms, regions, grids,
/// animations, overlays.
@Suite struct FigureScriptTests {
    @Test func movingAverageIsCentredAndNarrowsAtTheEnds() {
        let smoothed = LossCurves.movingAverage([1, 2, 3, 4, 10], window: 3)
        #expect(smoothed == [1.5, 2, 3, 17.0 / 3, 7])
        #expect(LossCurves.movingAverage([1, .nan, 3], window: 3) == [1, 2, 3])
    }

    @Test func lossCurvesDrawRawSmoothedAndMarkers() throws {
        let values = (0 ..< 50).map { Double(50 - $0) }
        let script = try PlottingFixtures.script(LossCurves([
            LossCurves.Series("triplet", values, metricSteps: [0, 49]),
            LossCurves.Series("lifted", values.map { $0 / 2 }),
        ], smoothing: 5))
        let raw = PlottingFixtures.block("$data1", in: script)
        #expect(raw.count == 50)
        #expect(raw[0] == "0 50")
        let smooth = PlottingFixtures.block("$data2", in: script)
        #expect(smooth[0] == "0 49")
        #expect(smooth[10] == "10 40")
        #expect(PlottingFixtures.block("$data3", in: script) == ["0 49", "49 2"])
        #expect(script.contains("$data1 with lines lw 1 dt 1 lc rgb '#B30072B2' notitle"))
        #expect(script.contains("$data2 with lines lw 2 dt 1 lc rgb '#000072B2' notitle"))
        #expect(script.contains("$data3 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle"))
        #expect(script.contains("$data5 with lines lw 2 dt 2 lc rgb '#00E69F00' notitle"))
        #expect(script.contains("title 'triplet'"))
        #expect(script.contains("title 'lifted'"))
        #expect(script.contains("set xlabel \"step\""))
        #expect(script.contains("unset logscale"))
    }

    @Test func logScaleLeavesOutNonPositiveValuesAndSaysSo() throws {
        let script = try PlottingFixtures.script(LossCurves(["run": [1, 0.1, 0, 0.01]], logScale: true))
        #expect(script.contains("set logscale y"))
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 1", "1 0.1", "2 NaN", "3 0.01"])
        #expect(script.contains("set xlabel \"step\\nrun: 1 of 4 values not positive or not finite, not drawn\""))
        // Exponents -2…0 padded by 6% each side.
        #expect(script.contains("set yrange [0.00758578:1.31826]"))
    }

    @Test func aDivergedRunKeepsItsWholeStepRange() throws {
        let script = try PlottingFixtures.script(LossCurves(["run": [2, 1, .nan, .nan, .nan]]))
        // Steps 0…4 padded by 6%; values 1…2 padded by 6%.
        #expect(script.contains("set xrange [-0.24:4.24]"))
        #expect(script.contains("set yrange [0.94:2.06]"))
    }

    @Test func equalValuesGetAUnitWideHistogram() throws {
        let script = try PlottingFixtures.script(Histogram(positive: [3, 3], negative: [], bins: 2))
        #expect(PlottingFixtures.block("$data1", in: script) == ["2.75 0", "3.25 2"])
    }

    @Test func aLogAxisWithinADecadeGetsOneTwoFiveTicks() throws {
        let narrow = try PlottingFixtures.script(LossCurves(["run": [0.9, 0.5, 0.15]], logScale: true))
        #expect(narrow.contains("set ytics (0.2, 0.5, 1)"))
        let finer = try PlottingFixtures.script(LossCurves(["run": [0.9, 0.25]], logScale: true))
        #expect(finer.contains("set ytics (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)"))
        let tiny = try PlottingFixtures.script(LossCurves(["run": [0.35, 0.25]], logScale: true))
        #expect(tiny.contains("set ytics autofreq"))
        let wide = try PlottingFixtures.script(LossCurves(["run": [100, 1, 0.01]], logScale: true))
        #expect(wide.contains("set ytics autofreq"))
    }

    @Test func lossCurvesRejectStepsThatDoNotMatchTheValues() {
        #expect(throws: FigureError.self) {
            try LossCurves([LossCurves.Series("run", [1, 2], steps: [0])]).layout()
        }
    }

    @Test func fittedArrowsShareOneScaleAcrossLayers() throws {
        let origins = Tensor([[0, 0], [1, 0]])
        let script = try PlottingFixtures.script(Overlay {
            Arrows(origins, Tensor([[2, 0], [1, 0]]), color: .attraction)
            Arrows(origins, Tensor([[0, 0], [0, -0.5]]), color: .repulsion)
        })
        // Span of the origins is 1 and the longest vector 2: scale 0.15 · 1 / 2 for both layers.
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 0 0.15 0", "1 0 0.075 0"])
        #expect(PlottingFixtures.block("$data2", in: script) == ["1 0 0 -0.0375"])
        #expect(script.contains("dt 1 lc rgb '#2B2BA8' notitle"))
        #expect(script.contains("dt 2 lc rgb '#C1002B' notitle"))
        #expect(script.contains("title 'attraction'"))
        #expect(script.contains("title 'repulsion'"))
    }

    @Test func arrowsAtAGivenFactorAreDrawnAtThatFactor() throws {
        let script = try PlottingFixtures.script(Arrows(Tensor([[1, 1]]), Tensor([[1, 2]]), scale: .factor(0.5)))
        #expect(PlottingFixtures.block("$data1", in: script) == ["1 1 0.5 1"])
        #expect(script.contains("title 'gradient step'"))
    }

    @Test func histogramBarsAreDensitiesOnSharedBins() throws {
        let script = try PlottingFixtures.script(Histogram(positive: [0, 0, 1, 1], negative: [1, 2], bins: 2))
        // Bins [0, 1) and [1, 2]; each group integrates to one.
        #expect(PlottingFixtures.block("$data1", in: script) == ["0.5 0.5", "1.5 0.5"])
        #expect(PlottingFixtures.block("$data2", in: script) == ["0.5 0", "1.5 1"])
        #expect(script.contains("with boxes fs transparent solid 0.45"))
        #expect(script.contains("with boxes fs transparent pattern 5"))
        #expect(script.contains("title 'positive pairs'"))
        #expect(script.contains("title 'negative pairs'"))
        #expect(script.contains("set yrange [0:1.06]"))
    }

    @Test func regionsAskTheClassifierOnceForEveryCellCentre() throws {
        nonisolated(unsafe) var calls: [Tensor] = []
        let regions = Regions(x: 0 ... 2, y: 0 ... 1, resolution: 2) { grid in
            calls.append(grid)
            return (0 ..< grid.rows).map { grid[$0, 0] > 1 ? 2 : 0 }
        }
        #expect(calls.count == 1)
        #expect(calls.first?.rowArrays == [[0.5, 0.25], [1.5, 0.25], [0.5, 0.75], [1.5, 0.75]])
        let script = try PlottingFixtures.script(regions)
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 2", "0 2"])
        #expect(script.contains("set palette defined (0 '#B3D5E8', 1 '#F8E2B3', 2 '#B3E2D5')"))
        #expect(script.contains("matrix using (0.5+$1*1):(0.25+$2*0.5):3 with image"))
        #expect(script.contains("set xrange [0:2]"))
        #expect(script.contains("set yrange [0:1]"))
    }

    @Test func regionsRejectARaggedGrid() {
        #expect(throws: FigureError.self) { try Regions(x: 0 ... 1, y: 0 ... 1, classes: [[0, 1], [0]]).layout() }
        let short = #expect(throws: FigureError.self) {
            try Regions(x: 0 ... 1, y: 0 ... 1, resolution: 3, title: "mlp") { _ in [0, 1] }.layout()
        }
        #expect(short?.description == "Regions 'mlp': the classifier returned 2 classes for 9 grid points")
    }

    @Test func gridPanelsShareRangesAndOneLegend() throws {
        let near = Scatter(Tensor([[0, 0], [1, 1]]), labels: [0, 1], title: "near")
        let far = Scatter(Tensor([[0, 0], [4, 4]]), labels: [0, 2], title: "far")
        let script = try PlottingFixtures.script(Grid([near, far], title: "two losses"))
        #expect(script.contains("set multiplot title 'two losses'"))
        let xRanges = script.split(separator: "\n").filter { $0.hasPrefix("set xrange") }
        #expect(xRanges.prefix(2) == ["set xrange [-0.24:4.24]", "set xrange [-0.24:4.24]"])
        #expect(script.components(separatedBy: "\nplot ").count - 1 == 3)
        // One row of 300 px under a 30 px title, over a 36 px legend: panels start 36/366 up.
        #expect(script.contains("set origin 0,0.0983607"))
        #expect(script.contains("set origin 0.5,0.0983607"))
        #expect(script.contains("keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0'"))
        #expect(script.contains("keyentry with points pt 9 ps 1.2 lc rgb '#009E73' title '2'"))
        #expect(script.hasSuffix("unset multiplot\nunset output\n"))
    }

    @Test func gridsCannotNestAndNeedFigures() {
        let inner = Grid([Scatter(PlottingFixtures.points, labels: PlottingFixtures.labels)])
        #expect(throws: FigureError.self) { try Grid([inner]).layout() }
        #expect(throws: FigureError.self) { try Grid([]).layout() }
        #expect(throws: FigureError.self) { try Overlay { inner }.layout() }
    }

    @Test func gridColumnsDefaultToEvenRowsOfAtMostFour() throws {
        let panel = Scatter(PlottingFixtures.points, labels: PlottingFixtures.labels)
        let columns = try [1, 3, 4, 5, 6, 8, 9].map { count -> Int in
            guard case .grid(let columns, _, _) = try Grid(Array(repeating: panel, count: count)).layout().arrangement
            else { return 0 }
            return columns
        }
        #expect(columns == [1, 3, 4, 3, 3, 4, 3])
    }

    @Test func animationFramesShareAxesAndNameTheirStep() throws {
        let animation = Animation(snapshots: [(step: 0, embedding: Tensor([[0, 0], [1, 0]])),
                                              (step: 100, embedding: Tensor([[0, 0], [3, 0]]))],
                                  labels: [0, 1], title: "triplet", secondsPerFrame: 0.2)
        let script = try PlottingFixtures.script(animation, label: "movie")
        #expect(script.contains("set terminal gif animate delay 20 loop 0 size 530,480"))
        #expect(script.contains("set output 'movie.gif'"))
        #expect(script.contains("set title 'triplet, step 0'"))
        #expect(script.contains("set title 'triplet, step 100'"))
        let xRanges = script.split(separator: "\n").filter { $0.hasPrefix("set xrange") }
        #expect(xRanges == ["set xrange [-0.18:3.18]", "set xrange [-0.18:3.18]"])
        // libgd draws text wider than gnuplot measures it: the legend gets room to spare, and a
        // still figure, drawn by cairo, does not need it.
        #expect(script.contains("set key outside right top vertical Left reverse samplen 2 spacing 1.1 width 2 nobox"))
        let still = try PlottingFixtures.script(Scatter(Tensor([[0, 0], [1, 0]]), labels: [0, 1]), label: "still")
        #expect(still.contains("spacing 1.1 nobox"))
    }

    @Test func overlayKeepsTheFirstTitleAndDrawsInOrder() throws {
        let script = try PlottingFixtures.script(Overlay {
            Scatter(PlottingFixtures.points, labels: PlottingFixtures.labels, title: "below")
            Scatter(Tensor([[0.5, 1]]), labels: [0], title: "above", bold: true)
        })
        #expect(script.contains("set title 'below'"))
        #expect(!script.contains("above"))
        #expect(PlottingFixtures.block("$data3", in: script) == ["0.5 1"])
        #expect(script.components(separatedBy: "title '0'").count - 1 == 1)
    }

    /// A figure written as raw gnuplot commands, as a notebook may define for a one-off picture.
    struct Parabola: Figure {
        func gnuplotBody() -> String { "set key off\nplot x**2 with lines lw 2" }
    }

    @Test func aFigureOfRawCommandsIsDrawnByThemAlone() throws {
        let script = try PlottingFixtures.script(Parabola(), label: "fig-hello")
        #expect(script.hasSuffix("set output 'fig-hello.png'\nset border lw 1 lc rgb '#404040'\nset tics nomirror out scale 0.6 tc rgb '#404040'\nset format '%g'\nset style fill solid 1 noborder\nset linetype 1 lc rgb '#0072B2' pt 7\nset linetype 2 lc rgb '#E69F00' pt 5\nset linetype 3 lc rgb '#009E73' pt 9\nset linetype 4 lc rgb '#CC79A7' pt 13\nset linetype 5 lc rgb '#D55E00' pt 11\nset linetype 6 lc rgb '#56B4E9' pt 6\nset linetype 7 lc rgb '#F0E442' pt 15\nset linetype 8 lc rgb '#000000' pt 4\nset linetype 9 lc rgb '#882255' pt 7\nset linetype 10 lc rgb '#999933' pt 5\nset linetype 11 lc rgb '#8C510A' pt 9\nset linetype 12 lc rgb '#888888' pt 13\nset linetype cycle 12\nset key off\nplot x**2 with lines lw 2\nunset output\n"))
        #expect(throws: FigureError.self) { try Grid([Parabola()]).layout() }
        #expect(throws: FigureError.self) { try Overlay { Parabola() }.layout() }
    }

    @Test func trajectoriesDrawEachRowsPathAndItsEndBold() throws {
        let script = try PlottingFixtures.script(Trajectories(
            [Tensor([[0, 0], [1, 1]]), Tensor([[0, 1], [2, 1]]), Tensor([[0, 2], [3, 1]])], labels: [0, 1]))
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 0", "0 1", "0 2"])
        #expect(PlottingFixtures.block("$data2", in: script) == ["1 1", "2 1", "3 1"])
        #expect(script.contains("$data2 with lines lw 1.5 dt 1 lc rgb '#33E69F00' notitle"))
        #expect(PlottingFixtures.block("$data3", in: script) == ["0 2"])
        #expect(script.contains("$data3 with points pt 7 ps 2.42 lc rgb '#000000' notitle"))
        #expect(throws: FigureError.self) { try Trajectories([Tensor([[0, 0]]), Tensor([[0, 0], [1, 1]])], labels: [0]).layout() }
        let overlaid = try PlottingFixtures.script(Overlay {
            Scatter(Tensor([[0, 0]]), labels: [0], classNames: ["A"])
            Trajectories([Tensor([[1, 1]])], labels: [0])
        })
        #expect(overlaid.components(separatedBy: "keyentry").count - 1 == 1)
    }
}
