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
