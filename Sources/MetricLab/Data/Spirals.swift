import Foundation

/// Interleaved spiral arms, one a class, winding out from the origin.
///
/// Arm c turns by 2π·c/classes from the first; along an arm the radius grows linearly from 0.1 to
/// `radius` while the angle sweeps `turns` full turns.
public struct Spirals: DataGenerator {
    /// The number of arms.
    public let classes: Int
    /// Examples on each arm.
    public let perClass: Int
    /// How many full turns each arm makes.
    public let turns: Double
    /// The radius at each arm's outer end.
    public let radius: Double
    /// The standard deviation of the noise on each coordinate.
    public let noise: Double

    /// `classes` arms of `perClass` evenly spaced points, with Gaussian `noise`.
    public init(classes: Int = 2, perClass: Int = 50, turns: Double = 1, radius: Double = 2, noise: Double = 0.05) {
        precondition(classes >= 1 && perClass >= 1 && turns > 0 && radius > 0 && noise >= 0,
                     "Spirals: classes ≥ 1, perClass ≥ 1, turns > 0, radius > 0, noise ≥ 0")
        self.classes = classes
        self.perClass = perClass
        self.turns = turns
        self.radius = radius
        self.noise = noise
    }

    /// Draws the spiral arms.
    public func sample(using rng: inout RNG) -> Dataset {
        var scalars: [Double] = []
        scalars.reserveCapacity(2 * classes * perClass)
        for c in 0 ..< classes {
            let offset = 2 * Double.pi * Double(c) / Double(classes)
            for i in 0 ..< perClass {
                let t = perClass == 1 ? 0 : Double(i) / Double(perClass - 1)
                let r = 0.1 + (radius - 0.1) * t
                let angle = offset + 2 * .pi * turns * t
                scalars.append(r * cos(angle) + noise * rng.gaussian())
                scalars.append(r * sin(angle) + noise * rng.gaussian())
            }
        }
        let labels = (0 ..< classes * perClass).map { $0 / perClass }
        return Dataset(name: "spirals", points: Tensor(rows: labels.count, cols: 2, scalars: scalars),
                       labels: labels, classes: classes)
    }
}
