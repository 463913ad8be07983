import CKernels
import Foundation

extension Tensor {
    /// `pairwiseDistances(other).logSoftmaxMassRows(of: subset, within: candidates, of: map)`, or
    /// the squared distances' when not `rooted`, as one op with the same bits: NCA's log pᵢ.
    ///
    /// The two ops write the distances whole, read them for the softmax, hold them through the
    /// backward pass and write their gradient as an r×r' matrix that the distances' pullback then
    /// reads twice. Here rows of at most eight columns go forward a block of rows at a time (about
    /// 256 KiB of the matrix): the distances, their softmax and its mass, each reading the last
    /// one's block while it is in cache, so that the squared distances are never held whole (their
    /// pullback needs only the rows) and the distances only for the root's slope. Wider rows take the
    /// two ops' forward pass and let the squared distances go once the softmax is taken. Backward,
    /// the mass pullback writes the distances' gradient a block of rows at a time just before the
    /// row side's dot products read it, while it is in cache, into the buffer the column side reads.
    ///
    /// On one core the blocked forward pass took 13–29% less time at 1024 rows (3–13% at 512;
    /// `bench/nca-blocks.c`).
    /// Rebuilding the gradient from the exponentials a block of columns at a time for the column
    /// side, as `innerProductsReduced` does, would spare that buffer too, but made the backward pass
    /// 5–39% slower at 1024 rows: a second mass pullback, and the exponentials read down columns.
    ///
    /// With `kernel` .portable, the two ops themselves; `blockRows` sets the narrow forward pass's
    /// block (tests use small ones).
    func distanceLogSoftmaxMassRows(_ other: Tensor, rooted: Bool, of subset: Mask, within candidates: Mask?,
                                    of map: Affine, kernel: GEMM.Kernel = GEMM.kernel, blockRows: Int? = nil) -> Tensor {
        guard kernel != .portable else {
            let d = rooted ? pairwiseDistances(other) : pairwiseSquaredDistances(other)
            return d.logSoftmaxMassRows(of: subset, within: candidates, of: map)
        }
        precondition(cols == other.cols, "distanceLogSoftmaxMassRows: rows of length \(cols) and \(other.cols)")
        let (a, b, n, m) = (self, other, rows, other.rows)
        let (softmax, mass, out, roots): (SoftmaxRows, [Double], [Double], [Double])
        if cols <= 8, cols > 0, n > 0, m > 0 {
            (softmax, mass, out, roots) = narrowSoftmaxMass(other, rooted: rooted, of: subset, within: candidates, of: map,
                                                            blockRows: blockRows ?? Swift.max(1, (1 << 15) / m), kernel: kernel)
        } else {
            let distances = squaredDistanceValues(other, rooted: rooted, sameRows: false)
            (softmax, mass, out) = Tensor(rows: n, cols: m, scalars: distances).softmaxMass(of: subset, within: candidates, of: map)
            roots = rooted ? distances : []
        }
        return Tensor.record(rows: n, cols: 1, scalars: out, inputs: [a, b]) { g in
            let w = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * m)
            defer { w.deallocate() }
            roots.withUnsafeBufferPointer { r in
                Self.addSquaredDistanceGradients(UnsafeBufferPointer(w), a, b) { rows in
                    // The distances' gradient, written as the first (fresh) gradient into them, then
                    // the root's slope on it in place.
                    softmax.massPullback(g, mass: mass, subset: subset.bits, into: w, rows: rows, fresh: true, kernel: kernel)
                    if rooted {
                        Self.writeHalfOverDistance(UnsafeBufferPointer(w), r, into: w, entries: rows.lowerBound * m ..< rows.upperBound * m)
                    }
                }
            }
        }
    }

    /// The forward pass of `distanceLogSoftmaxMassRows` on rows of at most eight columns, a block of
    /// rows at a time: `narrowSquaredDistances`' kernel, then `SoftmaxRows`' and `softmaxMass`' row
    /// kernels on the block while it is in cache, each row by the same operations as on the whole
    /// matrix. Returns the distances too when `rooted` (the root's slope needs them), else none.
    private func narrowSoftmaxMass(_ other: Tensor, rooted: Bool, of subset: Mask, within candidates: Mask?, of map: Affine,
                                   blockRows: Int, kernel: GEMM.Kernel)
        -> (SoftmaxRows, mass: [Double], log: [Double], roots: [Double]) {
        precondition(subset.rows == rows && subset.cols == other.rows, "logSoftmaxMassRows: subset shape")
        if let candidates { precondition(candidates.rows == rows && candidates.cols == other.rows, "logSoftmaxMassRows: candidates shape") }
        let (n, m, d) = (rows, other.rows, cols)
        var bt = [Double](repeating: 0, count: d * m)
        for j in 0 ..< m { for p in 0 ..< d { bt[p * m + j] = other.scalars[j * d + p] } }
        var lse = [Double](repeating: 0, count: n), factors = [Double](repeating: 1, count: n), mass = [Double](repeating: 0, count: n)
        var roots = [Double](repeating: 0, count: rooted ? n * m : 0)
        // The kernels write every exponential.
        let exps = [Double](unsafeUninitializedCapacity: n * m) { e, initialized in
            scalars.withUnsafeBufferPointer { x in bt.withUnsafeBufferPointer { bt in
                subset.bits.withUnsafeBufferPointer { s in (candidates?.bits ?? []).withUnsafeBufferPointer { k in
                    lse.withUnsafeMutableBufferPointer { o in factors.withUnsafeMutableBufferPointer { f in
                        mass.withUnsafeMutableBufferPointer { p in roots.withUnsafeMutableBufferPointer { r in
                            let keep = candidates == nil ? nil : k.baseAddress
                            // An entry's exponential costs about what eight coordinates of its distance do.
                            forEachChunk(of: n, work: n * m * (d + 8)) { chunk in
                                withUnsafeTemporaryAllocation(of: Double.self, capacity: rooted ? 1 : blockRows * m) { scratch in
                                    for top in stride(from: chunk.lowerBound, to: chunk.upperBound, by: blockRows) {
                                        let block = top ..< Swift.min(top + blockRows, chunk.upperBound), t = top * m
                                        let distances = rooted ? r.baseAddress! + t : scratch.baseAddress!
                                        kernel.narrowDistances(x.baseAddress! + top * d, bt.baseAddress!, into: distances,
                                                               rows: block.count, m: m, d: d, rooted: rooted)
                                        metriclab_logsumexp_rows(distances, nil, 0, keep.map { $0 + t }, block.count, m, map.scale,
                                                                 map.offset, false, o.baseAddress! + top, e.baseAddress! + t,
                                                                 f.baseAddress! + top)
                                        metriclab_row_sums(e.baseAddress! + t, s.baseAddress! + t, f.baseAddress! + top, block.count, m,
                                                           p.baseAddress! + top)
                                    }
                                }
                            }
                        } }
                    } }
                } }
            } }
            initialized = n * m
        }
        let softmax = SoftmaxRows(lse: lse, exps: exps, factors: factors, scale: map.scale, rows: n, cols: m)
        return (softmax, mass, mass.map { $0 > 0 ? Foundation.log($0) : -Double.infinity }, roots)
    }
}
