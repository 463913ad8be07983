import Foundation

/// Classes made of several separated Gaussian modes, with other classes' modes between them.
///
/// The `classes × modes` mode centres sit evenly on a circle of `radius`, dealt out to the classes
/// in turn, so that walking round the circle meets class 0, 1, …, K−1, 0, 1, …: each class's modes
/// are far apart and separated by every other class. A loss that pulls each class into one cluster
/// has to drag modes across others; magnet and ranked-list losses need not.
public struct MultiModal: DataGenerator {
    /// The number of classes.
    public let classes: Int
    /// Modes per class.
    public let modes: Int
    /// Examples drawn around each mode centre.
    public let perMode: Int
    /// The standard deviation of each coordinate around its mode centre.
    public let spread: Double
    /// The radius of the circle of mode centres.
    public let radius: Double

    /// `classes` classes of `modes` blobs of `perMode` points each.
    public init(classes: Int = 3, modes: Int = 3, perMode: Int = 10, spread: Double = 0.15, radius: Double = 3) {
        precondition(classes >= 1 && modes >= 1 && perMode >= 1 && spread >= 0 && radius > 0,
                     "MultiModal: classes, modes, perMode ≥ 1, spread ≥ 0, radius > 0")
        self.classes = classes
        self.modes = modes
        self.perMode = perMode
        self.spread = spread
        self.radius = radius
    }

    /// The centre of one mode of one class.
    public func center(ofClass c: Int, mode m: Int) -> [Double] {
        let slot = m * classes + c
        let angle = 2 * Double.pi * Double(slot) / Double(classes * modes) + Double.pi / 2
        return [radius * cos(angle), radius * sin(angle)]
    }

    /// Draws every mode of every class, class by class.
    public func sample(using rng: inout RNG) -> Dataset {
        var scalars: [Double] = [], labels: [Int] = [], modeOf: [Int] = []
        scalars.reserveCapacity(2 * classes * modes * perMode)
        for c in 0 ..< classes {
            for m in 0 ..< modes {
                let center = center(ofClass: c, mode: m)
                for _ in 0 ..< perMode {
                    scalars.append(rng.gaussian(mean: center[0], std: spread))
                    scalars.append(rng.gaussian(mean: center[1], std: spread))
                    labels.append(c)
                    modeOf.append(m)
                }
            }
        }
        return Dataset(name: "multi-modal", points: Tensor(rows: labels.count, cols: 2, scalars: scalars),
                       labels: labels, classes: classes, modes: modeOf)
    }
}
