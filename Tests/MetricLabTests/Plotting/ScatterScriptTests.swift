import Foundation
@testable import MetricLab
import Testing

/// What the script of an embedding scatter holds: its data, the class styles, bold points, edges.
@Suite struct ScatterScriptTests {
    let points = PlottingFixtures.points
    let labels = PlottingFixtures.labels

    @Test func eachClassGetsItsPointsColourAndShape() throws {
        let script = try PlottingFixtures.script(Scatter(points, labels: labels, title: "two classes"))
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 0", "1 0"])
        #expect(PlottingFixtures.block("$data2", in: script) == ["0 2", "1 2"])
        #expect(script.contains("$data1 with points pt 7 ps 1.1 lc rgb '#0072B2' notitle"))
        #expect(script.contains("$data2 with points pt 5 ps 1.1 lc rgb '#E69F00' notitle"))
        #expect(script.contains("keyentry with points pt 7 ps 1.2 lc rgb '#0072B2' title '0'"))
        #expect(script.contains("keyentry with points pt 5 ps 1.2 lc rgb '#E69F00' title '1'"))
        #expect(script.contains("set title 'two classes'"))
        #expect(script.contains("set size ratio -1"))
    }

    @Test func equalAxesGetEqualPaddedRanges() throws {
        let script = try PlottingFixtures.script(Scatter(points, labels: labels))
        // Data span 1 × 2; padded by 6% of each span, the x range then widens to the y range's 2.24.
        #expect(script.contains("set yrange [-0.12:2.12]"))
        #expect(script.contains("set xrange [-0.62:1.62]"))
    }

    @Test func aClassKeepsItsStyleWhateverOtherClassesArePresent() throws {
        let onlyThree = try PlottingFixtures.script(Scatter(Tensor([[0, 0]]), labels: [3]))
        #expect(onlyThree.contains("pt 13 ps 1.1 lc rgb '#CC79A7'"))
        #expect(Palette.classShape(15) != Palette.classShape(3))
        #expect(Palette.classColor(15) == Palette.classColor(3))
    }

    @Test func manyClassesLeaveOutTheLegend() throws {
        let twenty = try PlottingFixtures.script(Scatter(Tensor((0 ..< 20).map { [Double($0), 0] }), labels: Array(0 ..< 20)))
        #expect(twenty.components(separatedBy: "keyentry").count - 1 == 20)
        let more = try PlottingFixtures.script(Scatter(Tensor((0 ..< 21).map { [Double($0), 0] }), labels: Array(0 ..< 21)))
        #expect(!more.contains("keyentry"))
        #expect(more.contains("unset key"))
    }

    @Test func highlightedPointsAreDrawnBoldWithABlackOutline() throws {
        let script = try PlottingFixtures.script(Scatter(points, labels: labels, highlighted: [1]))
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 0"])
        #expect(PlottingFixtures.block("$data3", in: script) == ["1 0"])
        #expect(script.contains("$data3 with points pt 7 ps 2.42 lc rgb '#000000' notitle"))
        #expect(script.contains("$data3 with points pt 7 ps 1.5004 lc rgb '#0072B2' notitle"))
    }

    @Test func pairsAreBlueAndDashedRedEdges() throws {
        let script = try PlottingFixtures.script(Scatter(points, labels: labels, positivePairs: [(0, 1)],
                                                         negativePairs: [(0, 2), (1, 3)]))
        // Edges are stored as origin and offset for `with vectors`, drawn below the points.
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 0 0 2", "1 0 0 2"])
        #expect(PlottingFixtures.block("$data2", in: script) == ["0 0 1 0"])
        #expect(script.contains("$data1 using 1:2:3:4 with vectors nohead lw 1.6 dt 2 lc rgb '#19C1002B'"))
        #expect(script.contains("$data2 using 1:2:3:4 with vectors nohead lw 1.6 dt 1 lc rgb '#192B2BA8'"))
        #expect(script.contains("title 'positive pair'"))
        #expect(script.contains("title 'negative pair'"))
    }

    @Test func textLabelsAndUnitCircle() throws {
        let script = try PlottingFixtures.script(Scatter(points, labels: labels, pointLabels: [3: "A2", 0: "A1"],
                                                         unitCircle: true))
        let circle = PlottingFixtures.block("$data1", in: script)
        #expect(circle.count == 181)
        #expect(circle.first == "1 0")
        #expect(circle[45] == "6.12323e-17 1")
        #expect(PlottingFixtures.block("$data4", in: script) == ["0 0 \"A1\"", "1 2 \"A2\""])
        #expect(script.contains("with labels"))
    }

    @Test func namedClassesAndQuotesInTitles() throws {
        let script = try PlottingFixtures.script(Scatter(points, labels: labels, title: "Song's figure",
                                                         classNames: ["A", "B"]))
        #expect(script.contains("set title 'Song''s figure'"))
        #expect(script.contains("title 'A'"))
        #expect(script.contains("title 'B'"))
    }

    @Test func notFiniteCoordinatesAreLeftOutAndCounted() throws {
        let script = try PlottingFixtures.script(Scatter(Tensor([[0, 0], [.nan, 1], [1, .infinity]]), labels: [0, 0, 0]))
        #expect(PlottingFixtures.block("$data1", in: script) == ["0 0", "NaN 1", "1 NaN"])
        #expect(script.contains("set xlabel \"2 of 3 points not finite, not drawn\""))
        #expect(script.contains("set xrange [-0.5:0.5]"))
    }

    @Test func noPointsGiveAnEmptyPanelSayingSo() throws {
        let script = try PlottingFixtures.script(Scatter(Tensor(rows: 0, cols: 2, scalars: []), labels: []))
        #expect(script.contains("set label 'no data'"))
        #expect(script.contains("plot NaN notitle"))
    }

    @Test func inconsistentDataIsAClearError() {
        let mismatch = #expect(throws: FigureError.self) { try Scatter(points, labels: [0, 1]).layout() }
        #expect(mismatch?.description == "Scatter: 4 points but 2 labels")
        let outside = #expect(throws: FigureError.self) {
            try Scatter(points, labels: labels, title: "run", highlighted: [7]).layout()
        }
        #expect(outside?.description == "Scatter 'run': row 7 is out of range for 4 points")
        let shape = #expect(throws: FigureError.self) { try Scatter(Tensor([[1, 2, 3]]), labels: [0]).layout() }
        #expect(shape?.description == "Scatter: points need 2 columns (x, y), got 1×3")
    }

    @Test func edgesFromTripletsAndMasksAreEachPairOnce() throws {
        var triplets = TripletIndices()
        triplets.anchors = [0, 1, 0]
        triplets.positives = [1, 0, 1]
        triplets.negatives = [2, 3, 3]
        let fromTriplets = try PlottingFixtures.script(Scatter(points, labels: labels, triplets: triplets))
        #expect(PlottingFixtures.block("$data1", in: fromTriplets) == ["0 0 0 2", "0 0 1 2", "1 0 0 2"])
        #expect(PlottingFixtures.block("$data2", in: fromTriplets) == ["0 0 1 0"])
        let fromMasks = try PlottingFixtures.script(Scatter(points, labels: labels, positives: .positivePairs(labels),
                                                            negatives: Mask(rows: 4, cols: 4) { $0 == 0 && $1 == 3 }))
        #expect(PlottingFixtures.block("$data1", in: fromMasks) == ["0 0 1 2"])
        #expect(PlottingFixtures.block("$data2", in: fromMasks) == ["0 0 1 0", "0 2 1 0"])
    }
}
