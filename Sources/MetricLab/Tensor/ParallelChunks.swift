import Dispatch
import Foundation

/// Runs `body` over contiguous chunks of 0..<count, one per core, when `work` (entries touched) is
/// large enough to pay for the hand-off (about 10 µs); else over the whole range on this thread.
///
/// Only for loops whose chunks write disjoint outputs and whose results do not depend on where
/// the chunks split (rows of a matrix computed independently), so a result is bit for bit the
/// same on one core or many. Inside `parallelMap`'s workers, which already fill the cores, the
/// chunks simply queue behind each other.
func forEachChunk(of count: Int, work: Int, _ body: (Range<Int>) -> Void) {
    let chunks = work >= 1 << 16 ? Swift.min(chunkWorkers, count) : 1
    guard chunks > 1 else {
        body(0 ..< count)
        return
    }
    withoutActuallyEscaping(body) { body in
        let shared = UncheckedSendable(value: body)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            shared.value(count * c / chunks ..< count * (c + 1) / chunks)
        }
    }
}

/// The cores a chunked loop spreads over.
private let chunkWorkers = ProcessInfo.processInfo.activeProcessorCount

/// A value handed to other threads on the caller's word that they touch disjoint memory.
private struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
}
