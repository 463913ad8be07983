/// Folds over classes, for cross-validation on unseen classes (Musgrave et al. 2020, §4.2): the
/// classes shuffled by a seed and dealt into `count` groups; fold k trains on the other groups'
/// classes and tests on group k's, so every class is tested exactly once and never trained on there.
public struct ClassFolds: Sendable, Equatable {
    /// For each fold, the original labels of the classes it holds out, in increasing order.
    public let heldOut: [[Int]]

    /// `count` folds over `classes` classes, dealt after a shuffle seeded by `seed`.
    public init(classes: Int, count: Int, seed: UInt64) {
        // fatalError, not precondition: notebooks run the release build, where a precondition is silent.
        guard count >= 2 && count <= classes else {
            fatalError("ClassFolds: cannot deal \(classes) classes into \(count) folds (2 to \(classes) can be)")
        }
        var rng = RNG(seed: seed)
        let order = rng.shuffled(Array(0 ..< classes))
        heldOut = (0 ..< count).map { fold in stride(from: fold, to: classes, by: count).map { order[$0] }.sorted() }
    }

    /// The number of folds.
    public var count: Int { heldOut.count }

    /// Fold `fold` of `data`: the training set of the classes it keeps and the test set of those it
    /// holds out, each side's classes renumbered from 0 in their original order, names kept.
    public func split(_ data: Dataset, fold: Int) -> (train: Dataset, test: Dataset) {
        guard heldOut.indices.contains(fold) else { fatalError("ClassFolds.split: no fold \(fold) of \(count)") }
        guard heldOut.joined().count == data.classes else {
            fatalError("ClassFolds.split: the folds deal \(heldOut.joined().count) classes, '\(data.name)' has \(data.classes)")
        }
        let test = Set(heldOut[fold])
        let all = Array(0 ..< data.classes)
        return (data.keeping(classes: all.filter { !test.contains($0) }, "fold \(fold + 1) of \(count), train classes"),
                data.keeping(classes: all.filter { test.contains($0) }, "fold \(fold + 1) of \(count), held-out classes"))
    }
}

extension Dataset {
    /// The examples of `chosen` classes, renumbered from 0 in that order, in their original order.
    fileprivate func keeping(classes chosen: [Int], _ suffix: String) -> Dataset {
        let number = Dictionary(uniqueKeysWithValues: chosen.enumerated().map { ($1, $0) })
        let rows = labels.indices.filter { number[labels[$0]] != nil }
        return Dataset(name: "\(name) (\(suffix))", points: points.detached.gatherRows(rows),
                       labels: rows.map { number[labels[$0]]! }, classes: chosen.count,
                       modes: rows.map { modes[$0] }, classNames: chosen.map { classNames[$0] })
    }
}
