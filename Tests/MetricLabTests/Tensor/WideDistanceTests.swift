import MetricLab
import MetricLabTestSupport
import Testing

/// Distances between rows wider than eight columns, which go through a matrix product: a row's
/// distance to itself is exactly 0 with slope 0, as on the direct path of the plane.
@Suite struct WideDistanceTests {
    @Test(arguments: [2, 9, 32, 64])
    func aRowIsAtDistanceZeroFromItself(width: Int) {
        let x = randomTensor(5, width, seed: 164, scale: 3)
        let distances = x.pairwiseDistances(), squared = x.pairwiseSquaredDistances()
        for i in 0 ..< 5 { #expect(distances[i, i] == 0 && squared[i, i] == 0, "width \(width), row \(i)") }
        // Off the diagonal the product path agrees with the direct sum of squares.
        let direct = (0 ..< width).map { p in (x[0, p] - x[1, p]) * (x[0, p] - x[1, p]) }.reduce(0, +)
        #expect(abs(squared[0, 1] - direct) < 1e-12 * direct)
    }

    /// Before the diagonal was zeroed, the rounding left there (√1e-15 ≈ 3e-8) moved with every
    /// shift of a row and the differences of a sum of distances were off by 1e-3 at 32 columns.
    @Test(arguments: [2, 9, 32])
    func sumOfDistancesHasTheGradientOfItsDifferences(width: Int) {
        let x = randomTensor(4, width, seed: 165)
        #expect(gradientError(at: [x]) { $0[0].pairwiseDistances().sum() } < 1e-6)
        #expect(gradientError(at: [x]) { $0[0].pairwiseSquaredDistances().sum() } < 1e-6)
    }
}
