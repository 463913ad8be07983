extension DataGenerator {
    /// A data set drawn from a generator seeded with `seed`, any integer (an `Int` loop variable,
    /// a `UInt64`): read as its 64-bit pattern, so `5` draws the same points whatever its type.
    public func sample(seed: some BinaryInteger) -> Dataset {
        sample(seed: UInt64(truncatingIfNeeded: seed))
    }
}

extension Augmentation {
    /// Two augmented views of every example of `data`, drawn with `seed`, any integer.
    public func views(of data: Dataset, seed: some BinaryInteger) -> Dataset {
        views(of: data, seed: UInt64(truncatingIfNeeded: seed))
    }
}
