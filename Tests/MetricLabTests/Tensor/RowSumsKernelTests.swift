import CKernels
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The row sums' kernels, forward and back, on every width this CPU runs against one entry at a
/// time in Swift: each row added left to right from 0 (each entry times its row's factor, a
/// left-out entry adding 0), the pullback adding g[i] to the kept entries or writing 0 + g[i] and
/// 0. Row counts leave groups of eight, a group of four and single rows; widths leave tails of one
/// to three entries; the mask leaves out whole blocks and single entries; ±0, NaN and ±∞ among the
/// entries and the factors.
@Suite struct RowSumsKernelTests {
    /// The widths to run: the loop, and the vector kernels this CPU has.
    var widths: [Int32] { [1] + (GEMM.kernel == .avx512 ? [4, 8] : GEMM.kernel == .avx2 ? [4] : []) }

    /// n×d entries, every seventh a special value when asked.
    func entries(_ n: Int, _ d: Int, seed: UInt64, specials: Bool) -> [Double] {
        var x = randomTensor(n, d, seed: seed, scale: 2).scalars
        let values = specials ? [0, -0.0, .nan, .infinity, -.infinity, 1.0 / 3] : [0, -0.0, 1.0 / 3, -0.75]
        for t in x.indices where t % 7 == 3 { x[t] = values[(t / 7) % values.count] }
        return x
    }

    /// Keeps whole 4×4 blocks on a diagonal band, and single entries elsewhere.
    func mask(_ n: Int, _ d: Int) -> [Bool] {
        (0 ..< n * d).map { t in
            let (i, j) = (t / d, t % d)
            return (i / 4 + j / 4) % 3 == 0 || (i * 7 + j * 3) % 11 == 0
        }
    }

    @Test(arguments: [(1, 1), (3, 4), (4, 10), (7, 3), (8, 8), (13, 10), (12, 5), (21, 67), (9, 512)])
    func sumsGiveTheLoopsBits(n: Int, d: Int) {
        for specials in [false, true] {
            let x = entries(n, d, seed: 901, specials: specials)
            let factors = entries(n, 1, seed: 902, specials: specials)
            for keep in [nil, mask(n, d)] {
                for f in [nil, factors] {
                    let expected = (0 ..< n).map { i in
                        (0 ..< d).reduce(0.0) { s, j in
                            let t = i * d + j
                            return s + (keep?[t] == false ? 0 : f.map { x[t] * $0[i] } ?? x[t])
                        }
                    }
                    for lanes in widths {
                        var out = [Double](repeating: 7, count: n)
                        withBuffer(keep) { k in withBuffer(f) { f in
                            metriclab_row_sums_lanes(x, k?.baseAddress, f?.baseAddress, n, d, lanes, &out)
                        } }
                        let label = "\(n)×\(d), \(lanes) lanes, mask \(keep != nil), factors \(f != nil), specials \(specials)"
                        #expect(differingBits(out, expected, anyNaN: specials) == 0, "\(label)")
                        #expect(zip(out, expected).allSatisfy { $0.isNaN == $1.isNaN }, "\(label): NaN")
                    }
                }
            }
        }
    }

    @Test(arguments: [(1, 1), (3, 4), (4, 10), (7, 3), (13, 10), (21, 67), (9, 512)])
    func pullbackGivesTheLoopsBits(n: Int, d: Int) {
        for specials in [false, true] {
            let g = entries(n, 1, seed: 903, specials: specials)
            let before = entries(n, d, seed: 904, specials: specials)
            for keep in [nil, mask(n, d)] {
                for fresh in [true, false] {
                    let expected = (0 ..< n * d).map { t in
                        let kept = keep?[t] ?? true
                        return fresh ? (kept ? 0 + g[t / d] : 0) : (kept ? before[t] + g[t / d] : before[t])
                    }
                    for lanes in widths {
                        var gx = fresh ? [Double](repeating: .nan, count: n * d) : before
                        withBuffer(keep) { k in metriclab_row_sums_pullback_lanes(g, k?.baseAddress, n, d, fresh, lanes, &gx) }
                        let label = "\(n)×\(d), \(lanes) lanes, mask \(keep != nil), fresh \(fresh), specials \(specials)"
                        #expect(differingBits(gx, expected, anyNaN: specials) == 0, "\(label)")
                        #expect(zip(gx, expected).allSatisfy { $0.isNaN == $1.isNaN }, "\(label): NaN")
                    }
                }
            }
        }
    }
}
