import Foundation

/// Twelve named classes whose names carry a meaning their layout does not: six animals and six
/// vehicles as Gaussian clusters round a circle, the kinds alternating (cat, car, dog, truck, …),
/// so that every cluster's nearest neighbours are of the other kind. Language guidance (Roth,
/// Vinyals & Akata 2022) can know the kinds only from the names.
public struct AnimalsAndVehicles: DataGenerator {
    /// The class names by label, round the circle: animals at even labels, vehicles at odd.
    public static let names = ["cat", "car", "dog", "truck", "horse", "bus", "cow", "bicycle", "sheep", "train", "lion", "airplane"]
    /// The kind of each class by label: 0 for an animal, 1 for a vehicle.
    public static let kinds = names.indices.map { $0 % 2 }
    /// The kinds' names, by kind.
    public static let kindNames = ["animal", "vehicle"]

    /// Examples per class.
    public let perClass: Int
    /// The radius of the circle of class centres.
    public let radius: Double
    /// The standard deviation of each coordinate round its class centre.
    public let spread: Double

    /// Twelve clusters of `perClass` points round a circle of `radius`.
    public init(perClass: Int = 20, radius: Double = 2, spread: Double = 0.25) {
        precondition(perClass >= 2 && radius > 0 && spread >= 0, "AnimalsAndVehicles: perClass ≥ 2, radius > 0, spread ≥ 0")
        self.perClass = perClass
        self.radius = radius
        self.spread = spread
    }

    /// The examples' kinds (0 animal, 1 vehicle) for their class labels.
    public static func kinds(of labels: [Int]) -> [Int] { labels.map { kinds[$0] } }

    /// Class by class, `perClass` points round each centre.
    public func sample(using rng: inout RNG) -> Dataset {
        let count = Self.names.count
        var scalars: [Double] = [], labels: [Int] = []
        for c in 0 ..< count {
            let angle = 2 * Double.pi * Double(c) / Double(count)
            for _ in 0 ..< perClass {
                scalars.append(rng.gaussian(mean: radius * cos(angle), std: spread))
                scalars.append(rng.gaussian(mean: radius * sin(angle), std: spread))
                labels.append(c)
            }
        }
        return Dataset(name: "animals and vehicles", points: Tensor(rows: labels.count, cols: 2, scalars: scalars),
                       labels: labels, classes: count, classNames: Self.names)
    }
}
