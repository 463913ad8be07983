import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct SmoothAPTests {
    let labels = [0, 0, 0, 1, 1, 1, 2, 2, 2]
    let x = randomTensor(9, 3, seed: 71)

    /// Smooth-AP written out: for each query, each member k of its class, the two soft ranks.
    func byFormula(_ x: Tensor, _ labels: [Int], temperature: Double) -> Double {
        let s = x.cosineSimilarities().detached, n = labels.count
        func rank(_ q: Int, _ k: Int, among set: [Int]) -> Double {
            1 + set.filter { $0 != k }.reduce(0) { $0 + 1 / (1 + exp(-(s[q, $1] - s[q, k]) / temperature)) }
        }
        var total = 0.0
        for q in 0 ..< n {
            let own = labels.indices.filter { labels[$0] == labels[q] }
            let ap = own.reduce(0) { $0 + rank(q, $1, among: own) / rank(q, $1, among: Array(0 ..< n)) } / Double(own.count)
            total += 1 - ap
        }
        return total / Double(n)
    }

    /// Unit vectors at 0°, 100° (class 0) and 30°, 220° (class 1), at τ = 10⁻⁴ where the sigmoid is a
    /// step. Query 0° ranks 0°, 30°, 100°, 220°: its class mate comes 2nd of its class and 3rd
    /// overall, AP = (1/1 + 2/3)/2. Query 100° ranks 100°, 30°, 0°, 220°: the same. Query 30° ranks
    /// 30°, 0°, 100°, 220° and query 220° ranks 220°, 100°, 0°, 30°: AP = (1/1 + 2/4)/2.
    @Test func valueByHand() throws {
        let points = Tensor([0.0, 100, 30, 220].map { [cos($0 * .pi / 180), sin($0 * .pi / 180)] })
        let value = try SmoothAP(temperature: 1e-4)(points, labels: [0, 0, 1, 1]).scalar
        let expected = (2 * (1 - 5.0 / 6) + 2 * (1 - 0.75)) / 4
        #expect(abs(value - expected) < 1e-12)
    }

    @Test func valueIsTheFormula() throws {
        for temperature in [0.01, 0.1, 1] {
            #expect(try abs(SmoothAP(temperature: temperature)(x, labels: labels).scalar - byFormula(x, labels, temperature: temperature)) < 1e-12)
        }
    }

    /// MetricLab reads the labels: shuffling the rows with their labels changes nothing (PML cuts the
    /// rows into consecutive blocks instead).
    @Test func rowOrderDoesNotMatter() throws {
        let order = [4, 0, 8, 2, 6, 1, 3, 7, 5]
        let shuffled = try SmoothAP(temperature: 0.1)(x.gatherRows(order), labels: order.map { labels[$0] }).scalar
        #expect(try abs(shuffled - SmoothAP(temperature: 0.1)(x, labels: labels).scalar) < 1e-14)
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        for loss in [SmoothAP(temperature: 0.1), SmoothAP(temperature: 0.5, reducer: .sum)] {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: labels) } < 1e-6)
        }
        let mined = SmoothAP(temperature: 0.2).mined(by: TripletMarginMiner(margin: 0.2, kind: .all))
        #expect(try gradientError(at: [x]) { try mined($0[0], labels: labels) } < 1e-6)
    }

    /// One class ranks only its own (AP 1, up to rounding); a batch of one likewise; classes of one are equal in
    /// size, and each query's AP is 1 over its rank in the batch.
    @Test func degenerateBatches() throws {
        for (points, labels) in [(x, [Int](repeating: 3, count: 9)), (randomTensor(1, 3, seed: 2), [0])] {
            let (value, g) = try valueWithGradient(at: [points]) { try SmoothAP(temperature: 0.1)($0[0], labels: labels) }
            #expect(abs(value) < 1e-12 && g[0].scalars.allSatisfy { abs($0) < 1e-12 })
        }
        let singles = Array(0 ..< 9)
        let (value, g) = try valueWithGradient(at: [x]) { try SmoothAP(temperature: 0.1)($0[0], labels: singles) }
        #expect(abs(value - byFormula(x, singles, temperature: 0.1)) < 1e-12 && g[0].scalars.allSatisfy(\.isFinite))
    }

    @Test func unequalClassesAreRefusedWithTheirCounts() {
        let error = LossError("Smooth-AP", "every class needs the same number of examples (as PML requires), got class 0: 3, "
                                         + "class 1: 2, class 5: 3; sample as many examples of each class")
        #expect(throws: error) { try SmoothAP()(randomTensor(8, 2, seed: 1), labels: [0, 5, 0, 1, 5, 0, 1, 5]) }
    }

    @Test func badConfigurationIsNamed() {
        #expect(throws: LossError("Smooth-AP", "the temperature τ must be positive, got 0.0")) { try SmoothAP(temperature: 0)(x, labels: labels) }
    }
}
