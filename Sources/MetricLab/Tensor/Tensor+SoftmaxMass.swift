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
        var lse = [Double](repeating: 0, count: n)  // the kernel writes them; the mass needs only the softmax
        var mass = [Double](repeating: 0, count: n)
        let softmax = scalars.withUnsafeBufferPointer { x in lse.withUnsafeMutableBufferPointer { o in
            [Double](unsafeUninitializedCapacity: n * d) { w, initialized in
                (candidates?.bits ?? []).withUnsafeBufferPointer { k in
                    let kept = candidates == nil ? nil : k.baseAddress
                    forEachChunk(of: n, work: n * d) { rows in
                        metriclab_logsumexp_rows(x.baseAddress.map { $0 + rows.lowerBound * d }, kept.map { $0 + rows.lowerBound * d },
                                                 rows.count, d, map.scale, map.offset, false,
                                                 o.baseAddress.map { $0 + rows.lowerBound },
                                                 w.baseAddress.map { $0 + rows.lowerBound * d })
                    }
                }
                initialized = n * d
            }
        } }
        subset.bits.withUnsafeBufferPointer { s in softmax.withUnsafeBufferPointer { w in mass.withUnsafeMutableBufferPointer { p in
            forEachChunk(of: n, work: n * d) { rows in
                for i in rows {
                    var total = 0.0
                    for j in 0 ..< d where s[i * d + j] { total += w[i * d + j] }
                    p[i] = total
                }
            }
        } } }
        let out = mass.map { $0 > 0 ? Foundation.log($0) : -Double.infinity }
        // ∂ log pᵢ / ∂xᵢⱼ = a·(wᵢⱼ·[j ∈ subset] / pᵢ − wᵢⱼ).
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate { gx in
                subset.bits.withUnsafeBufferPointer { s in softmax.withUnsafeBufferPointer { w in
                    forEachChunk(of: n, work: n * d) { rows in
                        for i in rows where mass[i] > 0 && g[i] != 0 {
                            let gi = g[i] * map.scale, inSubset = gi / mass[i]
                            for j in 0 ..< d {
                                let t = i * d + j
                                gx[t] += (s[t] ? inSubset : 0) * w[t] - gi * w[t]
                            }
                        }
                    }
                } }
            }
        }
    }
}
