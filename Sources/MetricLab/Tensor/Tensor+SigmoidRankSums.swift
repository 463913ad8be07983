import CKernels
import Foundation

// Smooth-AP's and PNP's soft ranks compare every target entry of a row with every entry of a set:
// PyTorch materialises the n × n × n differences. Here each target's sum is streamed over its row,
// so memory stays n × n, and the backward pass recomputes the sigmoids instead of storing them.
// σ((x_l − x_k)/τ) = 1 / (1 + e^{(x_k − c)/τ} · e^{(c − x_l)/τ}) takes one exponential per entry
// of a row rather than one per pair, when both factors stay finite (c the middle of the row).

extension Tensor {
    /// R[i, k] = Σ σ((x_il − x_ik)/τ) over l in `others` of row i, l ≠ k, for each (i, k) in
    /// `targets`; 0 elsewhere: a soft count of the entries of the set that rank above x_ik.
    ///
    /// ∂R[i, k]/∂x_il = σ′/τ and ∂R[i, k]/∂x_ik = −Σ_l σ′/τ, with σ′ = σ(1 − σ).
    public func rowSigmoidRankSums(at targets: Mask, over others: Mask, temperature: Double) -> Tensor {
        precondition(targets.rows == rows && targets.cols == cols && others.rows == rows && others.cols == cols,
                     "rowSigmoidRankSums: masks must be \(rows)×\(cols)")
        let (c, x) = (cols, scalars)
        let work = targets.count * Swift.max(others.count / Swift.max(rows, 1), 1)
        var out = [Double](repeating: 0, count: count)
        out.withUnsafeMutableBufferPointer { out in
            forEachChunk(of: rows, work: work) { range in
                var row = SigmoidRow(temperature: temperature, width: c)
                for i in range {
                    row.load(x, row: i, others: others, targets: targets)
                    for k in 0 ..< c where targets.bits[i * c + k] {
                        row.sigmoids(of: x[i * c + k], skipping: k)
                        out[i * c + k] = row.sum()
                    }
                }
            }
        }
        return Tensor.record(rows: rows, cols: cols, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                forEachChunk(of: rows, work: 2 * work) { range in
                    var row = SigmoidRow(temperature: temperature, width: c)
                    for i in range {
                        row.load(x, row: i, others: others, targets: targets)
                        for k in 0 ..< c where targets.bits[i * c + k] && g[i * c + k] != 0 {
                            row.sigmoids(of: x[i * c + k], skipping: k)
                            gx[i * c + k] -= row.addSlopes(times: g[i * c + k])
                        }
                        row.flushSlopes(into: gx, row: i)
                    }
                }
            }
        }
    }
}

/// One row's set of entries, their exponential factors, and the buffers of one target's pass.
private struct SigmoidRow {
    private let scale: Double
    private let width: Int
    private var columns: [Int] = []
    /// Where each column of the row sits in `columns`, or −1: the target's own entry is found without a search.
    private var positions: [Int]
    private var values: [Double] = []
    /// e^{(c − x_l)/τ} for each entry of the set, when the row is narrow enough.
    private var factors: [Double] = []
    private var narrow = true
    private var centre = 0.0
    /// σ for each entry of the set, for the current target.
    private var sigma: [Double] = []
    /// Σ over targets of g · σ′/τ for each entry of the set, added into the row's gradient at the end.
    private var slopes: [Double] = []

    init(temperature: Double, width: Int) {
        scale = 1 / temperature
        self.width = width
        positions = [Int](repeating: -1, count: width)
        columns.reserveCapacity(width)
        values.reserveCapacity(width)
    }

    /// Takes row i's entries in `others`, and decides whether the factored form stays finite.
    mutating func load(_ x: [Double], row i: Int, others: Mask, targets: Mask) {
        let c = width
        for l in columns { positions[l] = -1 }
        columns.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        var (low, high) = (Double.infinity, -Double.infinity)
        for l in 0 ..< c {
            let v = x[i * c + l]
            if others.bits[i * c + l] {
                positions[l] = columns.count
                columns.append(l)
                values.append(v)
            }
            if others.bits[i * c + l] || targets.bits[i * c + l] { (low, high) = (Swift.min(low, v), Swift.max(high, v)) }
        }
        let n = columns.count
        sigma = [Double](repeating: 0, count: n)
        slopes = sigma
        centre = (low + high) / 2
        // Both exponents within ±700 keep both factors finite and nonzero.
        narrow = n > 0 && (high - low) * scale <= 1400
        guard narrow else { return }
        factors = values.map { (centre - $0) * scale }
        factors.withUnsafeMutableBufferPointer { metriclab_exp($0.baseAddress, $0.baseAddress, n) }
    }

    /// σ((x_l − target)/τ) for every entry of the set, 0 at column `skipped`.
    mutating func sigmoids(of target: Double, skipping skipped: Int) {
        let n = columns.count
        if narrow {
            let b = Foundation.exp((target - centre) * scale)
            factors.withUnsafeBufferPointer { a in sigma.withUnsafeMutableBufferPointer { s in
                // Eight lanes on AVX-512 where Swift's SSE2 build divides two at a time: this loop
                // is most of Smooth-AP's and PNP's step.
                if GEMM.kernel == .avx512 { return metriclab_reciprocal_one_plus_avx512(a.baseAddress, b, s.baseAddress, n) }
                for m in 0 ..< n { s[m] = 1 / (1 + b * a[m]) }
            } }
        } else {
            values.withUnsafeBufferPointer { v in sigma.withUnsafeMutableBufferPointer { s in
                for m in 0 ..< n { s[m] = (target - v[m]) * scale }
                metriclab_exp(s.baseAddress, s.baseAddress, n)
                for m in 0 ..< n { s[m] = 1 / (1 + s[m]) }
            } }
        }
        if positions[skipped] >= 0 { sigma[positions[skipped]] = 0 }
    }

    /// The sum of the current sigmoids, in four interleaved partial sums.
    func sum() -> Double {
        sigma.withUnsafeBufferPointer { s in
            var (a, b, c, d) = (0.0, 0.0, 0.0, 0.0)
            var m = 0
            while m + 4 <= s.count {
                a += s[m]; b += s[m + 1]; c += s[m + 2]; d += s[m + 3]
                m += 4
            }
            while m < s.count { a += s[m]; m += 1 }
            return (a + b) + (c + d)
        }
    }

    /// Adds g · σ′/τ of the current target to each entry's slope and returns their total.
    mutating func addSlopes(times g: Double) -> Double {
        let factor = g * scale
        var total = 0.0
        sigma.withUnsafeBufferPointer { s in slopes.withUnsafeMutableBufferPointer { acc in
            for m in 0 ..< s.count {
                let slope = factor * s[m] * (1 - s[m])
                acc[m] += slope
                total += slope
            }
        } }
        return total
    }

    /// Adds the row's accumulated slopes into its gradient.
    func flushSlopes(into gx: UnsafeMutableBufferPointer<Double>, row i: Int) {
        for (m, l) in columns.enumerated() { gx[i * width + l] += slopes[m] }
    }
}
