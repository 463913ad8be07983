import Foundation
import MetricLab
import Testing

@Suite struct RNGTests {
    /// The first outputs of xoshiro256** seeded through SplitMix64 from 0, as computed by the
    /// reference C code of Blackman and Vigna.
    @Test func matchesReferenceStream() {
        var rng = RNG(seed: 0)
        #expect([rng.next(), rng.next(), rng.next()] == [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0])
    }

    @Test func sameSeedSameNumbers() {
        var a = RNG(seed: 42), b = RNG(seed: 42)
        #expect((0 ..< 100).map { _ in a.gaussian() } == (0 ..< 100).map { _ in b.gaussian() })
    }

    @Test func drawsHaveTheRightMoments() {
        var rng = RNG(seed: 7)
        let n = 200_000
        let g = (0 ..< n).map { _ in rng.gaussian() }
        let mean = g.reduce(0, +) / Double(n)
        let variance = g.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
        #expect(abs(mean) < 0.01)
        #expect(abs(variance - 1) < 0.01)
        let u = (0 ..< n).map { _ in rng.uniform() }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(u.reduce(0, +) / Double(n) - 0.5) < 0.005)
        let counts = (0 ..< 60_000).reduce(into: [0, 0, 0]) { c, _ in c[rng.int(below: 3)] += 1 }
        #expect(counts.allSatisfy { abs($0 - 20_000) < 600 })
    }

    @Test func shuffleIsAPermutation() {
        var rng = RNG(seed: 3)
        let s = rng.shuffled(Array(0 ..< 50))
        #expect(s.sorted() == Array(0 ..< 50))
        #expect(s != Array(0 ..< 50))
        #expect(Set(rng.sample(10, from: 20)).count == 10)
    }
}
