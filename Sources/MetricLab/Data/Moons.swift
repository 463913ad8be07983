import Foundation

/// Two interleaving half circles (scikit-learn's `make_moons`): not linearly separable.
///
/// Points are evenly spaced along each arc, then moved by Gaussian noise.
public struct Moons: DataGenerator {
    /// Examples on each moon.
    public let perClass: Int
    /// The standard deviation of the noise on each coordinate.
    public let noise: Double

    /// Two moons of `perClass` points with Gaussian `noise`.
    public init(perClass: Int = 50, noise: Double = 0.1) {
        precondition(perClass >= 1 && noise >= 0, "Moons: perClass ≥ 1 and noise ≥ 0")
        self.perClass = perClass
        self.noise = noise
    }

    /// Draws the two moons.
    public func sample(using rng: inout RNG) -> Dataset {
        var scalars: [Double] = []
        scalars.reserveCapacity(4 * perClass)
        for c in 0 ..< 2 {
            for i in 0 ..< perClass {
                let t = perClass == 1 ? 0 : Double.pi * Double(i) / Double(perClass - 1)
                let x = c == 0 ? cos(t) : 1 - cos(t)
                let y = c == 0 ? sin(t) : 0.5 - sin(t)
                scalars.append(x + noise * rng.gaussian())
                scalars.append(y + noise * rng.gaussian())
            }
        }
        let labels = (0 ..< 2 * perClass).map { $0 / perClass }
        return Dataset(name: "moons", points: Tensor(rows: 2 * perClass, cols: 2, scalars: scalars), labels: labels)
    }
}
