import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// Six points on a line, x = 0, 1, 2, 10, 11, 13, with alternating labels 0, 1, 0, 1, 0, 1, γ = 1.
///
/// By hand: the first greedy step sees one cluster (NMI 0, Δ = 1 for every candidate) and the
/// distance sums 37, 33, 31, 31, 33, 41: points 2 and 3 tie and the lower index, 2, wins. The second
/// step adds 11 (cost 6, the split {0,1,2 | 10,11,13}); PAM then moves the left medoid to x = 1
/// (within-cluster sum 2 instead of 3) and keeps 11, so F = −(1+0+1+1+0+2) = −5. The oracle takes
/// x = 2 for class 0 (sum 11) and x = 10 for class 1 (sum 12): F̃ = −23. The split against the labels
/// has cells 2,1 / 1,2, so MI = ⅔ ln(4/3) + ⅓ ln(2/3) and NMI = MI / ln 2.
@Suite struct FacilityLocationHandComputedTests {
    static let xs: [Double] = [0, 1, 2, 10, 11, 13]
    static let labels = [0, 1, 0, 1, 0, 1]
    static let embeddings = Tensor(xs.map { [$0, 0] })
    static let nmi = (2.0 / 3 * log(4.0 / 3) + 1.0 / 3 * log(2.0 / 3)) / log(2.0)

    @Test func inferenceFollowsTheHandComputation() throws {
        let inference = FacilityLocation().inference(Self.embeddings, labels: Self.labels)
        #expect(inference.greedyMedoids == [2, 4])
        #expect(inference.greedySteps.map(\.facilityEnergy) == [-31, -6])
        #expect(inference.greedySteps[0].margin == 1)
        #expect(abs(inference.greedySteps[1].margin - (1 - Self.nmi)) < 1e-12)
        #expect(inference.sweeps.count == 5)
        #expect(inference.sweeps.allSatisfy { $0 == [1, 4] })
        #expect(inference.medoids == [1, 4])
        #expect(inference.assignment == [0, 0, 0, 1, 1, 1])
        #expect(inference.oracleMedoids == [2, 3])
        #expect(inference.facilityEnergy == -5)
        #expect(inference.oracleScore == -23)
        #expect(abs(inference.clusteringScore - Self.nmi) < 1e-12)
        #expect(abs(Self.nmi - 0.08170416594551037) < 1e-12)
    }

    @Test func descriptionListsTheStepsAndTheTerms() throws {
        let lines = FacilityLocation().inference(Self.embeddings, labels: Self.labels).description.split(separator: "\n")
        #expect(lines[0] == "facility location, γ = 1.0000, 2 medoids for 6 points")
        #expect(lines[2] == "1 | 2 | -31.0000 | 1.0000 | -30.0000")
        #expect(lines[3] == "2 | 4 | -6.0000 | 0.9183 | -5.0817")
        #expect(lines[4] == "PAM sweep 1: medoids [1, 4]")
        #expect(lines.count == 11)
        #expect(lines[9] == "medoids [1, 4], oracle medoids [2, 3] (classes [0, 1])")
        #expect(lines[10] == "F = -5.0000, F̃ = -23.0000, score = 0.0817, Δ = 0.9183, loss = 18.9183")
    }

    @Test func lossIsFPlusMarginMinusOracle() throws {
        let expected = -5 + (1 - Self.nmi) + 23
        #expect(try abs(FacilityLocation()(Self.embeddings, labels: Self.labels).scalar - expected) < 1e-12)
        let halfMargin = try FacilityLocation(marginMultiplier: 0.5)(Self.embeddings, labels: Self.labels).scalar
        #expect(abs(halfMargin - (-5 + 0.5 * (1 - Self.nmi) + 23)) < 1e-12)
    }

    /// ∂/∂xᵢ of −Σ|xᵢ − x_{medoid}| + Σ|xᵢ − x_{oracle medoid}| with medoids 1, 4 and oracle 2, 3.
    @Test func gradientIsTheSignsOfTheHeldMedoidTerms() throws {
        let (_, gradients) = try valueWithGradient(at: [Self.embeddings]) { try FacilityLocation()($0[0], labels: Self.labels) }
        let g = gradients[0]
        #expect(maxAbsDifference((0 ..< 6).map { g[$0, 0] }, [0, -1, -1, 1, 1, 0]) < 1e-12)
        #expect((0 ..< 6).map { g[$0, 1] } == [0, 0, 0, 0, 0, 0])
    }

    @Test func marginDecaysPerEpoch() throws {
        let loss = FacilityLocation.paper
        #expect(loss.currentMarginMultiplier == 1)
        #expect(abs(loss.atEpoch(3).currentMarginMultiplier - pow(0.94, 3)) < 1e-15)
        #expect(abs(loss.atEpoch(3).atEpoch(1).currentMarginMultiplier - 0.94) < 1e-15)
        let late = try loss.atEpoch(10)(Self.embeddings, labels: Self.labels).scalar
        #expect(abs(late - (-5 + pow(0.94, 10) * (1 - Self.nmi) + 23)) < 1e-12)
    }
}
