import CKernels
import Dispatch
import Foundation
@testable import MetricLab
import Testing

/// The pool behind `forEachChunk`: every index run exactly once in the chunks' fixed bounds, from
/// one caller or several at once, inside another loop's chunk, and on the caller's own thread
/// while `parallelMap` fills the cores.
@Suite struct ChunkPoolTests {
    /// Large enough to split (the work passed is count × 64).
    static let count = 5000

    /// How often each index of 0..<count was visited, and the ranges the body saw.
    final class Visits: @unchecked Sendable {
        private let lock = NSLock()
        var counts = [Int](repeating: 0, count: ChunkPoolTests.count)
        var ranges: [Range<Int>] = []
        var threads: Set<UInt> = []

        func record(_ r: Range<Int>) {
            lock.lock()
            defer { lock.unlock() }
            for i in r { counts[i] += 1 }
            ranges.append(r)
            threads.insert(UInt(pthread_self()))
        }
    }

    /// The bounds a split into `chunks` must have: count·c/chunks ..< count·(c + 1)/chunks.
    func expectedRanges(_ chunks: Int) -> [Range<Int>] {
        (0 ..< chunks).map { Self.count * $0 / chunks ..< Self.count * ($0 + 1) / chunks }
    }

    @Test func everyIndexRunsOnceInTheFixedChunks() {
        let chunks = chunkCount(of: Self.count, work: Self.count * 64)
        #expect(chunks == min(4 * Int(metriclab_pool_cores()), 32))
        for _ in 0 ..< 200 {
            let visits = Visits()
            forEachChunk(of: Self.count, work: Self.count * 64) { visits.record($0) }
            #expect(visits.counts.allSatisfy { $0 == 1 })
            #expect(visits.ranges.sorted { $0.lowerBound < $1.lowerBound } == expectedRanges(chunks))
        }
    }

    @Test func smallLoopsStayWhole() {
        let visits = Visits()
        forEachChunk(of: 100, work: 100) { visits.record($0) }
        #expect(visits.ranges == [0 ..< 100])
    }

    /// Four threads start loops at once: whichever finds the pool busy runs its own chunks.
    @Test func concurrentCallersEachGetEveryIndexOnce() {
        let failures = Visits()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0 ..< 100 {
                let visits = Visits()
                forEachChunk(of: Self.count, work: Self.count * 64) { visits.record($0) }
                if !visits.counts.allSatisfy({ $0 == 1 }) { failures.record(0 ..< 1) }
            }
        }
        #expect(failures.ranges.isEmpty)
    }

    @Test func aLoopInsideAChunkRunsOnItsThread() {
        let outer = Visits(), inner = Visits()
        forEachChunk(of: Self.count, work: Self.count * 64) { r in
            outer.record(r)
            let here = Visits()
            forEachChunk(of: Self.count, work: Self.count * 64) { here.record($0) }
            if here.threads.count == 1 && here.counts.allSatisfy({ $0 == 1 }) { inner.record(r) }
        }
        #expect(outer.counts.allSatisfy { $0 == 1 })
        #expect(inner.counts.allSatisfy { $0 == 1 })
    }

    /// A loop that ran inline because another thread's loop held the pool keeps the loops inside
    /// its chunks on its thread, even once that other loop has let the pool go (in a full test run
    /// that race split the inner loop over both cores about once in twenty runs).
    @Test func aLoopInsideALoopThatRanInlineStaysOnItsThread() {
        guard metriclab_pool_cores() > 1 else { return }
        let (held, release, finished) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let first = Visits()
        Thread.detachNewThread {
            // Holds the pool until released: its first chunk waits.
            forEachChunk(of: Self.count, work: Self.count * 64) { r in
                first.record(r)
                if r.lowerBound == 0 {
                    held.signal()
                    release.wait()
                }
            }
            finished.signal()
        }
        held.wait()
        let inner = Visits()
        forEachChunk(of: Self.count, work: Self.count * 64) { r in
            if r.lowerBound == 0 {
                release.signal()
                finished.wait()
            }
            // Chunks slow enough that a free pool's worker would take some of them.
            forEachChunk(of: Self.count, work: Self.count * 64) {
                inner.record($0)
                Thread.sleep(forTimeInterval: 0.001)
            }
        }
        #expect(first.counts.allSatisfy { $0 == 1 })
        #expect(inner.threads.count == 1 && inner.counts.allSatisfy { $0 == chunkCount(of: Self.count, work: Self.count * 64) })
    }

    /// While `parallelMap`'s runs fill the cores, their loops run on their own threads.
    @Test func loopsInsideParallelMapStayOnTheirThread() throws {
        let spread = try [0, 1].parallelMap(workers: 2) { _ -> Int in
            let visits = Visits()
            forEachChunk(of: Self.count, work: Self.count * 64) { visits.record($0) }
            return visits.counts.allSatisfy { $0 == 1 } ? visits.threads.count : -1
        }
        #expect(spread == [1, 1])
    }
}
