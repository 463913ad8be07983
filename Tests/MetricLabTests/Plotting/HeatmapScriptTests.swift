import Foundation
@testable import MetricLab
import Testing

/// What a heatmap's script holds: the matrix with row 0 on top, its range, named rows and columns,
/// and refusals of matrices it cannot draw.
@Suite struct HeatmapScriptTests {
    @Test func rowZeroIsOnTopWithNamedRowsAndColumns() throws {
        let script = try PlottingFixtures.script(Heatmap([[1, 0.5], [0.25, 1]], title: "language", labels: ["cat", "car"], range: 0 ... 1))
        #expect(PlottingFixtures.block("$data1", in: script) == ["0.25 1", "1 0.5"])
        #expect(script.contains("matrix with image"))
        #expect(script.contains("set cbrange [0:1]"))
        #expect(script.contains("set xtics ('cat' 0, 'car' 1) rotate by 90 right"))
        #expect(script.contains("set ytics ('cat' 1, 'car' 0)"))
        #expect(script.contains("set xrange [-0.5:1.5]") && script.contains("set yrange [-0.5:1.5]"))
        #expect(script.contains("set title 'language'"))
    }

    @Test func theRangeIsTheDataUnlessGiven() throws {
        let script = try PlottingFixtures.script(Heatmap(Tensor([[-0.5, 2], [0, 1]])))
        #expect(script.contains("set cbrange [-0.5:2]"))
        #expect(script.contains("unset xtics") && script.contains("unset ytics"))
    }

    @Test func matricesItCannotDrawAreRefused() {
        func refusal(_ heatmap: Heatmap) -> String? {
            do { _ = try heatmap.layout(); return nil } catch { return "\(error)" }
        }
        #expect(refusal(Heatmap([[1, 2], [3]])) == "Heatmap: the matrix must be a non-empty rectangle")
        #expect(refusal(Heatmap([[1, 2], [3, 4]], title: "h", labels: ["a", "b", "c"])) == "Heatmap 'h': 3 labels for a 2×2 matrix")
        #expect(refusal(Heatmap([[1, .nan], [3, 4]])) == "Heatmap: a value is not finite")
        #expect(refusal(Heatmap([[1, 2], [3, 4]], range: 1 ... 1)) == "Heatmap: the range must have positive width")
    }
}
