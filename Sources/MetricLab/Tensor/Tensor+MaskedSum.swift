import CKernels

/// One group of a masked sum: the entries a mask keeps, each mapped through an affine map and then
/// shifted by a 1×1 tensor on the tape, if given (a margin that is itself a function of the input,
/// such as the mean of the group).
struct MaskedGroup {
    let mask: Mask
    let map: Affine
    var shift: Tensor?
}

extension Tensor {
    /// For each group, Σ f(scale·xₜ + offset + shift) over the entries t its mask keeps, as a
    /// `TermSum`; the masks must not overlap. A group's shift receives Σ f′ as its gradient.
    ///
    /// What `select`, a shift, a hinge and a reduction do in four passes and four matrices per
    /// group, in one pass each way for all groups (a contrastive loss's positive and negative pairs
    /// share the distance matrix), as `MaskedTerms` sums them. The slopes are kept in a matrix of
    /// the input's shape, with each entry's group, which makes the backward pass one scaled add.
    func maskedSums<F: ElementwiseFunction>(of f: F, _ groups: [MaskedGroup], kernel: GEMM.Kernel = GEMM.kernel) -> [TermSum] {
        checkMaskedGroups(groups, op: "maskedSums")
        for group in groups where group.shift != nil {
            precondition(group.shift!.count == 1, "maskedSums: a shift must be 1×1")
            precondition(group.map.scale != 0, "maskedSums: a shifted group needs a nonzero scale")
        }
        let terms = MaskedTerms(self, of: f, groups, offsets: groups.map { $0.map.offset + ($0.shift?.scalar ?? 0) }, kernel: kernel)
        let shifts = groups.compactMap(\.shift)
        let sums = Tensor.record(rows: 1, cols: groups.count, scalars: terms.groupTotals, inputs: [self] + shifts) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                forEachChunk(of: rows, work: count) { chunk in terms.pullback(g, rows: chunk, into: gx, fresh: fresh) }
            }
            guard groups.contains(where: { $0.shift?.node != nil }) else { return }
            let slopeSums = terms.slopeSums()
            for (k, group) in groups.enumerated() {
                guard let node = group.shift?.node else { continue }
                node.accumulate { $0[0] += g[k] * slopeSums[k] / group.map.scale }
            }
        }
        return terms.termSums(sums)
    }

    /// The preconditions every masked sum of this matrix shares: masks of its shape, at most 255
    /// groups, none overlapping.
    func checkMaskedGroups(_ groups: [MaskedGroup], op: String) {
        for group in groups {
            precondition(group.mask.rows == rows && group.mask.cols == cols,
                         "\(op): mask \(group.mask.rows)×\(group.mask.cols) on \(rows)×\(cols)")
        }
        precondition(groups.count <= Int(UInt8.max), "\(op): at most 255 groups")
        assert(groups.indices.allSatisfy { k in
            groups[..<k].allSatisfy { earlier in !zip(earlier.mask.bits, groups[k].mask.bits).contains { $0 && $1 } }
        }, "\(op): masks overlap")
    }
}

/// The forward pass of a masked sum and what its backward pass needs: each entry's slope
/// (scale·f′, 0 outside every mask) and group, and per row and group the sum, the terms above
/// zero and the terms.
///
/// Rows are summed apart, each in four interleaved partial sums (a single running sum would wait
/// on every add), and the row sums added in row order, so the result does not depend on how the
/// rows are spread over cores. For the hinges of `VectorHinge` and up to four groups each row is
/// one AVX-512 or AVX2 pass over all groups with the same operations and the same four partial
/// sums (`kernel` .portable forces the Swift loop); the backward pass of up to two groups is one
/// such pass too.
struct MaskedTerms {
    let rows: Int, cols: Int, groups: Int
    let kernel: GEMM.Kernel
    /// scale·f′ of each entry, 0 where no mask keeps it.
    let slopes: [Double]
    /// Each entry's group (0 where no mask keeps it, its slope 0).
    let owner: [UInt8]
    /// Per row and group: the sum; then the terms above zero and the terms.
    let rowTotals: [Double], rowCounts: [Int]

    /// The terms f(scale·xₜ + offset) of each group's entries, offsets[k] for group k (its map's
    /// offset plus its shift).
    init<F: ElementwiseFunction>(_ x: Tensor, of f: F, _ groups: [MaskedGroup], offsets: [Double], kernel: GEMM.Kernel) {
        let (r, c, count) = (x.rows, x.cols, groups.count)
        (rows, cols, self.groups, self.kernel) = (r, c, count, kernel)
        var rowTotals = [Double](repeating: 0, count: r * count)
        var rowCounts = [Int](repeating: 0, count: 2 * r * count)
        var owner = [UInt8](repeating: 0, count: r * c)
        slopes = x.scalars.withUnsafeBufferPointer { x in
            rowTotals.withUnsafeMutableBufferPointer { totals in rowCounts.withUnsafeMutableBufferPointer { counts in
            owner.withUnsafeMutableBufferPointer { owner in
                [Double](unsafeUninitializedCapacity: r * c) { s, initialized in
                    let bits = groups.map(\.mask.bits)
                    let hinge = kernel == .portable || count > 4 ? nil : (f as? any VectorHinge)?.kernelCode
                    let scales = groups.map(\.map.scale)
                    forEachChunk(of: r, work: r * c) { chunk in
                        if let hinge, c > 0, !chunk.isEmpty {
                            Tensor.hingeRows(chunk, of: x.baseAddress!, cols: c, bits: bits, hinge: hinge, scales: scales,
                                             offsets: offsets, slopes: s.baseAddress!, owner: owner.baseAddress!, none: 0,
                                             totals: totals.baseAddress!, counts: counts.baseAddress!, kernel: kernel)
                            return
                        }
                        for i in chunk {
                            for k in 0 ..< count {
                                bits[k].withUnsafeBufferPointer { b in
                                    let (scale, offset, tag) = (scales[k], offsets[k], UInt8(k))
                                    var positive = 0, kept = 0
                                    // The term of entry t (0 where the mask is clear), its slope stored on the way.
                                    @inline(__always) func term(_ t: Int) -> Double {
                                        guard b[t] else {
                                            if k == 0 { s[t] = 0 }
                                            return 0
                                        }
                                        let u = scale * x[t] + offset, y = f.value(u)
                                        kept &+= 1
                                        positive &+= y > 0 ? 1 : 0
                                        s[t] = scale * f.slope(u, y)
                                        owner[t] = tag
                                        return y
                                    }
                                    var partial: (Double, Double, Double, Double) = (0, 0, 0, 0)
                                    var t = i * c
                                    let end = t + c
                                    while t + 4 <= end {
                                        partial.0 += term(t)
                                        partial.1 += term(t + 1)
                                        partial.2 += term(t + 2)
                                        partial.3 += term(t + 3)
                                        t += 4
                                    }
                                    while t < end { partial.0 += term(t); t += 1 }
                                    totals[i * count + k] = (partial.0 + partial.1) + (partial.2 + partial.3)
                                    counts[2 * (i * count + k)] = positive
                                    counts[2 * (i * count + k) + 1] = kept
                                }
                            }
                        }
                    }
                    initialized = r * c
                }
            } } }
        }
        (self.owner, self.rowTotals, self.rowCounts) = (owner, rowTotals, rowCounts)
    }

    /// Each group's sum: its rows' sums added in row order.
    var groupTotals: [Double] {
        (0 ..< groups).map { k in (0 ..< rows).reduce(0.0) { $0 + rowTotals[$1 * groups + k] } }
    }

    /// Each group's `TermSum`, its total the k-th entry of `sums`.
    func termSums(_ sums: Tensor) -> [TermSum] {
        (0 ..< groups).map { k in
            TermSum(total: sums.entries(rows: [0], cols: [k]),
                    terms: (0 ..< rows).reduce(0) { $0 + rowCounts[2 * ($1 * groups + k) + 1] },
                    positive: (0 ..< rows).reduce(0) { $0 + rowCounts[2 * ($1 * groups + k)] })
        }
    }

    /// gx = (fresh ? 0 : gx) + g[owner]·slope on the entries of `rows`: the input's gradient from
    /// the group sums' gradient g.
    func pullback(_ g: UnsafeBufferPointer<Double>, rows: Range<Int>, into gx: UnsafeMutableBufferPointer<Double>, fresh: Bool) {
        let entries = rows.lowerBound * cols ..< rows.upperBound * cols
        slopes.withUnsafeBufferPointer { s in owner.withUnsafeBufferPointer { owner in
            if groups <= 2, kernel != .portable, !entries.isEmpty {
                // A select between two gradients instead of a lookup, eight or four entries at a time.
                let (g0, g1, o, sv, out) = (g[0], g[groups - 1], owner.baseAddress! + entries.lowerBound,
                                            s.baseAddress! + entries.lowerBound, gx.baseAddress! + entries.lowerBound)
                if kernel == .avx512 {
                    metriclab_masked_backward_avx512(g0, g1, o, sv, out, entries.count, fresh)
                } else {
                    metriclab_masked_backward_avx2(g0, g1, o, sv, out, entries.count, fresh)
                }
            } else if fresh {
                for t in entries { gx[t] = 0 + g[Int(owner[t])] * s[t] }
            } else {
                for t in entries { gx[t] += g[Int(owner[t])] * s[t] }
            }
        } }
    }

    /// Σ scale·f′ over each group's entries, the gradient of a shift added to them all (over the
    /// scale): sixteen partial sums a group over the whole matrix, up to four groups a pass, the
    /// same bits on every width.
    func slopeSums() -> [Double] {
        var sums = [Double](repeating: 0, count: groups)
        sums.withUnsafeMutableBufferPointer { sums in
            for first in stride(from: 0, to: groups, by: 4) {
                metriclab_owner_sums(owner, slopes, rows * cols, Int32(first), Int32(Swift.min(4, groups - first)), kernel.lanes,
                                     sums.baseAddress! + first)
            }
        }
        return sums
    }
}

extension Tensor {
    /// The vector kernel's rows of a masked hinge sum: for each row i of `rows`, all groups in one
    /// pass over its c entries (reading each mask's row bytes), its sums into totals[i·groups + k]
    /// and counts into counts[2(i·groups + k) ...], each entry's slope into `slopes` (or, when nil,
    /// into a row of scratch) and its group into `owner` (`none` where no mask keeps it).
    static func hingeRows(_ rows: Range<Int>, of x: UnsafePointer<Double>, cols c: Int, bits: [[Bool]], hinge: Int32,
                          scales: [Double], offsets: [Double], slopes: UnsafeMutablePointer<Double>?,
                          owner: UnsafeMutablePointer<UInt8>, none: UInt8, totals: UnsafeMutablePointer<Double>,
                          counts: UnsafeMutablePointer<Int>, kernel: GEMM.Kernel) {
        let count = bits.count
        let scratch = slopes == nil ? UnsafeMutablePointer<Double>.allocate(capacity: c) : nil
        defer { scratch?.deallocate() }
        withBytes(of: bits) { rowsOfBits in
            var rowBits = [UnsafePointer<UInt8>?](repeating: nil, count: count)
            var rowCounts = [Int](repeating: 0, count: 2 * count)
            for i in rows {
                for k in 0 ..< count { rowBits[k] = rowsOfBits[k] + i * c }
                let s = slopes.map { $0 + i * c } ?? scratch!
                if kernel == .avx512 {
                    metriclab_masked_hinge_row_avx512(hinge, Int32(count), x + i * c, rowBits, c, scales, offsets,
                                                      s, owner + i * c, totals + i * count, &rowCounts, none)
                } else {
                    metriclab_masked_hinge_row_avx2(hinge, Int32(count), x + i * c, rowBits, c, scales, offsets,
                                                    s, owner + i * c, totals + i * count, &rowCounts, none)
                }
                for t in 0 ..< 2 * count { counts[2 * i * count + t] = rowCounts[t] }
            }
        }
    }

    /// `body` with a pointer to the bytes (0 or 1) of each of the masks' bits, all valid at once.
    static func withBytes(of bits: [[Bool]], _ body: ([UnsafePointer<UInt8>]) -> Void) {
        func nest(_ k: Int, _ pointers: [UnsafePointer<UInt8>]) {
            guard k < bits.count else { return body(pointers) }
            bits[k].withUnsafeBytes { nest(k + 1, pointers + [$0.baseAddress!.assumingMemoryBound(to: UInt8.self)]) }
        }
        nest(0, [])
    }
}

/// The hinges `maskedSums` hands to its vector kernel, each by the kernel's code: the kernel
/// computes their value and slope with the same operations as `value` and `slope`.
protocol VectorHinge: ElementwiseFunction {
    /// The kernel's code: 0 [x]₊, 1 ½[x]₊² (Contrastive's `HalfSquaredHinge`), 2 [x]₊².
    var kernelCode: Int32 { get }
}

extension ReLU: VectorHinge {
    var kernelCode: Int32 { 0 }
}

extension SquaredHinge: VectorHinge {
    var kernelCode: Int32 { 2 }
}
