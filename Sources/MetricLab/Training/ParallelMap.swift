import CKernels
import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core: each element is transformed on some worker thread and the results come
    /// back in the order of the elements.
    ///
    /// Meant for independent training runs (one per seed, loss or model): each run seeds its own
    /// generator from its element, so the results are the same as a plain `map`'s, whatever the
    /// number of workers or the order they finish in. The first error, in element order, is thrown
    /// after every element has been tried.
    ///
    ///     let runs = try Array(0 ..< 10).parallelMap { seed in
    ///         try train(.free, on: data, loss: Triplet(), optimizer: .adam(lr: 0.05), steps: 1500, seed: UInt64(seed))
    ///     }
    public func parallelMap<T: Sendable>(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                         _ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let outcomes = ParallelOutcomes<T>(count: count)
        let workerCount = Swift.max(1, Swift.min(workers, count))
        // Runs waiting for a worker count towards the training progress's time left.
        let expected = TrainingProgress.shared.expecting(runs: count)
        // Workers are threads, not child tasks: they see the caller's run cache only when handed it.
        let cache = RunCache.current
        // The runs fill the cores themselves: their chunked loops stay on their own threads.
        if workerCount > 1 { metriclab_pool_saturate(true) }
        defer { if workerCount > 1 { metriclab_pool_saturate(false) } }
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            RunCache.$current.withValue(cache) {
                while let i = outcomes.claim() {
                    expected?.start()
                    outcomes.store(i, Result { try transform(self[i]) })
                }
            }
        }
        return try outcomes.results.map { try $0!.get() }
    }
}

/// The work queue and result slots of one `parallelMap`, guarded by a lock.
private final class ParallelOutcomes<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private(set) var results: [Result<T, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    /// The next unclaimed index, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores the outcome of element `i`.
    func store(_ i: Int, _ outcome: Result<T, any Error>) {
        lock.lock()
        defer { lock.unlock() }
        results[i] = outcome
    }
}
