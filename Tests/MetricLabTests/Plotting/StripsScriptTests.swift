import Foundation
@testable import MetricLab
import Testing

/// What a strip chart's script holds: a named row per group, a dot per value, a bar at each mean.
@Suite struct StripsScriptTests {
    @Test func eachGroupIsARowOfDotsWithItsMeanAsABar() throws {
        let figure = Strips([("contrastive", [0.7, 0.68, 0.72]), ("proxy-anchor", [0.25, .nan, 0.35])],
                            xLabel: "test MAP@R", title: "ten seeds")
        let script = try PlottingFixtures.script(figure)
        #expect(script.contains("set ytics ('contrastive' 0, 'proxy-anchor' 1)"))
        #expect(script.contains("set yrange [1.5:-0.5]"))
        #expect(script.contains("set xlabel 'test MAP@R'"))
        #expect(script.contains("set title 'ten seeds'"))
        #expect(PlottingFixtures.block("$dots", in: script) == ["0.7 0", "0.68 0", "0.72 0", "0.25 1", "NaN 1", "0.35 1"])
        // Means of the finite values, (0.7 + 0.68 + 0.72) / 3 and (0.25 + 0.35) / 2, at the top of their rows.
        #expect(PlottingFixtures.block("$means", in: script) == ["0.7 -0.4", "0.3 0.6"])
    }

    @Test func aGroupWithoutFiniteValuesHasNoBar() {
        #expect(Strips.mean([.nan, .infinity]).isNaN)
        #expect(Strips.mean([]).isNaN)
        #expect(Strips.mean([1, 2, 6]) == 3)
    }

    @Test func quotesInNamesDoNotBreakTheScript() throws {
        let script = try PlottingFixtures.script(Strips([("Xing's MMC", [1])]))
        #expect(script.contains("set ytics ('Xing''s MMC' 0)"))
    }
}
