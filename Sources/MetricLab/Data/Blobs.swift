import Foundation

/// Isotropic Gaussian blobs, one a class.
///
/// By default the centres sit evenly on a circle, so that every class has the same neighbours'
/// distance; give `centers` to place them yourself (in any dimension).
public struct Blobs: DataGenerator {
    /// The class centres, one a class.
    public let centers: [[Double]]
    /// Examples drawn around each centre.
    public let perClass: Int
    /// The standard deviation of each coordinate around its centre.
    public let spread: Double

    /// `classes` blobs with centres evenly on a circle of `radius` about the origin.
    public init(classes: Int = 3, perClass: Int = 20, spread: Double = 0.3, radius: Double = 2) {
        precondition(classes >= 1, "Blobs: at least one class")
        let centers = (0 ..< classes).map { c -> [Double] in
            let angle = 2 * Double.pi * Double(c) / Double(classes) + Double.pi / 2
            return [radius * cos(angle), radius * sin(angle)]
        }
        self.init(centers: centers, perClass: perClass, spread: spread)
    }

    /// Blobs around the given centres, all of one dimension.
    public init(centers: [[Double]], perClass: Int = 20, spread: Double = 0.3) {
        precondition(!centers.isEmpty && centers.allSatisfy { $0.count == centers[0].count && !$0.isEmpty },
                     "Blobs: centres must be non-empty and of one dimension")
        precondition(perClass >= 1 && spread >= 0, "Blobs: perClass ≥ 1 and spread ≥ 0")
        self.centers = centers
        self.perClass = perClass
        self.spread = spread
    }

    /// Draws `perClass` points around each centre.
    public func sample(using rng: inout RNG) -> Dataset {
        var scalars: [Double] = []
        scalars.reserveCapacity(centers.count * perClass * centers[0].count)
        var labels: [Int] = []
        for (c, center) in centers.enumerated() {
            for _ in 0 ..< perClass {
                for x in center { scalars.append(rng.gaussian(mean: x, std: spread)) }
                labels.append(c)
            }
        }
        return Dataset(name: "blobs", points: Tensor(rows: labels.count, cols: centers[0].count, scalars: scalars),
                       labels: labels, classes: centers.count)
    }
}
