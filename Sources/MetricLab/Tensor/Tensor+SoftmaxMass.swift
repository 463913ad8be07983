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
        let out = mass.map { $0 > 0 ? Foundation.log($0) : -Double.infinity }
        // ∂ log pᵢ / ∂xᵢⱼ = a·(wᵢⱼ·[j ∈ subset] / pᵢ − wᵢⱼ).
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                subset.bits.withUnsafeBufferPointer { s in softmax.exps.withUnsafeBufferPointer { e in
                    softmax.factors.withUnsafeBufferPointer { f in
                        forEachChunk(of: n, work: n * d) { rows in
                            for i in rows {
                                guard mass[i] > 0 && g[i] != 0 else {
                                    // A row without gradient gets the 0 a pass of zeros would have left.
                                    if fresh { for t in i * d ..< (i + 1) * d { gx[t] = 0 } }
                                    continue
                                }
                                let gi = g[i] * map.scale, inSubset = gi / mass[i], fi = f[i]
                                for t in i * d ..< (i + 1) * d {
                                    let w = e[t] * fi, change = (s[t] ? inSubset : 0) * w - gi * w
                                    gx[t] = fresh ? 0 + change : gx[t] + change
                                }
                            }
                        }
                    }
                } }
            }
        }
    }
}
