import MetricLab
import Testing

@Suite struct ParallelMapTests {
    struct Odd: Error, Equatable { let value: Int }

    @Test func resultsComeBackInInputOrder() throws {
        let squares = try Array(0 ..< 100).parallelMap(workers: 2) { $0 * $0 }
        #expect(squares == (0 ..< 100).map { $0 * $0 })
    }

    @Test func seededRunsEqualThoseOfAPlainMap() throws {
        let data = Blobs(classes: 3, perClass: 8).sample(seed: 4)
        let run: @Sendable (UInt64) throws -> Run = { seed in
            try train(.mlp([2, 8, 2]), on: data, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 20, seed: seed)
        }
        let parallel = try Array<UInt64>([1, 2, 3, 4]).parallelMap(workers: 2, run)
        let serial = try [UInt64]([1, 2, 3, 4]).map(run)
        #expect(parallel.map(\.losses) == serial.map(\.losses))
        #expect(parallel.map(\.finalEmbedding.scalars) == serial.map(\.finalEmbedding.scalars))
    }

    @Test func theFirstErrorInInputOrderIsThrown() {
        #expect(throws: Odd(value: 3)) {
            try Array(0 ..< 10).parallelMap(workers: 2) { i -> Int in
                if i % 2 == 1 && i >= 3 { throw Odd(value: i) }
                return i
            }
        }
    }
}
