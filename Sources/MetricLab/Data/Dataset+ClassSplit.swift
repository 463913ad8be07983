extension Dataset {
    /// A split by class, as deep metric learning benchmarks test: `heldOut` classes drawn at random
    /// go whole to the test set, the others whole to the training set, each side's classes
    /// renumbered from 0 in their original order (names kept), so that a classifier trained on one
    /// side has one weight row per class it sees. Both sets keep the examples' original order.
    public func split(heldOutClasses heldOut: Int, using rng: inout RNG) -> (train: Dataset, test: Dataset) {
        // fatalError, not precondition: notebooks run the release build, where a precondition is silent.
        guard (1 ..< classes).contains(heldOut) else {
            fatalError("Dataset '\(name)': cannot hold out \(heldOut) of \(classes) classes (1 to \(classes - 1) can be)")
        }
        let testClasses = Set(rng.shuffled(Array(0 ..< classes)).prefix(heldOut))
        func side(_ chosen: [Int], _ suffix: String) -> Dataset {
            let number = Dictionary(uniqueKeysWithValues: chosen.enumerated().map { ($1, $0) })
            let rows = labels.indices.filter { number[labels[$0]] != nil }
            return Dataset(name: "\(name) (\(suffix))", points: points.detached.gatherRows(rows),
                           labels: rows.map { number[labels[$0]]! }, classes: chosen.count,
                           modes: rows.map { modes[$0] }, classNames: chosen.map { classNames[$0] })
        }
        let all = Array(0 ..< classes)
        return (side(all.filter { !testClasses.contains($0) }, "train classes"),
                side(all.filter { testClasses.contains($0) }, "held-out classes"))
    }

    /// A split by class drawn with a generator seeded by `seed`.
    public func split(heldOutClasses heldOut: Int, seed: UInt64) -> (train: Dataset, test: Dataset) {
        var rng = RNG(seed: seed)
        return split(heldOutClasses: heldOut, using: &rng)
    }
}
