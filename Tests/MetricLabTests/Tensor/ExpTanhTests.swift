import CKernels
import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The project's own eˣ and tanh x (ExpTanh.h) against libm's 80-bit expl and tanhl, and the
/// eight-, four- and one-lane versions against each other bit for bit, over the whole range, the
/// edges of underflow and overflow, subnormals, ±0, ±∞ and NaN.
@Suite struct ExpTanhTests {
    /// Widths this CPU can run: one lane always, four with AVX2 and FMA, eight with AVX-512F.
    static let widths: [Int32] = [1] + (GEMM.kernel != .portable ? [4] : []) + (GEMM.kernel == .avx512 ? [8] : [])

    /// Random inputs over `range`, with magnitudes from 1e-300 to 1 of both signs.
    static func inputs(_ range: ClosedRange<Double>, seed: UInt64) -> [Double] {
        var rng = RNG(seed: seed)
        let spread = (0 ..< 120_000).map { _ in range.lowerBound + (range.upperBound - range.lowerBound) * rng.uniform() }
        let tiny = (0 ..< 20_000).map { k in (k % 2 == 0 ? 1.0 : -1.0) * Foundation.pow(10, -300 * rng.uniform()) }
        return spread + tiny
    }

    /// The error of y in units in the last place of the exact value, as a double.
    static func ulps(_ y: Double, _ exact: Float80) -> Double {
        let rounded = Double(exact)
        if y == rounded { return 0 }
        let unit = rounded.isFinite && rounded != 0 ? rounded.ulp : Double.leastNonzeroMagnitude
        return Double(Swift.abs(Float80(y) - exact) / Float80(unit))
    }

    static func values(_ x: [Double], lanes: Int32, _ kernel: (UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int, Int32) -> Void) -> [Double] {
        var y = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { x in y.withUnsafeMutableBufferPointer { kernel(x.baseAddress, $0.baseAddress, x.count, lanes) } }
        return y
    }

    @Test func expIsWithinOneUlpOfExpl() {
        let x = Self.inputs(-745.2 ... 709.8, seed: 1) + Self.inputs(-30 ... 30, seed: 2)
        let y = Self.values(x, lanes: Self.widths.last!, metriclab_exp_lanes)
        let worst = zip(x, y).map { Self.ulps($1, Foundation.exp(Float80($0))) }.max()!
        #expect(worst <= 1.05, "worst \(worst) ulp")
    }

    @Test func tanhIsWithinThreeUlpOfTanhl() {
        let x = Self.inputs(-25 ... 25, seed: 3) + Self.inputs(-2 ... 2, seed: 4)
        let y = Self.values(x, lanes: Self.widths.last!, metriclab_tanh_lanes)
        let worst = zip(x, y).map { Self.ulps($1, Foundation.tanh(Float80($0))) }.max()!
        #expect(worst <= 3, "worst \(worst) ulp")
    }

    /// Every width gives the same bits, on every length (the tail after the last whole group goes
    /// one lane at a time) and on the special values.
    @Test func everyWidthGivesTheSameBits() {
        let special: [Double] = [.nan, -.nan, .infinity, -.infinity, 0, -0.0, 1e-310, -1e-310, .leastNonzeroMagnitude,
                                 -745.2, -745.1, -708.4, 709.78, 709.79, 710, 1e300, -1e300, 19.06, -20, 0.5 * .ulpOfOne]
        let x = special + Self.inputs(-750 ... 720, seed: 5).prefix(20_003)
        for kernel in [metriclab_exp_lanes, metriclab_tanh_lanes] {
            let one = Self.values(x, lanes: 1, kernel).map(\.bitPattern)
            for lanes in Self.widths.dropFirst() {
                #expect(Self.values(x, lanes: lanes, kernel).map(\.bitPattern) == one, "\(lanes) lanes")
                for length in 1 ... 17 {
                    let part = Array(x[3 ..< 3 + length])
                    #expect(Self.values(part, lanes: lanes, kernel).map(\.bitPattern) == Array(one[3 ..< 3 + length]).map { $0 })
                }
            }
        }
    }

    @Test func specialValues() {
        let x: [Double] = [-.infinity, .infinity, 0, -0.0, -745.2, -745.1, 709.79, .nan, -.nan]
        for lanes in Self.widths {
            let e = Self.values(x, lanes: lanes, metriclab_exp_lanes)
            #expect(Array(e[0 ..< 7]) == [0, .infinity, 1, 1, 0, .leastNonzeroMagnitude, .infinity], "exp, \(lanes) lanes")
            #expect(e[7].bitPattern == x[7].bitPattern && e[8].bitPattern == x[8].bitPattern, "exp of NaN, \(lanes) lanes")
            let t = Self.values(x, lanes: lanes, metriclab_tanh_lanes)
            #expect(Array(t[0 ..< 7]).map(\.bitPattern) == [-1, 1, 0, -0.0, -1, -1, 1].map(\.bitPattern), "tanh, \(lanes) lanes")
            #expect(t[7].bitPattern == x[7].bitPattern && t[8].bitPattern == x[8].bitPattern, "tanh of NaN, \(lanes) lanes")
            let tiny = Self.values([1e-310, -3e-320, 1e-20], lanes: lanes, metriclab_tanh_lanes)
            #expect(tiny == [1e-310, -3e-320, 1e-20], "tanh x = x for tiny x, \(lanes) lanes")
        }
    }
}
