/// The split-class layout of Song et al. 2017 (Deep Metric Learning via Facility Location), Fig. 2.
///
/// Groups of points on a line, `gap` apart: class 0's first half, classes 1, …, K−1, then class 0's
/// second half (for three classes: A1 – B – C – A2). Pair and triplet losses see A1 attracted by A2
/// but repelled by B and C between them, and can stay stuck with class 0 split; a loss on the whole
/// clustering can reunite it. Each point's half (0 for A1, 1 for A2; 0 for other classes) is in the
/// data set's `modes`. The defaults are the flagship notebook's: 3 classes of 16, gap 1, spread 0.1.
public struct SplitClass: DataGenerator {
    /// The number of classes, the split one included.
    public let classes: Int
    /// Examples per class; the split class has ⌈perClass/2⌉ in its first half, the rest in its second.
    public let perClass: Int
    /// The distance between neighbouring groups' centres along the line.
    public let gap: Double
    /// The standard deviation of each coordinate around its group's centre.
    public let spread: Double

    /// The label of the class split in two.
    public static let splitLabel = 0

    /// `classes` classes of `perClass` points, class 0 split round the others.
    public init(classes: Int = 3, perClass: Int = 16, gap: Double = 1, spread: Double = 0.1) {
        precondition(classes >= 2 && perClass >= 2 && gap > 0 && spread >= 0,
                     "SplitClass: classes ≥ 2, perClass ≥ 2, gap > 0, spread ≥ 0")
        self.classes = classes
        self.perClass = perClass
        self.gap = gap
        self.spread = spread
    }

    /// The centre of each group along the line, centred on the origin: A1, then classes 1…K−1, then A2.
    public var groupCenters: [Double] {
        (0 ... classes).map { gap * (Double($0) - Double(classes) / 2) }
    }

    /// Draws A1, then A2, then classes 1…K−1: the split class's examples come first.
    public func sample(using rng: inout RNG) -> Dataset {
        let centers = groupCenters
        let firstHalf = (perClass + 1) / 2
        var scalars: [Double] = [], labels: [Int] = [], halves: [Int] = []
        scalars.reserveCapacity(2 * classes * perClass)
        func draw(_ n: Int, at x: Double, label: Int, half: Int) {
            for _ in 0 ..< n {
                scalars.append(rng.gaussian(mean: x, std: spread))
                scalars.append(rng.gaussian(mean: 0, std: spread))
                labels.append(label)
                halves.append(half)
            }
        }
        draw(firstHalf, at: centers[0], label: Self.splitLabel, half: 0)
        draw(perClass - firstHalf, at: centers[classes], label: Self.splitLabel, half: 1)
        for c in 1 ..< classes { draw(perClass, at: centers[c], label: c, half: 0) }
        return Dataset(name: "split class", points: Tensor(rows: labels.count, cols: 2, scalars: scalars),
                       labels: labels, classes: classes, modes: halves)
    }
}
