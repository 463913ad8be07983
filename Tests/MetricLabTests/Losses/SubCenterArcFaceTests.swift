import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// Sub-centre ArcFace: ArcFace on each class's largest sub-centre cosine.
@Suite struct SubCenterArcFaceTests {
    let points = Tensor([[1.0, 0.2], [-0.4, 1.2], [0.3, -0.9], [-1, -0.1]])
    let labels = [0, 1, 1, 0]
    /// Class 0's sub-centres along (2, 1) and (−1, −1); class 1's along (−1, 1) and (0, −3).
    let weights = Tensor([[2.0, -1, -1, 0], [1, -1, 1, -3]])

    func loss(_ l: SubCenterArcFace, _ x: Tensor, _ w: Tensor, labels: [Int]? = nil) throws -> Tensor {
        try l(x, labels: labels ?? self.labels, parameters: LossParameters(.classWeights, w))
    }

    /// The cosine between point i and column k, written out.
    func cosine(_ i: Int, _ k: Int) -> Double {
        let x = points.row(i), w = [weights[0, k], weights[1, k]]
        return (x[0] * w[0] + x[1] * w[1]) / (hypot(x[0], x[1]) * hypot(w[0], w[1]))
    }

    @Test func valueByHand() throws {
        let (m, s) = (28.6 * .pi / 180, 8.0)
        let psi: (Double) -> Double = { c in acos(c) <= .pi - m ? cos(acos(c) + m) : c - m * sin(m) }
        let crossEntropies = (0 ..< 4).map { i -> Double in
            let logits = (0 ..< 2).map { j -> Double in
                let c = max(cosine(i, 2 * j), cosine(i, 2 * j + 1))
                return s * (j == labels[i] ? psi(c) : c)
            }
            return log(logits.map(exp).reduce(0, +)) - logits[labels[i]]
        }
        let expected = crossEntropies.reduce(0, +) / 4
        #expect(try abs(loss(SubCenterArcFace(subCenters: 2, scale: s), points, weights).scalar - expected) < 1e-12)
        // Point 3 is nearer class 0's second sub-centre, and point 2 class 1's second.
        #expect(cosine(3, 1) > cosine(3, 0) && cosine(2, 3) > cosine(2, 2))
    }

    /// With one sub-centre per class it is ArcFace.
    @Test func oneSubCentreIsArcFace() throws {
        let w = randomTensor(2, 3, seed: 51), labels = [0, 2, 1, 2]
        let arcFace = try ArcFace(marginDegrees: 35, scale: 10)(points, labels: labels, parameters: LossParameters(.classWeights, w))
        #expect(try abs(loss(SubCenterArcFace(subCenters: 1, marginDegrees: 35, scale: 10), points, w, labels: labels).scalar - arcFace.scalar) < 1e-14)
    }

    @Test func gradient() throws {
        let x = randomTensor(7, 3, seed: 52), labels = [0, 1, 2, 2, 0, 1, 1]
        let cases = [(SubCenterArcFace(scale: 4), randomTensor(3, 9, seed: 53)),
                     (SubCenterArcFace(subCenters: 1, marginDegrees: 100, scale: 2), randomTensor(3, 3, seed: 55)),
                     (SubCenterArcFace.paper, randomTensor(3, 9, seed: 56))]
        for (l, w) in cases {
            #expect(try gradientError(at: [x, w]) { try loss(l, $0[0], $0[1], labels: labels) } < 1e-6)
        }
    }

    @Test func paperPreset() {
        #expect(SubCenterArcFace.paper.subCenters == 3 && SubCenterArcFace.paper.scale == 64)
        #expect(abs(SubCenterArcFace.paper.marginDegrees * .pi / 180 - 0.5) < 1e-15)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in [(Tensor([[0.3, -2.0]]), [1]), (points, [0, 0, 0, 0]), (points, [0, 1, 0, 0])] {
            let (value, grads) = try valueWithGradient(at: [x, weights]) { try loss(SubCenterArcFace(subCenters: 2), $0[0], $0[1], labels: labels) }
            #expect(value.isFinite && grads.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
        }
    }

    @Test func badConfigurationsAreRefused() {
        expectRefused("not a multiple of the 3 sub-centres") { try loss(SubCenterArcFace(), points, weights) }
        expectRefused("label 2 has no sub-centres in W") { try loss(SubCenterArcFace(subCenters: 2), points, weights, labels: [0, 2, 1, 0]) }
        expectRefused("W has 3 rows") { try loss(SubCenterArcFace(subCenters: 1), points, randomTensor(3, 2, seed: 54)) }
        expectRefused("at least one sub-centre") { try loss(SubCenterArcFace(subCenters: 0), points, weights) }
    }

    @Test func madeWeightsHoldKSubCentresPerClass() throws {
        var rng = RNG(seed: 3)
        let w = SubCenterArcFace(subCenters: 4).makeParameters(embeddingSize: 5, classes: 3, using: &rng)[.classWeights]!
        #expect(w.rows == 5 && w.cols == 12)
        #expect(try SubCenterArcFace(subCenters: 4).weightRows(in: LossParameters(.classWeights, w))?.rows == 12)
    }

    /// Class 0: three examples nearest its first sub-centre (e₁) and one at 100° from it, nearer
    /// the second (e₂); class 1 has no example; class 2 one example nearest its second sub-centre.
    @Test func outliersAreFarFromTheDominantSubCentre() throws {
        let w = Tensor([[1, 0, 1, 0, 1, 0], [0, 1, 0, 1, 0, 1]])
        let x = Tensor([[1, 0.1], [1, -0.2], [cos(1.745), sin(1.745)], [2, 0.3], [0.1, 1]])
        let (outliers, dominant) = try SubCenterArcFace(subCenters: 2).outliers(of: x, labels: [0, 0, 0, 0, 2], parameters: LossParameters(.classWeights, w))
        #expect(outliers == [2])
        #expect(dominant == [0, nil, 1])
        expectRefused("2 labels for 5 embeddings") { try SubCenterArcFace(subCenters: 2).outliers(of: x, labels: [0, 1], parameters: LossParameters(.classWeights, w)) }
    }
}
