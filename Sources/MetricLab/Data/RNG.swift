import Foundation

/// The project's seedable random number generator: xoshiro256** (Blackman & Vigna 2018).
///
/// Written here, rather than taken from the system, so that a seed gives the same numbers on every
/// machine and Swift version; every draw that matters (Gaussians, shuffles, choices) is defined in
/// this file for the same reason. Pass it in as `using: &rng`; there is no global generator.
public struct RNG: RandomNumberGenerator, Sendable {
    private var s: (UInt64, UInt64, UInt64, UInt64)
    private var spareGaussian: Double?

    /// A generator whose whole state comes from `seed` through SplitMix64, as the authors advise.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotl(s.1 &* 5, 7) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = rotl(s.3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform draw from [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform draw from [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A uniform integer in 0..<n, without modulo bias (Lemire's method).
    public mutating func int(below n: Int) -> Int {
        precondition(n > 0, "RNG.int(below:): n must be positive")
        let bound = UInt64(n)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return Int(m.high)
    }

    /// A standard normal draw (Box–Muller; the second value of each pair is kept for the next call).
    public mutating func gaussian() -> Double {
        if let g = spareGaussian { spareGaussian = nil; return g }
        var u = uniform()
        while u == 0 { u = uniform() }
        let v = uniform()
        let r = (-2 * log(u)).squareRoot()
        spareGaussian = r * sin(2 * .pi * v)
        return r * cos(2 * .pi * v)
    }

    /// A rows × cols matrix of standard normal draws, filled row by row (PML's `normal_` layouts).
    public mutating func gaussian(rows: Int, cols: Int) -> Tensor {
        Tensor(rows: rows, cols: cols, scalars: (0 ..< rows * cols).map { _ in gaussian() })
    }

    /// A normal draw with the given mean and standard deviation.
    public mutating func gaussian(mean: Double, std: Double) -> Double {
        mean + std * gaussian()
    }

    /// The elements in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var a = items
        if a.count > 1 {
            for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, int(below: i + 1)) }
        }
        return a
    }

    /// `k` distinct indices of 0..<n in random order.
    public mutating func sample(_ k: Int, from n: Int) -> [Int] {
        precondition(k <= n, "RNG.sample: cannot draw \(k) of \(n)")
        return Array(shuffled(Array(0 ..< n)).prefix(k))
    }
}
