/// Which examples each training step sees.
public enum BatchPlan: Sendable, Equatable {
    /// Every example, every step.
    case full
    /// `size` examples (m) from `classes` distinct classes (C) drawn at random each step, split as
    /// evenly as possible between them: the C/m ratio of Song et al. 2016/2017.
    case classes(Int, size: Int)

    /// The indices of the next batch's examples, grouped by class, drawn with `rng`.
    ///
    /// A class is drawn from without replacement, and only goes round again when it has fewer
    /// examples than its share of the batch.
    public func indices(labels: [Int], using rng: inout RNG) -> [Int] {
        switch self {
        case .full:
            return Array(labels.indices)
        case let .classes(c, size):
            var members: [Int: [Int]] = [:]
            for (i, label) in labels.enumerated() { members[label, default: []].append(i) }
            let present = members.keys.sorted()
            precondition(c >= 1 && c <= present.count, "BatchPlan.classes: \(c) classes asked, \(present.count) present")
            precondition(size >= c, "BatchPlan.classes: a batch of \(size) cannot hold \(c) classes")
            var batch: [Int] = []
            batch.reserveCapacity(size)
            for (k, pick) in rng.sample(c, from: present.count).enumerated() {
                let pool = members[present[pick]]!
                let share = size / c + (k < size % c ? 1 : 0)
                var drawn = 0
                while drawn < share {
                    for i in rng.shuffled(pool).prefix(share - drawn) { batch.append(i) }
                    drawn = min(share, drawn + pool.count)
                }
            }
            return batch
        }
    }

    /// The number of examples in a batch from a data set of `count` examples.
    public func size(count: Int) -> Int {
        switch self {
        case .full: count
        case let .classes(_, size): size
        }
    }
}
