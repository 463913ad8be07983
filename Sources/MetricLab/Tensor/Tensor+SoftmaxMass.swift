import CKernels
import Foundation

extension Tensor {
    /// log Σ_{j ∈ subset} softmaxⱼ(a·xᵢ + b) of each row (r×1), the softmax taken over the entries
    /// `candidates` keeps (all when nil): the log of the probability mass a row's softmax puts on a
    /// subset of its entries, as NCA's log pᵢ.
    ///
    /// One exponential per candidate entry (what two log-sum-exps would take twice), and the mass
    /// summed from the softmax itself, so that it is 0 exactly when the subset's weights underflow
    /// as a softmax's do. Where the mass is 0 (an empty subset, no candidate, or underflow) the row
    /// gives −∞ with zero gradient; subset entries that are not candidates count for nothing.
    public func logSoftmaxMassRows(of subset: Mask, within candidates: Mask? = nil, of map: Affine = .identity) -> Tensor {
        let (softmax, mass, out) = softmaxMass(of: subset, within: candidates, of: map)
        // ∂ log pᵢ / ∂xᵢⱼ = a·(wᵢⱼ·[j ∈ subset] / pᵢ − wᵢⱼ).
        return Tensor.record(rows: rows, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                softmax.massPullback(g, mass: mass, subset: subset.bits, into: gx, fresh: fresh)
            }
        }
    }

    /// The forward pass of `logSoftmaxMassRows`: the softmax, each row's mass and its log.
    func softmaxMass(of subset: Mask, within candidates: Mask?, of map: Affine) -> (SoftmaxRows, mass: [Double], log: [Double]) {
        precondition(subset.rows == rows && subset.cols == cols, "logSoftmaxMassRows: subset shape")
        if let candidates { precondition(candidates.rows == rows && candidates.cols == cols, "logSoftmaxMassRows: candidates shape") }
        let (n, d) = (rows, cols)
        let softmax = SoftmaxRows(self, weights: nil, shift: 0, mask: candidates, addOne: false, scale: map.scale, offset: map.offset)
        var mass = [Double](repeating: 0, count: n)
        subset.bits.withUnsafeBufferPointer { s in softmax.exps.withUnsafeBufferPointer { e in
            softmax.factors.withUnsafeBufferPointer { f in mass.withUnsafeMutableBufferPointer { p in
                forEachChunk(of: n, work: n * d) { rows in
                    let start = rows.lowerBound
                    metriclab_row_sums(e.baseAddress.map { $0 + start * d }, s.baseAddress.map { $0 + start * d },
                                       f.baseAddress.map { $0 + start }, rows.count, d, p.baseAddress.map { $0 + start })
                }
            } }
        } }
        return (softmax, mass, mass.map { $0 > 0 ? Foundation.log($0) : -Double.infinity })
    }
}

extension SoftmaxRows {
    /// Sends the rows' gradient g of log pᵢ (pᵢ = `mass`, the softmax's mass on `subset`) into gx:
    /// gᵢ·scale·wᵢⱼ·([j ∈ subset]/pᵢ − 1) as (s ? k : 0)·w − g·w, written as 0 + that when fresh,
    /// else added; rows with no mass or no gradient add nothing. On AVX2 and AVX-512 a C pass (the
    /// loop's pick per entry stays scalar in Swift) with the same operations per entry.
    func massPullback(_ g: UnsafeBufferPointer<Double>, mass: [Double], subset: [Bool],
                      into gx: UnsafeMutableBufferPointer<Double>, fresh: Bool, kernel: GEMM.Kernel = GEMM.kernel) {
        forEachChunk(of: rows, work: rows * cols) { rows in
            massPullback(g, mass: mass, subset: subset, into: gx, rows: rows, fresh: fresh, kernel: kernel)
        }
    }

    /// `massPullback` on some rows only, on this thread.
    func massPullback(_ g: UnsafeBufferPointer<Double>, mass: [Double], subset: [Bool], into gx: UnsafeMutableBufferPointer<Double>,
                      rows: Range<Int>, fresh: Bool, kernel: GEMM.Kernel = GEMM.kernel) {
        let d = cols
        subset.withUnsafeBufferPointer { s in exps.withUnsafeBufferPointer { e in
            factors.withUnsafeBufferPointer { f in mass.withUnsafeBufferPointer { p in
                if kernel != .portable, d > 0, !rows.isEmpty {
                    let (i, t) = (rows.lowerBound, rows.lowerBound * d)
                    metriclab_softmax_mass_pullback(g.baseAddress! + i, scale, p.baseAddress! + i, e.baseAddress! + t,
                                                    f.baseAddress! + i, s.baseAddress! + t, rows.count, d, fresh,
                                                    kernel == .avx512, gx.baseAddress! + t)
                    return
                }
                for i in rows {
                    guard p[i] > 0 && g[i] != 0 else {
                        // A row without gradient gets the 0 a pass of zeros would have left.
                        if fresh { for t in i * d ..< (i + 1) * d { gx[t] = 0 } }
                        continue
                    }
                    let gi = g[i] * scale, inSubset = gi / p[i], fi = f[i]
                    for t in i * d ..< (i + 1) * d {
                        let w = e[t] * fi, change = (s[t] ? inSubset : 0) * w - gi * w
                        gx[t] = fresh ? 0 + change : gx[t] + change
                    }
                }
            } }
        } }
    }
}
