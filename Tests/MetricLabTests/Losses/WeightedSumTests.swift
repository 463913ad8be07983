import MetricLab
import MetricLabTestSupport
import Testing

/// Weighted sums of losses: parameters concatenated and sliced, values and gradients added.
@Suite struct WeightedSumTests {
    let x = randomTensor(6, 2, seed: 31)
    let y = [0, 1, 2, 0, 1, 2]

    @Test func operatorsBuildTheSumTheyRead() throws {
        let sum = Softmax() + 0.01 * Center()
        #expect(sum.terms.map(\.weight) == [1, 0.01])
        #expect(sum.name == "Softmax + 0.01·Center")
        let longer = sum + 2 * NormalizedSoftmax() + CosFace() * 0.5
        #expect(longer.terms.map(\.weight) == [1, 0.01, 2, 0.5])
        #expect(longer.terms.map(\.loss.name) == ["Softmax", "Center", "Normalized softmax", "CosFace"])
        #expect((3 * (Softmax() + Center())).terms.map(\.weight) == [3, 3])
    }

    @Test func parametersAreConcatenatedInOrder() throws {
        var rng = RNG(seed: 4)
        let parameters = (Softmax() + 0.01 * Center() + ArcFace()).makeParameters(embeddingSize: 2, classes: 3, using: &rng)
        #expect(parameters.tensors.map { [$0.rows, $0.cols] } == [[2, 3], [1, 3], [3, 2], [2, 3]])
        #expect(parameters.names == ["0.classWeights", "0.bias", "1.centers", "2.classWeights"])
        let sum = Softmax() + 0.01 * Center() + ArcFace()
        #expect(parameters.parts[1][.centers]?.scalars == parameters.tensors[2].scalars)
        let later = sum.atEpoch(5)
        #expect(try abs(later(x, labels: [0, 1, 2, 0, 1, 2], parameters: parameters).scalar
            - sum(x, labels: [0, 1, 2, 0, 1, 2], parameters: parameters).scalar) < 1e-12)
    }

    @Test func valueIsTheWeightedSumOfTheParts() throws {
        var rng = RNG(seed: 5)
        let softmax = Softmax().makeParameters(embeddingSize: 2, classes: 3, using: &rng)
        let centers = Center().makeParameters(embeddingSize: 2, classes: 3, using: &rng)
        let parts = try Softmax()(x, labels: y, parameters: softmax).scalar + 0.01 * Center()(x, labels: y, parameters: centers).scalar
        let sum = try (Softmax() + 0.01 * Center())(x, labels: y, parameters: LossParameters(parts: [softmax, centers])).scalar
        #expect(abs(sum - parts) < 1e-12)
        #expect(Center.withSoftmax().terms.map(\.weight) == [1, 0.003])
    }

    @Test func gradientsReachEveryPartsParameters() throws {
        var rng = RNG(seed: 6)
        let loss = Softmax() + 0.5 * Center() + SupCon()
        let parameters = loss.makeParameters(embeddingSize: 2, classes: 3, using: &rng)
        let points = [x] + parameters.tensors
        #expect(try gradientError(at: points) { try loss($0[0], labels: y, parameters: parameters.replacing(Array($0.dropFirst()))) } < 1e-6)
        let (_, gradients) = try valueWithGradient(at: points) { try loss($0[0], labels: y, parameters: parameters.replacing(Array($0.dropFirst()))) }
        #expect(gradients.allSatisfy { $0.scalars.contains { $0 != 0 } })
    }
}
