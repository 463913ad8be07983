import CKernels
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The all-triplets hinge sum in eight lanes a row, against the row-by-row definition: the lane
/// order written out here gives its value bit for bit on eight lanes, four (AVX2) and one, the one chain
/// over every term it replaced gives the same gradient and counts and a value within a few ulps;
/// with ties (t = 0), −0 and NaN among the distances, and rows on the cores.
@Suite struct HingePairRowTests {
    /// A matrix of distances with ties, −0 and, if asked, a NaN; masks that leave some rows with
    /// no first or no second entry, and lengths that leave every tail of eight.
    func case_(_ n: Int, _ c: Int, nan: Bool) -> (x: Tensor, first: Mask, second: Mask) {
        var values = randomTensor(n, c, seed: 31, scale: 1).scalars
        for t in values.indices where t % 13 == 5 { values[t] = 0.25 }
        for t in values.indices where t % 17 == 3 { values[t] = -0.0 }
        if nan { values[values.count / 2] = .nan }
        let first = Mask(rows: n, cols: c) { i, j in i % 5 != 1 && (i + 2 * j) % 7 < 2 }
        let second = Mask(rows: n, cols: c) { i, j in i % 6 != 2 && (i + 2 * j) % 7 >= 2 && (i * j) % 3 != 1 }
        return (Tensor(rows: n, cols: c, scalars: values), first, second)
    }

    /// The row's terms in the documented lane order.
    func laneTotal(_ xa: [Double], _ xb: [Double]) -> Double {
        var l = [Double](repeating: 0, count: 8)
        for a in xa { for (m, b) in xb.enumerated() { let t = a - b; l[m % 8] = l[m % 8] + (t < 0 ? 0 : t) } }
        return ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]))
    }

    /// A row's ninth entry goes to lane 0, beside the 1e16 there, where it rounds away (1e16 + 1 is
    /// 1e16): in lane 1 it would survive and give 1e16 + 8.
    @Test func aTailEntryKeepsItsLane() {
        let xb: [Double] = [-1e16] + [Double](repeating: -1, count: 8)
        for lanes: Int32 in [1, 4, 8] where lanes <= GEMM.kernel.lanes {
            var total = 0.0, positive = 0, firstSlopes = [0.0], secondSlopes = [Double](repeating: 0, count: 9)
            metriclab_hinge_pair_row([0], 1, xb, 9, lanes, &total, &positive, &firstSlopes, &secondSlopes)
            #expect(total == 1e16 + 6 && positive == 9 && firstSlopes == [9], "\(lanes) lanes: \(total)")
        }
    }

    /// Lanes whose sums round differently in another order: ((1e16 + 1) + (1 + 1)) + ((1 + 1) + (1 + 1)) is
    /// 1e16 + 6, where adding the ones one by one to 1e16 leaves 1e16.
    @Test func lanesCombineInPairs() {
        let xb: [Double] = [-1e16, -1, -1, -1, -1, -1, -1, -1]
        for lanes: Int32 in [1, 4, 8] where lanes <= GEMM.kernel.lanes {
            var total = 0.0, positive = 0, firstSlopes = [0.0], secondSlopes = [Double](repeating: 0, count: 8)
            metriclab_hinge_pair_row([0], 1, xb, 8, lanes, &total, &positive, &firstSlopes, &secondSlopes)
            #expect(total == 1e16 + 6 && positive == 8 && firstSlopes == [8] && secondSlopes == [Double](repeating: 1, count: 8), "\(lanes) lanes: \(total)")
        }
    }

    @Test(arguments: [(1, 1), (9, 13), (40, 37), (300, 130)])
    func laneSumsAndTheChainsGradient(n: Int, c: Int) {
        let offset = 0.25
        for nan in [false, true] {
            let (x, first, second) = case_(n, c, nan: nan)
            var laneValue = 0.0, chain = 0.0, terms = 0, positive = 0
            var coefficients = [Double](repeating: 0, count: n * c)
            for i in 0 ..< n {
                let a = (0 ..< c).filter { first[i, $0] }, b = (0 ..< c).filter { second[i, $0] }
                guard !a.isEmpty, !b.isEmpty else { continue }
                laneValue = laneValue + laneTotal(a.map { x[i, $0] + offset }, b.map { x[i, $0] })
                for ja in a {
                    for jb in b {
                        let t = (x[i, ja] + offset) - x[i, jb], y = t < 0 ? 0 : t
                        chain += y
                        terms += 1
                        positive += y > 0 ? 1 : 0
                        coefficients[i * c + ja] += t > 0 ? 1 : 0
                        coefficients[i * c + jb] -= t > 0 ? 1 : 0
                    }
                }
            }
            for lanes: Int32 in [1, 4, 8] where lanes <= GEMM.kernel.lanes {
                var sum: TermSum?
                let gradient = valueWithGradient(at: [x]) { v in
                    sum = v[0].hingeRowPairDifferenceSum(first, minus: second, plus: offset, lanes: lanes)
                    return sum!.total
                }
                let label = "\(n)×\(c), NaN \(nan), \(lanes) lanes"
                #expect(gradient.value.bitPattern == laneValue.bitPattern, "\(label): \(gradient.value) against \(laneValue)")
                #expect(gradient.gradients[0].scalars == coefficients, "\(label)")
                #expect(sum?.terms == terms && sum?.positive == positive, "\(label)")
                if !nan { #expect(abs(gradient.value - chain) <= 1e-13 * Swift.max(1, abs(chain)), "\(label): \(gradient.value) against \(chain)") }
                else if terms > 0 { #expect(gradient.value.isNaN == chain.isNaN, "\(label)") }
            }
        }
    }
}
