/// A labelled set of examples: one row of `points` per example, classes numbered from 0.
public struct Dataset: Sendable {
    /// A short name for tables and figure titles.
    public let name: String
    /// The examples, a row each.
    public let points: Tensor
    /// Each example's class, in 0..<classes.
    public let labels: [Int]
    /// The number of classes.
    public let classes: Int
    /// Each example's mode within its class: which separated blob (or which half of a split class,
    /// or which augmented view) it was drawn from; 0 where a class is a single mode.
    public let modes: [Int]
    /// The classes' names, by label.
    public let classNames: [String]

    /// A data set of `points` with their `labels`; the class count defaults to the largest label + 1.
    ///
    /// Points must be finite: one NaN would turn every embedding and gradient of a run into NaN, so
    /// a data set holding one is refused here, with the point and coordinate named.
    public init(name: String, points: Tensor, labels: [Int], classes: Int? = nil, modes: [Int]? = nil,
                classNames: [String]? = nil) {
        let classes = classes ?? (labels.max() ?? -1) + 1
        // fatalError, not precondition: a notebook runs the library built for release, where a
        // failed precondition prints no message.
        func refuse(_ reason: String) -> Never { fatalError("Dataset '\(name)': \(reason)") }
        if points.rows != labels.count { refuse("\(points.rows) points but \(labels.count) labels") }
        if let bad = labels.firstIndex(where: { $0 < 0 || $0 >= classes }) {
            refuse("point \(bad)'s label \(labels[bad]) is outside 0..<\(classes)")
        }
        if let modes, modes.count != labels.count { refuse("\(modes.count) modes for \(labels.count) labels") }
        if let classNames, classNames.count != classes { refuse("\(classNames.count) class names for \(classes) classes") }
        if let bad = points.scalars.firstNonFiniteIndex {
            refuse("point \(bad / points.cols), coordinate \(bad % points.cols) is \(points.scalars[bad]), not a finite number")
        }
        self.name = name
        self.points = points
        self.labels = labels
        self.classes = classes
        self.modes = modes ?? [Int](repeating: 0, count: labels.count)
        self.classNames = classNames ?? (0 ..< classes).map(String.init)
    }

    /// The number of examples.
    public var count: Int { labels.count }

    /// The number of coordinates of each example.
    public var dimension: Int { points.cols }

    /// The indices of the examples of one class, in order.
    public func indices(ofClass c: Int) -> [Int] {
        labels.indices.filter { labels[$0] == c }
    }

    /// The examples at `indices`, in that order, keeping the class count and names.
    public func subset(_ indices: [Int], name: String? = nil) -> Dataset {
        Dataset(name: name ?? self.name, points: points.detached.gatherRows(indices),
                labels: indices.map { labels[$0] }, classes: classes, modes: indices.map { modes[$0] },
                classNames: classNames)
    }
}
