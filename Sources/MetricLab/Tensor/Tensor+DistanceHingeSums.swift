import CKernels

extension Tensor {
    /// `pairwiseDistances(other).maskedSums(of: f, groups)`, or the squared distances' when not
    /// `rooted`, as one op with the same bits: a contrastive loss's positive and negative hinges.
    ///
    /// The two ops keep four r×r' matrices for the backward pass: the distances, the hinge's
    /// slopes, the distances' gradient and its half over distance. This one keeps the distances and
    /// each entry's group (a byte); its backward pass makes each slope again from the distance, a
    /// few operations per entry, and writes the half over distance straight from it, a block of
    /// rows at a time while the row side's dot products still find it in cache. At a batch of 1024
    /// that is 16 MB of matrices fewer to hold and about 40 MB fewer to stream each step.
    ///
    /// Up to two unshifted groups on AVX2 or AVX-512; otherwise (and with `kernel` .portable) the
    /// two ops themselves.
    func distanceHingeSums<F: VectorHinge>(_ other: Tensor, rooted: Bool, of f: F, _ groups: [MaskedGroup],
                                           kernel: GEMM.Kernel = GEMM.kernel) -> [TermSum] {
        guard kernel != .portable, (1 ... 2).contains(groups.count), groups.allSatisfy({ $0.shift == nil }) else {
            let d = rooted ? pairwiseDistances(other) : pairwiseSquaredDistances(other)
            return d.maskedSums(of: f, groups, kernel: kernel)
        }
        precondition(cols == other.cols, "distanceHingeSums: rows of length \(cols) and \(other.cols)")
        let (a, b, n, m, count) = (self, other, rows, other.rows, groups.count)
        for group in groups {
            precondition(group.mask.rows == n && group.mask.cols == m,
                         "distanceHingeSums: mask \(group.mask.rows)×\(group.mask.cols) on \(n)×\(m)")
        }
        assert(groups.count < 2 || !zip(groups[0].mask.bits, groups[1].mask.bits).contains { $0 && $1 },
               "distanceHingeSums: masks overlap")
        let distances = squaredDistanceValues(other, rooted: rooted, sameRows: false)
        // maskedSums' offsets, + 0 included (it turns an offset of −0 into +0); the backward kernel
        // reads two of each.
        let scales = groups.map(\.map.scale), offsets = groups.map { $0.map.offset + ($0.shift?.scalar ?? 0) }
        let (scalePair, offsetPair) = (scales + scales.prefix(2 - count), offsets + offsets.prefix(2 - count))
        let (hinge, none) = (f.kernelCode, UInt8.max)
        // Per row and group: the sum, then the terms above zero and the terms.
        var rowTotals = [Double](repeating: 0, count: n * count)
        var rowCounts = [Int](repeating: 0, count: 2 * n * count)
        let owner = distances.withUnsafeBufferPointer { x in
            rowTotals.withUnsafeMutableBufferPointer { totals in rowCounts.withUnsafeMutableBufferPointer { counts in
                [UInt8](unsafeUninitializedCapacity: n * m) { owner, initialized in
                    let bits = groups.map(\.mask.bits)
                    forEachChunk(of: n, work: n * m) { chunk in
                        guard m > 0, !chunk.isEmpty else { return }
                        Self.hingeRows(chunk, of: x.baseAddress!, cols: m, bits: bits, hinge: hinge, scales: scales,
                                       offsets: offsets, slopes: nil, owner: owner.baseAddress!, none: none,
                                       totals: totals.baseAddress!, counts: counts.baseAddress!, kernel: kernel)
                    }
                    initialized = n * m
                }
            } }
        }
        let groupTotals = (0 ..< count).map { k in (0 ..< n).reduce(0.0) { $0 + rowTotals[$1 * count + k] } }
        let sums = Tensor.record(rows: 1, cols: count, scalars: groupTotals, inputs: [a, b]) { g in
            let w = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * m)
            defer { w.deallocate() }
            distances.withUnsafeBufferPointer { x in owner.withUnsafeBufferPointer { owner in
                Self.addSquaredDistanceGradients(UnsafeBufferPointer(w), a, b) { rows in
                    let (t, entries) = (rows.lowerBound * m, rows.count * m)
                    guard entries > 0 else { return }
                    let (x, owner, w) = (x.baseAddress! + t, owner.baseAddress! + t, w.baseAddress! + t)
                    if kernel == .avx512 {
                        metriclab_hinge_distance_backward_avx512(hinge, x, owner, none, scalePair, offsetPair, g[0], g[count - 1],
                                                                 rooted, w, entries)
                    } else {
                        metriclab_hinge_distance_backward_avx2(hinge, x, owner, none, scalePair, offsetPair, g[0], g[count - 1],
                                                               rooted, w, entries)
                    }
                }
            } }
        }
        return (0 ..< count).map { k in
            TermSum(total: sums.entries(rows: [0], cols: [k]),
                    terms: (0 ..< n).reduce(0) { $0 + rowCounts[2 * ($1 * count + k) + 1] },
                    positive: (0 ..< n).reduce(0) { $0 + rowCounts[2 * ($1 * count + k)] })
        }
    }
}
