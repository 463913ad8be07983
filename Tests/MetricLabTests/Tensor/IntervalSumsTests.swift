import MetricLab
import MetricLabTestSupport
import Testing

/// Soft histograms as interval sums: the grid, both binning ops against the values listed one by
/// one, the interpolation, running sums, and every gradient against central differences.
@Suite struct IntervalSumsTests {
    let nodes = HistogramNodes(start: -1, spacing: 0.5, count: 5)

    /// Σ w ⊙ t with fixed random weights, so that each output entry has its own gradient.
    func weighted(_ t: Tensor) -> Tensor { (t * randomTensor(t.rows, t.cols, seed: 77)).sum() }

    @Test func intervalsFloorAndClampAtTheEnds() {
        #expect(nodes.interval(of: -1.2) == 0)
        #expect(nodes.interval(of: -1) == 1)
        #expect(nodes.interval(of: -0.6) == 1)
        #expect(nodes.interval(of: 0.2) == 3)
        #expect(nodes.interval(of: 0.99) == 4)
        #expect(nodes.interval(of: 1) == 5)
        #expect(nodes.interval(of: 7) == 5)
        #expect(HistogramNodes(start: 0, spacing: 1, count: 1).interval(of: 0) == 1)
    }

    /// Row 0 holds −1.2, 0.2, 0.3 and 1 (the 9 is masked out); row 1 holds −0.6.
    @Test func rowSumsAndCountsByHand() {
        let x = Tensor([[-1.2, 0.2, 0.3, 1, 9], [-0.6, 5, 5, 5, 5]])
        let mask = Mask(rows: 2, cols: 5) { i, j in i == 0 ? j < 4 : j == 0 }
        let sums = x.rowIntervalSums(where: mask, nodes: nodes)
        #expect(sums.counts.rowArrays == [[1, 0, 0, 2, 0, 1], [0, 1, 0, 0, 0, 0]])
        #expect(maxAbsDifference(sums.sums.scalars, [-1.2, 0, 0, 0.5, 0, 1, 0, -0.6, 0, 0, 0, 0]) < 1e-15)
        // −1.2 wholly at node −1; 0.2 and 0.3 split 0.6/0.4 and 0.4/0.6 between 0 and 0.5; 1 at node 1;
        // −0.6 splits 0.2/0.8 between −1 and −0.5.
        let expected = [1, 0, 1, 1, 1, 0.2, 0.8, 0, 0, 0]
        #expect(maxAbsDifference(sums.histogram.scalars, expected) < 1e-14)
        #expect(sums.total == 5)
    }

    /// The histogram of random values against the triangular kernel max(0, 1 − |x − c|/Δ) summed
    /// entry by entry, with values clamped to the nodes' span.
    @Test func histogramIsTheTriangularKernel() {
        let x = randomTensor(4, 9, seed: 3, scale: 0.8)
        let mask = Mask(rows: 4, cols: 9) { ($0 * 9 + $1) % 3 != 0 }
        let histogram = x.rowIntervalSums(where: mask, nodes: nodes).histogram
        var expected = [Double](repeating: 0, count: 4 * 5)
        for i in 0 ..< 4 {
            for j in 0 ..< 9 where mask[i, j] {
                let v = min(max(x[i, j], -1), 1)
                for k in 0 ..< 5 { expected[i * 5 + k] += max(0, 1 - abs(v - nodes.node(k)) / 0.5) }
            }
        }
        #expect(maxAbsDifference(histogram.scalars, expected) < 1e-13)
    }

    /// Every difference x_ip − x_in listed and binned one by one gives the same sums and counts,
    /// ties and values past both ends included.
    @Test func pairDifferencesMatchTheListedValues() {
        var x = randomTensor(5, 8, seed: 5, scale: 0.7).scalars
        x[2] = x[5]
        x[9] = x[10]
        let matrix = Tensor(rows: 5, cols: 8, scalars: x)
        let first = Mask(rows: 5, cols: 8) { ($0 + $1) % 3 == 0 }, second = Mask(rows: 5, cols: 8) { ($0 + 2 * $1) % 3 == 1 }
        let fast = matrix.rowPairDifferenceIntervalSums(first, minus: second, nodes: nodes)
        var listed: [[Double]] = []
        for i in 0 ..< 5 {
            var row: [Double] = []
            for p in 0 ..< 8 where first[i, p] { for q in 0 ..< 8 where second[i, q] { row.append(matrix[i, p] - matrix[i, q]) } }
            listed.append(row)
        }
        for i in 0 ..< 5 {
            let one = Tensor(rows: 1, cols: listed[i].count, scalars: listed[i])
            let slow = one.rowIntervalSums(where: Mask(rows: 1, cols: one.cols) { _, _ in true }, nodes: nodes)
            #expect(fast.counts.row(i) == slow.counts.row(0))
            #expect(maxAbsDifference(fast.sums.row(i), slow.sums.row(0)) < 1e-14)
        }
        #expect(fast.counts.scalars.reduce(0, +) == Double(listed.joined().count))
        let perInterval = fast.counts.columnSums().scalars
        #expect(perInterval[0] > 0 && perInterval[5] > 0)
    }

    @Test func gradientsMatchFiniteDifferences() {
        let x = randomTensor(5, 7, seed: 8, scale: 0.6)
        let mask = Mask(rows: 5, cols: 7) { ($0 + $1) % 4 != 1 }
        let first = Mask(rows: 5, cols: 7) { ($0 + $1) % 3 == 0 }, second = Mask(rows: 5, cols: 7) { ($0 * $1) % 3 == 1 }
        #expect(gradientError(at: [x]) { weighted($0[0].rowIntervalSums(where: mask, nodes: nodes).sums) } < 1e-6)
        #expect(gradientError(at: [x]) { weighted($0[0].rowIntervalSums(where: mask, nodes: nodes).histogram) } < 1e-6)
        #expect(gradientError(at: [x]) { weighted($0[0].rowPairDifferenceIntervalSums(first, minus: second, nodes: nodes).sums) } < 1e-6)
        #expect(gradientError(at: [x]) {
            weighted($0[0].rowPairDifferenceIntervalSums(first, minus: second, nodes: nodes).columnSums().histogram)
        } < 1e-6)
    }

    /// Rows split over cores gather every interval in the order one pass over the matrix does,
    /// sums and gradients bit for bit, NaN, ±∞ and −0 included (a matrix large enough to split).
    @Test func rowSplitsKeepTheOnePassBits() {
        let (r, c) = (301, 257)
        var x = randomTensor(r, c, seed: 12, scale: 1.3).scalars
        for (t, special) in [(6, Double.nan), (700, .infinity), (9001, -.infinity), (40_000, -0.0), (77_001, 0)] { x[t] = special }
        let mask = Mask(rows: r, cols: c) { ($0 * 7 + $1 * 3) % 5 != 0 }
        let weights = randomTensor(r, nodes.count + 1, seed: 13)
        let (_, gradients) = valueWithGradient(at: [Tensor(rows: r, cols: c, scalars: x)]) {
            ($0[0].rowIntervalSums(where: mask, nodes: nodes).sums * weights).sum()
        }
        var sums = [Double](repeating: 0, count: r * (nodes.count + 1)), gradient = [Double](repeating: 0, count: r * c)
        for t in 0 ..< r * c where mask.bits[t] { sums[(t / c) * (nodes.count + 1) + nodes.interval(of: x[t])] += x[t] }
        for t in 0 ..< r * c where mask.bits[t] { gradient[t] += weights.scalars[(t / c) * (nodes.count + 1) + nodes.interval(of: x[t])] }
        let sumsTensor = Tensor(rows: r, cols: c, scalars: x).rowIntervalSums(where: mask, nodes: nodes).sums
        #expect(sumsTensor.scalars.map(\.bitPattern) == sums.map(\.bitPattern))
        #expect(gradients[0].scalars.map(\.bitPattern) == gradient.map(\.bitPattern))
        #expect(sums.contains { $0.isNaN } && sums.contains(.infinity) && sums.contains(-.infinity))
    }

    @Test func cumulativeRowSums() {
        let x = Tensor([[1, 2, 3], [-1, 0.5, 4]])
        #expect(x.cumulativeRowSums().rowArrays == [[1, 3, 6], [-1, -0.5, 3.5]])
        #expect(gradientError(at: [randomTensor(3, 4, seed: 9)]) { weighted($0[0].cumulativeRowSums()) } < 1e-6)
    }
}
