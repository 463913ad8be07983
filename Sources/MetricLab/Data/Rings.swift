import Foundation

/// Concentric rings, one a class, at radii `spacing`, 2·`spacing`, …: no linear map separates them.
public struct Rings: DataGenerator {
    /// The number of rings.
    public let classes: Int
    /// Examples on each ring.
    public let perClass: Int
    /// The distance between neighbouring rings (and the inner ring's radius).
    public let spacing: Double
    /// The standard deviation of the noise on each coordinate.
    public let noise: Double

    /// `classes` rings of `perClass` points at uniformly random angles, with Gaussian `noise`.
    public init(classes: Int = 2, perClass: Int = 50, spacing: Double = 1, noise: Double = 0.05) {
        precondition(classes >= 1 && perClass >= 1 && spacing > 0 && noise >= 0,
                     "Rings: classes ≥ 1, perClass ≥ 1, spacing > 0, noise ≥ 0")
        self.classes = classes
        self.perClass = perClass
        self.spacing = spacing
        self.noise = noise
    }

    /// Draws the rings.
    public func sample(using rng: inout RNG) -> Dataset {
        var scalars: [Double] = []
        scalars.reserveCapacity(2 * classes * perClass)
        for c in 0 ..< classes {
            let radius = spacing * Double(c + 1)
            for _ in 0 ..< perClass {
                let angle = rng.uniform(0, 2 * .pi)
                scalars.append(radius * cos(angle) + noise * rng.gaussian())
                scalars.append(radius * sin(angle) + noise * rng.gaussian())
            }
        }
        let labels = (0 ..< classes * perClass).map { $0 / perClass }
        return Dataset(name: "rings", points: Tensor(rows: labels.count, cols: 2, scalars: scalars),
                       labels: labels, classes: classes)
    }
}
