/// A recipe for a toy data set: parameters in the value, randomness passed in.
public protocol DataGenerator: Sendable {
    /// A data set drawn with `rng`.
    func sample(using rng: inout RNG) -> Dataset
}

extension DataGenerator {
    /// A data set drawn from a generator seeded with `seed`: the same seed gives the same points.
    public func sample(seed: UInt64 = 0) -> Dataset {
        var rng = RNG(seed: seed)
        return sample(using: &rng)
    }
}
