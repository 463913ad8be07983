import CKernels

extension Tensor {
    /// Σⱼ softmax(xᵢ/γ)ⱼ·xᵢⱼ of each row (r×1): the row's entries averaged with softmax weights at
    /// temperature γ, a smooth row maximum (SoftTriple's relaxed similarity over a class's centres).
    ///
    /// The chain `let l = self / γ; let e = (l - l.rowMax().detached).exp()`, then
    /// `(e / e.rowSums() * self).rowSums()` in one op: the chain's operations in its order, forward
    /// and back, so the same numbers and gradient bit for bit where nothing else sends a gradient
    /// into self between the chain's two, without its eight matrices and their gradients. The
    /// maximum only keeps the exponentials finite and takes no gradient.
    public func softmaxWeightedRowSums(gamma: Double) -> Tensor {
        softmaxWeightedRowSums(gamma: gamma, kernel: GEMM.kernel)
    }

    /// The op with `kernel`'s loops, forward and back (eight rows a register on AVX-512, four on
    /// AVX2, two on plain x86-64: the same bits).
    func softmaxWeightedRowSums(gamma: Double, kernel: GEMM.Kernel) -> Tensor {
        precondition(cols > 0, "softmaxWeightedRowSums: a \(rows)×0 tensor has no row maximum")
        let (r, c) = (rows, cols), x = scalars, lanes = kernel.lanes
        let scale = 1 / gamma  // `self / γ` multiplies by the reciprocal
        let block = Int(METRICLAB_SOFTMAX_WEIGHTED_BLOCK), blocks = (r + block - 1) / block
        // What the backward pass reads, one after another: the exponentials and the softmax weights
        // (in the kernel's blocks of rows on their side, spare lanes included) and the exponentials'
        // row sums. The kernel writes every entry of them and of the output.
        let (sideEntries, savedCount) = (blocks * block * c, 2 * blocks * block * c + r)
        var saved = [Double]()
        let out = x.withUnsafeBufferPointer { x in
            [Double](unsafeUninitializedCapacity: r) { o, written in
                saved = [Double](unsafeUninitializedCapacity: savedCount) { s, savedWritten in
                    let (e, w, z) = (s.baseAddress!, s.baseAddress! + sideEntries, s.baseAddress! + 2 * sideEntries)
                    forEachBlockChunk(rows: r, cols: c) { rows, side in
                        let (first, at) = (rows.lowerBound, rows.lowerBound * c)
                        metriclab_softmax_weighted_rows_lanes(x.baseAddress! + at, rows.count, c, scale, side, e + at, w + at,
                                                              z + first, o.baseAddress! + first, lanes)
                    }
                    savedWritten = savedCount
                }
                written = r
            }
        }
        return Tensor.record(rows: r, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                x.withUnsafeBufferPointer { x in saved.withUnsafeBufferPointer { s in
                    let (e, w, z) = (s.baseAddress!, s.baseAddress! + sideEntries, s.baseAddress! + 2 * sideEntries)
                    forEachBlockChunk(rows: r, cols: c) { rows, side in
                        let (first, at) = (rows.lowerBound, rows.lowerBound * c)
                        metriclab_softmax_weighted_rows_pullback_lanes(x.baseAddress! + at, e + at, w + at, z + first, g.baseAddress! + first,
                                                                       rows.count, c, scale, fresh, gx.baseAddress! + at, side, lanes)
                    }
                } }
            }
        }
    }
}

/// `forEachChunk` over the kernel's blocks of rows of an r×c matrix: each chunk's rows, and scratch
/// for a block on its side.
private func forEachBlockChunk(rows r: Int, cols c: Int, _ body: (Range<Int>, UnsafeMutablePointer<Double>) -> Void) {
    let block = Int(METRICLAB_SOFTMAX_WEIGHTED_BLOCK)
    guard r > 0 else { return }
    forEachChunk(of: (r + block - 1) / block, work: r * c * 8) { chunk in
        withUnsafeTemporaryAllocation(of: Double.self, capacity: block * c) { side in
            body(chunk.lowerBound * block ..< Swift.min(chunk.upperBound * block, r), side.baseAddress!)
        }
    }
}
