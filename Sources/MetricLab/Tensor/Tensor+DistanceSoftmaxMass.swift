extension Tensor {
    /// `pairwiseDistances(other).logSoftmaxMassRows(of: subset, within: candidates, of: map)`, or
    /// the squared distances' when not `rooted`, as one op with the same bits: NCA's log pᵢ.
    ///
    /// The two ops hold the distances through the backward pass and write their gradient as an
    /// r×r' matrix that the distances' pullback then reads twice. Here the mass pullback writes it a
    /// block of rows at a time just before the row side's dot products read it, while it is in
    /// cache, into the buffer the column side reads; the squared distances are let go once the
    /// softmax is taken (their pullback needs only the rows), the distances kept for the root's slope.
    ///
    /// With `kernel` .portable, the two ops themselves.
    func distanceLogSoftmaxMassRows(_ other: Tensor, rooted: Bool, of subset: Mask, within candidates: Mask?,
                                    of map: Affine, kernel: GEMM.Kernel = GEMM.kernel) -> Tensor {
        guard kernel != .portable else {
            let d = rooted ? pairwiseDistances(other) : pairwiseSquaredDistances(other)
            return d.logSoftmaxMassRows(of: subset, within: candidates, of: map)
        }
        precondition(cols == other.cols, "distanceLogSoftmaxMassRows: rows of length \(cols) and \(other.cols)")
        let (a, b, n, m) = (self, other, rows, other.rows)
        let distances = squaredDistanceValues(other, rooted: rooted, sameRows: false)
        let (softmax, mass, out) = Tensor(rows: n, cols: m, scalars: distances).softmaxMass(of: subset, within: candidates, of: map)
        let roots = rooted ? distances : []
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
}
