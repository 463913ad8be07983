import CKernels

// Soft histograms of a matrix's entries, or of differences of entries within a row, gathered as
// sums and counts per interval between nodes (see `IntervalSums`). A histogram over all triplets
// (anchor i, positive p, negative n) of x_ip − x_in would list n³ values; sorting each row's
// negatives instead finds, for every positive, where each node cuts them, in O(nodes · n) per row.

extension Tensor {
    /// The entries of each row where `mask` is set, gathered by the intervals between `nodes`.
    ///
    /// ∂(sum of row i, interval j)/∂xᵢₖ is 1 for an entry of that interval: the backward pass
    /// hands each entry the gradient of its own interval.
    public func rowIntervalSums(where mask: Mask, nodes: HistogramNodes) -> IntervalSums {
        rowIntervalSums(where: mask, nodes: nodes, kernel: GEMM.kernel)
    }

    /// `rowIntervalSums(where:nodes:)` by the C kernel (`IntervalSums.c`: the loops' operations
    /// without Swift's overflow checks and reloads, the mask a select instead of a branch), or by
    /// the Swift loops when `kernel` is `.portable`.
    func rowIntervalSums(where mask: Mask, nodes: HistogramNodes, kernel: GEMM.Kernel) -> IntervalSums {
        precondition(mask.rows == rows && mask.cols == cols, "rowIntervalSums: mask \(mask.rows)×\(mask.cols) on \(rows)×\(cols)")
        let (r, c, width) = (rows, cols, nodes.count + 1)
        // Each row's intervals gather only that row's entries, in column order: rows split over
        // cores give the same sums as one pass.
        var sums = [Double](repeating: 0, count: r * width), counts = sums
        scalars.withUnsafeBufferPointer { x in mask.bits.withUnsafeBufferPointer { b in
            sums.withUnsafeMutableBufferPointer { s in counts.withUnsafeMutableBufferPointer { k in
                forEachChunk(of: r, work: r * c * 4) { chunk in
                    guard c > 0 else { return }
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: c) { steps in
                        if kernel != .portable {
                            let bits = UnsafeRawPointer(b.baseAddress! + chunk.lowerBound * c).assumingMemoryBound(to: UInt8.self)
                            metriclab_interval_sums(x.baseAddress! + chunk.lowerBound * c, bits, chunk.count, c, nodes.start,
                                                    nodes.spacing, nodes.count, s.baseAddress! + chunk.lowerBound * width,
                                                    k.baseAddress! + chunk.lowerBound * width, steps.baseAddress!)
                            return
                        }
                        for i in chunk {
                            nodes.steps(x.baseAddress! + i * c, c, into: steps.baseAddress!)
                            for j in 0 ..< c where b[i * c + j] {
                                let slot = i * width + nodes.interval(atStep: steps[j])
                                s[slot] += x[i * c + j]
                                k[slot] += 1
                            }
                        }
                    }
                }
            } }
        } }
        let x = scalars, bits = mask.bits
        let total = Tensor.record(rows: r, cols: width, scalars: sums, inputs: [self]) { g in
            self.node?.accumulate { gx in
                x.withUnsafeBufferPointer { x in bits.withUnsafeBufferPointer { b in
                    forEachChunk(of: r, work: r * c * 4) { chunk in
                        guard c > 0 else { return }
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: c) { steps in
                            if kernel != .portable {
                                let bits = UnsafeRawPointer(b.baseAddress! + chunk.lowerBound * c).assumingMemoryBound(to: UInt8.self)
                                metriclab_interval_gradient(x.baseAddress! + chunk.lowerBound * c, bits, chunk.count, c, nodes.start,
                                                            nodes.spacing, nodes.count, g.baseAddress! + chunk.lowerBound * width,
                                                            gx.baseAddress! + chunk.lowerBound * c, steps.baseAddress!)
                                return
                            }
                            for i in chunk {
                                nodes.steps(x.baseAddress! + i * c, c, into: steps.baseAddress!)
                                for j in 0 ..< c where b[i * c + j] { gx[i * c + j] += g[i * width + nodes.interval(atStep: steps[j])] }
                            }
                        }
                    }
                } }
            }
        }
        return IntervalSums(nodes: nodes, sums: total, counts: Tensor(rows: r, cols: width, scalars: counts))
    }

    /// For each row i, the differences x_ip − x_in over every p in `first` and n in `second` of
    /// that row (a triplet's d(a, p) − d(a, n) over all triplets), gathered by the intervals
    /// between `nodes`, without listing them.
    ///
    /// ∂/∂x_ip is the sum over n of the gradient of the interval x_ip − x_in falls in, and
    /// ∂/∂x_in minus the same sum over p.
    public func rowPairDifferenceIntervalSums(_ first: Mask, minus second: Mask, nodes: HistogramNodes) -> IntervalSums {
        precondition(first.rows == rows && first.cols == cols && second.rows == rows && second.cols == cols,
                     "rowPairDifferenceIntervalSums: masks must be \(rows)×\(cols)")
        let (c, width) = (cols, nodes.count + 1)
        let x = scalars
        // Where the pass stays on one thread anyway (a small batch), the sorted rows and cuts are
        // made once and kept for the backward pass (at batch 32 making them costs more than the
        // sums); a larger batch's are made again there, over the cores, and never all held at once.
        let small = chunkCount(of: rows, work: rows * c * width) == 1
        let kept = small ? (0 ..< rows).map { RowCuts(x, row: $0, cols: c, first: first, second: second, nodes: nodes) } : nil
        let cutsOfRow = { (i: Int) in kept?[i] ?? RowCuts(x, row: i, cols: c, first: first, second: second, nodes: nodes) }
        var sums = [Double](repeating: 0, count: rows * width), counts = sums
        sums.withUnsafeMutableBufferPointer { s in counts.withUnsafeMutableBufferPointer { k in
            forEachChunk(of: rows, work: rows * c * width) { range in
                for i in range {
                    let cuts = cutsOfRow(i)
                    cuts.forEachInterval { p, j, lo, hi in
                        let n = Double(hi - lo)
                        k[i * width + j] += n
                        s[i * width + j] += n * cuts.positives[p].value - (cuts.prefix[hi] - cuts.prefix[lo])
                    }
                }
            }
        } }
        let total = Tensor.record(rows: rows, cols: width, scalars: sums, inputs: [self]) { g in
            self.node?.accumulate { gx in
                forEachChunk(of: rows, work: rows * c * width) { range in
                    for i in range {
                        let cuts = cutsOfRow(i)
                        // The negatives' gradients go through a difference array over their sorted order.
                        var spread = [Double](repeating: 0, count: cuts.negatives.count + 1)
                        cuts.forEachInterval { p, j, lo, hi in
                            let gj = g[i * width + j]
                            gx[i * c + cuts.positives[p].col] += Double(hi - lo) * gj
                            spread[lo] += gj
                            spread[hi] -= gj
                        }
                        var running = 0.0
                        for (m, negative) in cuts.negatives.enumerated() {
                            running += spread[m]
                            gx[i * c + negative.col] -= running
                        }
                    }
                }
            }
        }
        return IntervalSums(nodes: nodes, sums: total, counts: Tensor(rows: rows, cols: width, scalars: counts))
    }
}

/// One row's positives and negatives, each sorted by value, and where every node cuts the
/// differences between them.
private struct RowCuts {
    /// The positives' values and columns, ascending.
    let positives: [(value: Double, col: Int)]
    /// The negatives' values and columns, ascending.
    let negatives: [(value: Double, col: Int)]
    /// Prefix sums of the sorted negatives' values (one more entry than negatives).
    let prefix: [Double]
    /// cut[p * nodes + j]: how many negatives n give positive p a difference in interval j + 1 or
    /// above: the difference falls at or beyond node j exactly for the first `cut` negatives.
    private let cut: [Int]
    private let nodeCount: Int

    init(_ x: [Double], row i: Int, cols c: Int, first: Mask, second: Mask, nodes: HistogramNodes) {
        var positives: [(value: Double, col: Int)] = [], negatives: [(value: Double, col: Int)] = []
        // Room for the whole row up front: growing by doubling cost a dozen allocations a row,
        // most of the op's time on a batch of 32.
        positives.reserveCapacity(c)
        negatives.reserveCapacity(c)
        for j in 0 ..< c {
            if first.bits[i * c + j] { positives.append((x[i * c + j], j)) }
            if second.bits[i * c + j] { negatives.append((x[i * c + j], j)) }
        }
        positives.sort { ($0.value, $0.col) < ($1.value, $1.col) }
        negatives.sort { ($0.value, $0.col) < ($1.value, $1.col) }
        var prefix = [Double](repeating: 0, count: negatives.count + 1)
        for (m, negative) in negatives.enumerated() { prefix[m + 1] = prefix[m] + negative.value }
        // A difference u − v reaches node j when ((u − v) − start) / spacing ≥ j, the test
        // `HistogramNodes.interval` floors; it holds for a prefix of the ascending negatives, and
        // the prefix only grows with u, so one pointer per node sweeps all positives.
        let k = nodes.count
        var cut = [Int](repeating: 0, count: positives.count * k)
        for j in 0 ..< k {
            var m = 0
            for (p, positive) in positives.enumerated() {
                while m < negatives.count && (positive.value - negatives[m].value - nodes.start) / nodes.spacing >= Double(j) { m += 1 }
                cut[p * k + j] = m
            }
        }
        self.positives = positives
        self.negatives = negatives
        self.prefix = prefix
        self.cut = cut
        nodeCount = k
    }

    /// Calls `body(p, j, lo, hi)` for each positive p and interval j: the negatives giving p a
    /// difference in interval j are the sorted ones at lo ..< hi.
    func forEachInterval(_ body: (Int, Int, Int, Int) -> Void) {
        let k = nodeCount
        for p in positives.indices {
            var hi = negatives.count
            for j in 0 ... k {
                let lo = j < k ? cut[p * k + j] : 0
                if hi > lo { body(p, j, lo, hi) }
                hi = lo
            }
        }
    }
}
