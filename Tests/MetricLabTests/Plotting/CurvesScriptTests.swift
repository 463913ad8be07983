import Foundation
@testable import MetricLab
import Testing

/// What a plot of named lines holds: each line's points in order, its colour, dash and legend
/// title, the axis labels, and equal axes only when asked.
@Suite struct CurvesScriptTests {
    @Test func eachLineIsDrawnThroughItsPointsWithItsTitle() throws {
        let script = try PlottingFixtures.script(Curves([
            Curves.Line("triplet", xs: [-1, 0, 0.5], ys: [-0.6, 0.4, 0.9]),
            Curves.Line("circle", xs: [0, 1], ys: [1, .nan]),
        ], title: "boundaries", xLabel: "s_n", yLabel: "s_p"))
        #expect(PlottingFixtures.block("$data1", in: script) == ["-1 -0.6", "0 0.4", "0.5 0.9"])
        #expect(PlottingFixtures.block("$data2", in: script) == ["0 1", "1 NaN"])
        #expect(script.contains("$data1 with lines lw 2.5 dt 1 lc rgb '#000072B2' notitle"))
        #expect(script.contains("$data2 with lines lw 2.5 dt 2 lc rgb '#00E69F00' notitle"))
        #expect(script.contains("keyentry with lines lw 2.5 dt 1 lc rgb '#000072B2' title 'triplet'"))
        #expect(script.contains("keyentry with lines lw 2.5 dt 2 lc rgb '#00E69F00' title 'circle'"))
        #expect(script.contains("set xlabel \"s_n\""))
        #expect(script.contains("set ylabel 's_p'"))
        #expect(script.contains("set title 'boundaries'"))
        #expect(script.contains("noratio"))
    }

    @Test func equalAxesKeepOneUnitTheSameLengthOnBoth() throws {
        let script = try PlottingFixtures.script(Curves([Curves.Line("arc", xs: [0, 1], ys: [1, 0])], equalAxes: true))
        #expect(script.contains("ratio -1"))
    }

    @Test func aLineWithMoreXsThanYsIsRefusedByName() {
        #expect(throws: FigureError.self) { try Curves([Curves.Line("short", xs: [0, 1], ys: [0])]).layout() }
        do {
            _ = try Curves([Curves.Line("short", xs: [0, 1], ys: [0])]).layout()
        } catch {
            #expect("\(error)" == "Curves 'short': 2 x values but 1 y values")
        }
    }
}
