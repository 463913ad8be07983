import MetricLab
import Testing

/// ARI, AMI and V-measure against scikit-learn 1.9 (`adjusted_rand_score`,
/// `adjusted_mutual_info_score(average_method=…)`, `v_measure_score`) on the same labelings.
@Suite struct ClusteringAgreementTests {
    struct Reference: Sendable {
        let a: [Int], b: [Int]
        let ari: Double, amiMax: Double, amiArithmetic: Double, v: Double
    }

    static let references = [
        Reference(a: [0, 0, 1, 1], b: [0, 0, 1, 2], ari: 0.5714285714285714, amiMax: 0.4000000000000001,
                  amiArithmetic: 0.5714285714285715, v: 0.7999999999999999),
        Reference(a: [0, 0, 1, 1, 2, 2, 2], b: [1, 1, 0, 0, 0, 2, 2], ari: 0.475, amiMax: 0.5701874864698765,
                  amiArithmetic: 0.5701874864698765, v: 0.7471790950662619),
        Reference(a: [3, 3, 3, 1, 1, 2, 2, 2, 2], b: [0, 1, 1, 1, 2, 2, 2, 0, 0], ari: 0.07142857142857142,
                  amiMax: 0.12251312614608201, amiArithmetic: 0.12559873432804003, v: 0.3930065516315366),
        Reference(a: [0, 0, 0, 0], b: [0, 1, 2, 3], ari: 0, amiMax: 0, amiArithmetic: 0, v: 0),
        Reference(a: [0, 1, 0, 1, 0, 1], b: [0, 0, 0, 1, 1, 1], ari: -0.1111111111111111, amiMax: -0.1111111111111109,
                  amiArithmetic: -0.1111111111111109, v: 0.08170416594551037),
    ]

    @Test(arguments: references) func matchesScikitLearn(_ r: Reference) {
        #expect(abs(adjustedRandIndex(r.a, r.b) - r.ari) < 1e-12)
        #expect(abs(adjustedMutualInformation(r.a, r.b) - r.amiMax) < 1e-12)
        #expect(abs(adjustedMutualInformation(r.a, r.b, normalization: .arithmetic) - r.amiArithmetic) < 1e-12)
        #expect(abs(vMeasure(r.a, r.b) - r.v) < 1e-12)
    }

    @Test func identicalPartitionsUnderRenamingScoreOne() {
        let a = [0, 0, 1, 1, 2, 2, 2], b = [5, 5, 9, 9, 1, 1, 1]
        #expect(abs(adjustedRandIndex(a, b) - 1) < 1e-12)
        #expect(abs(adjustedMutualInformation(a, b) - 1) < 1e-12)
        #expect(abs(vMeasure(a, b) - 1) < 1e-12)
    }

    @Test func singletonsAndOneSidedSingleClustersFollowScikitLearn() {
        #expect(adjustedRandIndex([0, 1, 2], [2, 0, 1]) == 1)
        #expect(adjustedMutualInformation([0, 1, 2, 3], [3, 1, 0, 2]) == 1)
        #expect(adjustedMutualInformation([0, 1, 2, 3], [0, 0, 0, 0]) == 0)
        #expect(vMeasure([0, 0, 0, 0], [0, 1, 2, 3]) == 0)
    }

    /// Both labelings a single cluster (one class, one point) or no points: nothing to agree on,
    /// so the scores are undefined (NaN), where scikit-learn reports a perfect 1.
    @Test(arguments: [([1, 1, 1], [4, 4, 4]), ([3], [0]), ([], [])])
    func singleClustersOnBothSidesAreUndefined(_ a: [Int], _ b: [Int]) {
        #expect(adjustedRandIndex(a, b).isNaN)
        #expect(adjustedMutualInformation(a, b).isNaN)
        #expect(adjustedMutualInformation(a, b, normalization: .arithmetic).isNaN)
        #expect(vMeasure(a, b).isNaN)
        #expect(normalizedMutualInformation(a, b).isNaN)
        #expect(normalizedMutualInformation(a, b, normalization: .arithmetic).isNaN)
    }

    @Test func contingencyTableCountsEachPairOnce() {
        let table = ContingencyTable([2, 2, 7, 7, 7], [0, 1, 1, 1, 0])
        #expect(table.rows == 2 && table.cols == 2)
        #expect(table.counts == [1, 1, 1, 2])
        #expect(table.rowSums == [2, 3] && table.columnSums == [2, 3])
        #expect(table.total == 5)
    }
}
