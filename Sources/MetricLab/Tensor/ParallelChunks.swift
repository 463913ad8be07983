import CKernels

/// Runs `body` over contiguous chunks of 0..<count, a few per core, when `work` (entries touched) is
/// large enough to pay for the hand-off (a few µs); else over the whole range on this thread.
///
/// Only for loops whose chunks write disjoint outputs and whose results do not depend on where
/// the chunks split (rows of a matrix computed independently), so a result is bit for bit the
/// same on one core or many. The chunks' bounds depend only on `count` and the core count; which
/// thread runs a chunk does not matter. Inside `parallelMap`'s workers, which already fill the
/// cores, and inside another loop's chunk, the chunks run one after another on the calling thread.
func forEachChunk(of count: Int, work: Int, _ body: (Range<Int>) -> Void) {
    let chunks = chunkCount(of: count, work: work)
    guard chunks > 1 else {
        body(0 ..< count)
        return
    }
    withoutActuallyEscaping(body) { body in
        var loop = ChunkedLoop(count: count, chunks: chunks, body: body)
        withUnsafeMutablePointer(to: &loop) { pointer in
            metriclab_pool_run(chunks, { context, c in
                context!.assumingMemoryBound(to: ChunkedLoop.self).pointee.run(chunk: c)
            }, pointer)
        }
    }
}

/// `forEachChunk` over the columns of a matrix whose rows are `count` long, for loops that walk
/// down every row of a chunk (column sums into a few rows). Where rows lie 8 KiB apart or more,
/// each row of a narrow chunk is a new page and the walk waits on the TLB: 1024×1024 column sums
/// in eight chunks of 128 columns took 2–4 ns an entry on a Zen 3, in chunks of 256 under 1 ns.
/// There the chunks are whole groups of 256 columns; shorter rows keep `forEachChunk`'s cut.
func forEachColumnChunk(of count: Int, work: Int, _ body: (Range<Int>) -> Void) {
    let group = 256
    guard count >= 4 * group else { return forEachChunk(of: count, work: work, body) }
    forEachChunk(of: (count + group - 1) / group, work: work) { groups in
        body(groups.lowerBound * group ..< Swift.min(groups.upperBound * group, count))
    }
}

/// How many chunks `forEachChunk` cuts a loop into: one under 2¹⁶ units of work, else four for
/// each core (at most 32, the pool's limit, and at most one a row). With a few chunks a core, a
/// core that starts late or runs slow (on a shared host, its vCPU busy elsewhere) leaves the end
/// of its share to the others: intra-pair variance, normalized softmax and SupCon at batch 512
/// 7–10% faster in a run while one vCPU ran a fifth slower than the other, within 2% either way
/// in runs while they kept pace.
func chunkCount(of count: Int, work: Int) -> Int {
    work >= 1 << 16 ? Swift.min(chunkWorkers * 4, 32, count) : 1
}

/// The cores a chunked loop spreads over.
private let chunkWorkers = metriclab_pool_cores()

/// One chunked loop as the pool's C entry point sees it.
private struct ChunkedLoop {
    let count: Int
    let chunks: Int
    let body: (Range<Int>) -> Void

    /// Runs chunk `c`: the rows count·c/chunks ..< count·(c + 1)/chunks.
    func run(chunk c: Int) {
        body(count * c / chunks ..< count * (c + 1) / chunks)
    }
}
