/// A grouping of a data set's classes into fewer meta-classes: what one learner of a randomized
/// ensemble (DREML, Xuan, Souvenir & Pless 2018, §3) is trained to tell apart.
///
/// A random grouping deals the classes, shuffled, into the meta-classes in turn, so every class
/// has exactly one meta-class, every meta-class at least one class, and their sizes differ by at
/// most one (the paper's random partition into D groups of about C/D classes).
public struct MetaClassGrouping: Sendable, Equatable {
    /// For each class, its meta-class.
    public let metaClass: [Int]
    /// The number of meta-classes.
    public let count: Int

    /// The grouping that sends class c to meta-class `metaClass[c]`, with meta-classes 0..<count.
    public init(metaClass: [Int], count: Int) throws {
        guard count >= 1 else { throw MetaClassError.tooFewMetaClasses(count) }
        if let bad = metaClass.firstIndex(where: { !(0 ..< count).contains($0) }) {
            throw MetaClassError.metaClassOutOfRange(class: bad, metaClass: metaClass[bad], count: count)
        }
        self.metaClass = metaClass
        self.count = count
    }

    /// A random grouping of `classes` classes into `metaClasses` meta-classes, drawn from `rng`.
    /// - Throws: `MetaClassError` when there are fewer than 2 meta-classes or more than classes.
    public init(classes: Int, metaClasses: Int, using rng: inout RNG) throws {
        guard metaClasses >= 2 else { throw MetaClassError.tooFewMetaClasses(metaClasses) }
        guard metaClasses <= classes else { throw MetaClassError.moreMetaClassesThanClasses(metaClasses: metaClasses, classes: classes) }
        var assignment = [Int](repeating: 0, count: classes)
        for (position, c) in rng.shuffled(Array(0 ..< classes)).enumerated() { assignment[c] = position % metaClasses }
        try self.init(metaClass: assignment, count: metaClasses)
    }

    /// Each class its own meta-class: an ensemble learner trained on the real labels.
    public static func identity(classes: Int) -> MetaClassGrouping {
        MetaClassGrouping(unchecked: Array(0 ..< classes), count: classes)
    }

    /// `learners` random groupings, one after another from a generator seeded by `seed`: the same
    /// groupings for the same seed.
    public static func random(classes: Int, metaClasses: Int, learners: Int, seed: UInt64) throws -> [MetaClassGrouping] {
        guard learners >= 1 else { throw MetaClassError.noLearners(learners) }
        var rng = RNG(seed: seed)
        return try (0 ..< learners).map { _ in try MetaClassGrouping(classes: classes, metaClasses: metaClasses, using: &rng) }
    }

    /// The number of classes grouped.
    public var classes: Int { metaClass.count }

    /// The classes of each meta-class, in increasing order.
    public var members: [[Int]] {
        (0 ..< count).map { m in metaClass.indices.filter { metaClass[$0] == m } }
    }

    private init(unchecked metaClass: [Int], count: Int) {
        self.metaClass = metaClass
        self.count = count
    }
}

/// Why meta-classes cannot be made as asked.
public enum MetaClassError: Error, Equatable, CustomStringConvertible {
    /// Fewer than two meta-classes leave a learner nothing to tell apart.
    case tooFewMetaClasses(Int)
    /// More meta-classes than classes would leave a meta-class empty.
    case moreMetaClassesThanClasses(metaClasses: Int, classes: Int)
    /// A class is sent to a meta-class that does not exist.
    case metaClassOutOfRange(class: Int, metaClass: Int, count: Int)
    /// An ensemble needs at least one learner.
    case noLearners(Int)
    /// A label of the batch is no class of the grouping.
    case labelOutsideGrouping(label: Int, classes: Int)
    /// The learners' groupings do not group the same number of classes.
    case groupingsDisagree(classes: [Int])

    public var description: String {
        switch self {
        case .tooFewMetaClasses(let d):
            "metaClasses: \(d) meta-classes, but a learner needs at least 2 to tell apart"
        case let .moreMetaClassesThanClasses(d, c):
            "metaClasses: \(d) meta-classes for \(c) classes would leave a meta-class empty (at most \(c))"
        case let .metaClassOutOfRange(c, m, d):
            "metaClass: class \(c) is sent to meta-class \(m), outside 0..<\(d)"
        case .noLearners(let l):
            "learners: \(l) learners, an ensemble needs at least 1"
        case let .labelOutsideGrouping(label, classes):
            "labels: label \(label) is no class of the grouping, which groups classes 0..<\(classes)"
        case .groupingsDisagree(let classes):
            "groupings: the learners group different numbers of classes, \(classes)"
        }
    }
}
