import CKernels

extension Tensor {
    /// `maskedSums(of: f, groups)` with group k shifted by factors[k] times the mean of its own
    /// entries, as one op with the bits of the ops it stands for: for each group in turn
    /// `let mean = rowSums(where: mask).sum() / Double(mask.count)`, its shift `factors[k] * mean`,
    /// then the masked sums (an intra-pair variance's terms around each kind's mean).
    ///
    /// The ops stream the m×m matrix once more per group each way: each group's row sums, and their
    /// gradient added into the matrix's after the hinges' is written. Here the row sums of all
    /// groups are taken a block of rows at a time while the block is in cache, and each block's
    /// gradient gets the hinges' and then the row sums' parts before it leaves the cache: at a batch
    /// of 1024 with two groups, one 8 MB read of the matrix fewer forward and two reads and writes
    /// of its gradient backward. The chain from each shift back to its row sums (a product, a
    /// quotient, a sum) runs on scalars with the tape's operations.
    func maskedSums<F: ElementwiseFunction>(of f: F, _ groups: [MaskedGroup], shiftedByMeans factors: [Double],
                                            kernel: GEMM.Kernel = GEMM.kernel) -> [TermSum] {
        checkMaskedGroups(groups, op: "maskedSums(shiftedByMeans:)")
        precondition(factors.count == groups.count, "maskedSums(shiftedByMeans:): \(factors.count) factors for \(groups.count) groups")
        let counts = groups.map(\.mask.count)
        for (group, kept) in zip(groups, counts) {
            precondition(group.shift == nil, "maskedSums(shiftedByMeans:): a group's shift is its mean's")
            precondition(kept > 0, "maskedSums(shiftedByMeans:): a group without entries has no mean")
            precondition(group.map.scale != 0, "maskedSums(shiftedByMeans:): a shifted group needs a nonzero scale")
        }
        let (r, c, count) = (rows, cols, groups.count)
        let block = Swift.max(1, (1 << 14) / Swift.max(c, 1))
        let bits = groups.map(\.mask.bits)
        // Row i's sum of group k at k·r + i, each row added by the row-sums kernel as `rowSums(where:)` adds it.
        var sums = [Double](repeating: 0, count: count * r)
        scalars.withUnsafeBufferPointer { x in sums.withUnsafeMutableBufferPointer { sums in
            Tensor.withKeeps(bits) { keeps in
                Tensor.forEachRowBlock(of: r, rows: block, work: r * c) { rows in
                    let top = rows.lowerBound
                    for k in 0 ..< count {
                        metriclab_row_sums(x.baseAddress! + top * c, keeps[k] + top * c, nil, rows.count, c,
                                           sums.baseAddress! + k * r + top)
                    }
                }
            }
        } }
        // Tensor.sum() adds the rows in order, `/ n` multiplies by 1/n, and the factor multiplies the mean.
        let reciprocals = counts.map { 1 / Double($0) }
        let shifts = (0 ..< count).map { k in factors[k] * (sums[k * r ..< (k + 1) * r].reduce(0, +) * reciprocals[k]) }
        let terms = MaskedTerms(self, of: f, groups, offsets: (0 ..< count).map { groups[$0].map.offset + shifts[$0] },
                                kernel: kernel)
        let totals = Tensor.record(rows: 1, cols: count, scalars: terms.groupTotals, inputs: [self]) { g in
            // Back from each group's sum to its shift (Σ f′), its mean, its total and each of its rows, as the
            // tape's pullbacks add into gradients of zeros.
            let slopeSums = terms.slopeSums()
            let rowGradients = (0 ..< count).flatMap { k in
                let shift = 0 + g[k] * slopeSums[k] / groups[k].map.scale
                let total = 0 + (0 + shift * factors[k]) * reciprocals[k]
                return [Double](repeating: 0 + total, count: r)
            }
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                rowGradients.withUnsafeBufferPointer { rowGradients in Tensor.withKeeps(bits) { keeps in
                    Tensor.forEachRowBlock(of: r, rows: block, work: r * c) { rows in
                        let top = rows.lowerBound
                        terms.pullback(g, rows: rows, into: gx, fresh: fresh)
                        // The masks do not overlap: each entry gets at most one row's gradient, in either order.
                        for k in 0 ..< count {
                            metriclab_row_sums_pullback(rowGradients.baseAddress! + k * r + top, keeps[k] + top * c, rows.count, c,
                                                        false, gx.baseAddress! + top * c)
                        }
                    }
                } }
            }
        }
        return terms.termSums(totals)
    }

    /// `body` over blocks of `block` rows of 0..<r, in order within each of `forEachChunk`'s chunks.
    fileprivate static func forEachRowBlock(of r: Int, rows block: Int, work: Int, _ body: (Range<Int>) -> Void) {
        forEachChunk(of: r, work: work) { chunk in
            for top in stride(from: chunk.lowerBound, to: chunk.upperBound, by: block) {
                body(top ..< Swift.min(top + block, chunk.upperBound))
            }
        }
    }

    /// `body` with a pointer to each mask's bits, all valid at once.
    fileprivate static func withKeeps(_ bits: [[Bool]], _ body: ([UnsafePointer<Bool>]) -> Void) {
        withBytes(of: bits) { bytes in body(bytes.map { UnsafeRawPointer($0).assumingMemoryBound(to: Bool.self) }) }
    }
}
