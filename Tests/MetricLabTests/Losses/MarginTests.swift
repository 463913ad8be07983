import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct MarginTests {
    typealias F = PairLossFixtures

    /// Every triplet (a, p, n) of `labels` with its anchor's β: [d(a,p) − β + α]₊ and [β − d(a,n) + α]₊.
    static func pairTerms(_ x: Tensor, _ labels: [Int], alpha: Double, beta: (Int) -> Double,
                          distance: (Int, Int) -> Double) -> [(pull: Double, push: Double, anchor: Int)] {
        F.positivePairs(labels).flatMap { a, p in
            labels.indices.filter { labels[$0] != labels[a] }.map { n in
                (max(0, distance(a, p) - beta(labels[a]) + alpha), max(0, beta(labels[a]) - distance(a, n) + alpha), a)
            }
        }
    }

    /// PML's DivisorReducer: the sum over triplets over the number of pair terms above zero.
    static func divisorMean(_ terms: [(pull: Double, push: Double, anchor: Int)]) -> (value: Double, divisor: Double) {
        let divisor = Double(terms.reduce(0) { $0 + ($1.pull > 0 ? 1 : 0) + ($1.push > 0 ? 1 : 0) })
        return (terms.reduce(0) { $0 + $1.pull + $1.push } / divisor, divisor)
    }

    /// The square with α = 0.2, β = 1.9: positives at 1 and 2, negatives at 2, √5, √8. Only
    /// d(2,3) = 2 pulls (0.3, in 4 triplets) and only d(0,2) = 2 pushes (0.1, in 2): 1.4 / 6.
    @Test func fixedBoundaryByHand() throws {
        let loss = Margin(margin: 0.2, beta: 1.9, distance: Euclidean(normalized: false))
        let terms = Self.pairTerms(F.square, F.squareLabels, alpha: 0.2, beta: { _ in 1.9 }) { F.distance(F.square, $0, $1) }
        let (expected, divisor) = Self.divisorMean(terms)
        #expect(divisor == 6 && abs(expected - 1.4 / 6) < 1e-12)
        #expect(try abs(loss(F.square, labels: F.squareLabels).scalar - expected) < 1e-12)
    }

    /// One β per class: each triplet takes its anchor's β, and ν·β of every triplet's anchor is
    /// summed and divided by the same number; one learned β adds ν·β once.
    @Test func learnedBoundariesByHand() throws {
        let x = Tensor([[0, 0], [0.8, 0.3], [0, 2], [1.5, 2.2], [0.4, 1.1]]), labels = [0, 0, 1, 1, 1]
        let betas = [1.2, 1.7], nu = 0.1
        let d = { (i: Int, j: Int) in F.distance(x, i, j) }
        let perClass = Self.pairTerms(x, labels, alpha: 0.2, beta: { betas[$0] }, distance: d)
        let (marginPart, divisor) = Self.divisorMean(perClass)
        let penalty = perClass.reduce(0) { $0 + nu * betas[labels[$1.anchor]] } / divisor
        let loss = Margin(nu: nu, boundary: .learnedPerClass, distance: Euclidean(normalized: false))
        let value = try loss(x, labels: labels, parameters: LossParameters(.beta, Tensor([[1.2], [1.7]]))).scalar
        #expect(abs(value - (marginPart + penalty)) < 1e-12)

        let shared = Self.divisorMean(Self.pairTerms(x, labels, alpha: 0.2, beta: { _ in 1.4 }, distance: d)).value + nu * 1.4
        let one = Margin(nu: nu, boundary: .learned, distance: Euclidean(normalized: false))
        #expect(try abs(one(x, labels: labels, parameters: LossParameters(.beta, Tensor(1.4))).scalar - shared) < 1e-12)
    }

    /// On cosine similarity the terms are [β − s(a,p) + α]₊ and [s(a,n) − β + α]₊.
    @Test func similarityByHand() throws {
        let x = Tensor([[1, 0], [1, 1], [0, 1], [-1, 0.2], [0.3, -1]]), labels = [0, 0, 1, 1, 0]
        let u = F.normalized(x)
        func s(_ i: Int, _ j: Int) -> Double { zip(u.row(i), u.row(j)).reduce(0) { $0 + $1.0 * $1.1 } }
        // With s in place of d the hinges flip sign: negate s and β.
        let terms = Self.pairTerms(x, labels, alpha: 0.1, beta: { _ in -0.3 }) { -s($0, $1) }
        let loss = Margin(margin: 0.1, beta: 0.3, distance: CosineSimilarity())
        #expect(try abs(loss(x, labels: labels).scalar - Self.divisorMean(terms).value) < 1e-12)
    }

    /// All triplets are summed anchor by anchor without being listed; each reduction must equal
    /// that of the same triplets listed, value and gradient, with β fixed, shared or per class.
    @Test(arguments: [Reducer.divisor, .mean, .meanOfPositive, .sum, .threshold(low: 0.1), .classWeighted([0.5, 1, 2, 1.5])])
    func allTripletsEqualTheListedTriplets(reducer: Reducer) throws {
        let x = randomTensor(24, 3, seed: 21), labels = (0 ..< 24).map { $0 % 4 }
        let listed = IndexTuples.triplets(LossBatch(x, labels: labels).triplets)
        let cases: [(Margin, LossParameters)] = [
            (Margin(margin: 0.3, beta: 0.9, reducer: reducer), .none),
            (Margin(nu: 0.2, boundary: .learned, reducer: reducer), LossParameters(.beta, Tensor(0.8))),
            (Margin(nu: 0.3, boundary: .learnedPerClass, distance: CosineSimilarity(), reducer: reducer),
             LossParameters(.beta, Tensor([[0.1], [0.4], [-0.2], [0.3]]))),
        ]
        for (loss, parameters) in cases {
            let (summed, g1) = try valueWithGradient(at: [x] + parameters.tensors) {
                try loss(LossBatch($0[0], labels: labels), parameters: parameters.replacing(Array($0.dropFirst())))
            }
            let (each, g2) = try valueWithGradient(at: [x] + parameters.tensors) {
                try loss(LossBatch($0[0], labels: labels, tuples: listed), parameters: parameters.replacing(Array($0.dropFirst())))
            }
            #expect(abs(summed - each) < 1e-12 * max(1, abs(each)))
            for (a, b) in zip(g1, g2) { #expect(maxAbsDifference(a.scalars, b.scalars) < 1e-12 * max(1, abs(each))) }
        }
    }

    @Test(arguments: [
        (Margin(), LossParameters.none), (Margin(distance: CosineSimilarity(), reducer: .mean), .none),
        (Margin(nu: 0.1, boundary: .learned), LossParameters(.beta, Tensor(0.9))),
        (Margin.paper, LossParameters(.beta, Tensor([[0.7], [1.1], [0.9]]))),
        (Margin(nu: 0.2, boundary: .learnedPerClass, reducer: .meanOfPositive), LossParameters(.beta, Tensor([[0.7], [1.1], [0.9]]))),
    ])
    func gradientMatchesFiniteDifferences(loss: Margin, parameters: LossParameters) throws {
        let x = randomTensor(12, 3, seed: 12)
        #expect(try gradientError(at: [x] + parameters.tensors) {
            try loss($0[0], labels: F.labels12, parameters: parameters.replacing(Array($0.dropFirst())))
        } < 1e-6)
        let mined = loss.mined(by: .hard)
        #expect(try gradientError(at: [x] + parameters.tensors) {
            try mined($0[0], labels: F.labels12, parameters: parameters.replacing(Array($0.dropFirst())))
        } < 1e-6)
    }

    /// The learned β is made as PML makes it: one value, or one per class, at the starting β.
    @Test func makesItsBoundaries() throws {
        var rng = RNG(seed: 0)
        #expect(Margin().makeParameters(embeddingSize: 2, classes: 3, using: &rng).tensors.isEmpty)
        #expect(Margin(beta: 0.7, boundary: .learned).makeParameters(embeddingSize: 2, classes: 3, using: &rng)[.beta]?.scalars == [0.7])
        #expect(Margin.paper.makeParameters(embeddingSize: 2, classes: 3, using: &rng)[.beta]?.scalars == [1.2, 1.2, 1.2])
    }

    @Test func degenerateBatchesAreFinite() throws {
        let single = Tensor([[0.4, -1]])
        for (x, labels) in F.degenerateBatches + [(single, [0])] {
            for (loss, parameters) in [(Margin(), LossParameters.none), (Margin.paper, LossParameters(.beta, Tensor([[1], [1.2], [0.8], [1], [0.9]])))] {
                let (value, gradients) = try valueWithGradient(at: [x] + parameters.tensors) {
                    try loss($0[0], labels: labels, parameters: parameters.replacing(Array($0.dropFirst())))
                }
                #expect(value.isFinite && gradients.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
            }
        }
        // One class, or classes of one: no triplet, so nothing to learn.
        #expect(try Margin.paper(F.square, labels: [1, 1, 1, 1], parameters: LossParameters(.beta, Tensor([[1], [1]]))).scalar == 0)
        #expect(try Margin()(F.square, labels: [0, 1, 2, 3]).scalar == 0)
    }

    @Test func badBoundariesAreNamed() throws {
        let short = #expect(throws: LossError.self) {
            try Margin.paper(F.square, labels: [0, 0, 2, 2], parameters: LossParameters(.beta, Tensor([[1], [1.2]])))
        }
        #expect(short?.message == "class 2 has no β: there are 2, one per class 0..<2; make them for every class")
        let row = #expect(throws: LossError.self) {
            try Margin.paper(F.square, labels: F.squareLabels, parameters: LossParameters(.beta, Tensor([[1, 1.2]])))
        }
        #expect(row?.message == "β is 1×2; it must be a column: one value, or one per class")
        let missing = #expect(throws: LossError.self) { try Margin.paper(F.square, labels: F.squareLabels) }
        #expect(missing?.message == "no beta given (make them with makeParameters)")
    }
}
