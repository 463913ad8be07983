extension Dataset {
    /// A stratified split into training and test sets: each class gives about `testFraction` of its
    /// examples to the test set, chosen at random, and always keeps at least one for training.
    /// Both sets keep the examples' original order.
    public func split(testFraction: Double = 0.25, using rng: inout RNG) -> (train: Dataset, test: Dataset) {
        precondition((0 ... 1).contains(testFraction), "split: testFraction \(testFraction) outside 0…1")
        var isTest = [Bool](repeating: false, count: count)
        for c in 0 ..< classes {
            let members = indices(ofClass: c)
            guard !members.isEmpty else { continue }
            let testCount = min(Int((testFraction * Double(members.count)).rounded()), members.count - 1)
            for i in rng.shuffled(members).prefix(testCount) { isTest[i] = true }
        }
        let all = Array(0 ..< count)
        return (subset(all.filter { !isTest[$0] }, name: "\(name) (train)"),
                subset(all.filter { isTest[$0] }, name: "\(name) (test)"))
    }

    /// A stratified split drawn with a generator seeded by `seed`.
    public func split(testFraction: Double = 0.25, seed: UInt64) -> (train: Dataset, test: Dataset) {
        var rng = RNG(seed: seed)
        return split(testFraction: testFraction, using: &rng)
    }
}
