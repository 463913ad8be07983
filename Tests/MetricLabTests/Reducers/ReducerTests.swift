import MetricLab
import MetricLabTestSupport
import Testing

/// Every reducer on hand-written terms: the numbers PML's reducers give, by hand.
@Suite struct ReducerTests {
    /// Four pair terms of a batch of three rows against three references; the pair (0, 1) is listed twice.
    let values = Tensor(rows: 5, cols: 1, scalars: [0.5, 0, 2, 1, 3])
    let pairs = PairIndices(anchors: [0, 0, 1, 2, 0], others: [1, 2, 0, 1, 1])
    let labels = [0, 1, 0]

    func reduce(_ reducer: Reducer, _ group: TermGroup? = nil) throws -> Double {
        try reducer.reduce(LossTerms([group ?? TermGroup(values, pairs: pairs)]), labels: labels, referenceCount: 3).scalar
    }

    @Test func meanSumAndMeanOfPositive() throws {
        #expect(try reduce(.mean) == 6.5 / 5)
        #expect(try reduce(.sum) == 6.5)
        #expect(try reduce(.meanOfPositive) == 6.5 / 4)
    }

    /// Strict bounds: above 0.5 and below 3 keeps 2 and 1.
    @Test func thresholdKeepsTheTermsBetweenItsBounds() throws {
        #expect(try reduce(.threshold(low: 0.5, high: 3)) == 1.5)
        #expect(try reduce(.threshold(high: 0.5)) == 0)
        #expect(try reduce(.threshold(low: 5)) == 0)
    }

    /// Row 0 keeps its last listing of (0, 1), 3, and (0, 2), 0: mean 1.5; row 1 has 2; row 2 has 1.
    @Test func perAnchorAveragesEachAnchorsPairs() throws {
        #expect(abs(try reduce(.perAnchor()) - (1.5 + 2 + 1) / 3) < 1e-15)
        #expect(abs(try reduce(.perAnchor(.sum)) - 4.5) < 1e-15)
        let lonely = TermGroup(Tensor(rows: 1, cols: 1, scalars: [6]), pairs: PairIndices(anchors: [1], others: [0]))
        #expect(try reduce(.perAnchor(), lonely) == 2, "anchors without pairs count as 0 in the mean")
        #expect(throws: LossError.self) { try reduce(.perAnchor(), TermGroup(values, triplets: TripletIndices(anchors: [0, 0, 1, 2, 0], positives: [1, 1, 1, 1, 1], negatives: [2, 2, 2, 2, 2]))) }
    }

    /// Each term weighs its anchor's class: classes 0, 0, 1, 0, 0 with weights 2 and 10.
    @Test func classWeightedWeighsByTheAnchorsClass() throws {
        let expected: Double = (2 * (0.5 + 0 + 1 + 3) + 10 * 2) / 5
        #expect(abs(try reduce(.classWeighted([2, 10])) - expected) < 1e-15)
        #expect(throws: LossError("class-weighted reducer", "1 class weights, but a term belongs to class 1; give one weight per class")) {
            try reduce(.classWeighted([2]))
        }
    }

    @Test func divisorDividesTheSumByTheLossesNumber() throws {
        #expect(try reduce(.divisor, TermGroup(values, pairs: pairs, divisor: 4)) == 6.5 / 4)
        #expect(try reduce(.divisor, TermGroup(values, pairs: pairs, divisor: 0)) == 0)
        #expect(throws: LossError.self) { try reduce(.divisor) }
    }

    /// No reduction lists every group's terms; an already reduced group is one entry.
    @Test func noneListsTheTerms() throws {
        let terms = LossTerms([TermGroup(values, pairs: pairs), TermGroup(reduced: Tensor(7))])
        #expect(try Reducer.none.reduce(terms, labels: labels, referenceCount: 3).scalars == [0.5, 0, 2, 1, 3, 7])
    }

    /// Groups are reduced apart and added; a reduced group passes through every reducer; no terms give 0.
    @Test func groupsAreReducedApartAndAdded() throws {
        let terms = LossTerms([TermGroup(values, pairs: pairs), TermGroup(Tensor(rows: 2, cols: 1, scalars: [1, 3]), rows: [0, 1]),
                               TermGroup(reduced: Tensor(10))])
        #expect(try Reducer.mean.reduce(terms, labels: labels, referenceCount: 3).scalar == 6.5 / 5 + 2 + 10)
        #expect(try Reducer.mean.reduce(.none, labels: labels, referenceCount: 3).scalar == 0)
    }

    /// Each named part by its own reducer, the others by `otherwise` (PML's MultipleReducers):
    /// the pair terms as positives (sum 6.5), [1, 3] as negatives, 10 as an embedding regularizer.
    @Test func bySubLossReducesEachPartByItsReducer() throws {
        let terms = LossTerms([TermGroup(values, pairs: pairs).named(.positive),
                               TermGroup(Tensor(rows: 2, cols: 1, scalars: [1, 3]), rows: [0, 1]).named(.negative),
                               TermGroup(reduced: Tensor(10)).named(.embeddingRegularization)])
        let reduce = { (r: Reducer) in try r.reduce(terms, labels: self.labels, referenceCount: 3).scalar }
        #expect(try reduce(.bySubLoss([.positive: .sum])) == 6.5 + 2 + 10)
        #expect(try reduce(.bySubLoss([.negative: .sum], otherwise: .meanOfPositive)) == 6.5 / 4 + 4 + 10)
        #expect(abs(try reduce(.bySubLoss([.positive: .perAnchor(.sum), .negative: .threshold(high: 2)])) - (4.5 + 1 + 10)) < 1e-15)
        #expect(throws: LossError.self) { try reduce(.bySubLoss([.negative: .none])) }
    }

    /// Contrastive names its parts as PML does, so a reducer per part reaches them.
    @Test func contrastiveNamesItsPositiveAndNegativeParts() throws {
        let x = randomTensor(9, 2, seed: 5), labels = [0, 1, 2, 0, 1, 2, 0, 1, 2]
        let parts = try Contrastive().terms(LossBatch(x, labels: labels), parameters: .none).groups.map(\.subLoss)
        #expect(parts == [.positive, .negative])
        let split = try Contrastive(reducer: .bySubLoss([.positive: .sum], otherwise: .meanOfPositive))(x, labels: labels).scalar
        let positive = try Contrastive(negativeMargin: -1, reducer: .sum)(x, labels: labels).scalar
        let negative = try Contrastive(positiveMargin: 100, reducer: .meanOfPositive)(x, labels: labels).scalar
        #expect(abs(split - (positive + negative)) < 1e-12)
    }

    /// A sum made without listing its terms reduces as the listed terms do.
    @Test func contrastiveSumsReduceAsTheirListing() throws {
        let x = randomTensor(9, 2, seed: 4), labels = [0, 1, 2, 0, 1, 2, 0, 1, 2]
        for reducer in [Reducer.mean, .sum, .meanOfPositive, .threshold(low: 0.2), .perAnchor(), .classWeighted([1, 2, 3])] {
            let fused = try Contrastive(reducer: reducer)(x, labels: labels).scalar
            let listed = try Contrastive(reducer: reducer)(LossBatch(x, labels: labels, tuples: .pairs(
                positive: PairIndices(Mask.positivePairs(labels)), negative: PairIndices(Mask.negativePairs(labels))))).scalar
            #expect(abs(fused - listed) < 1e-12, "\(reducer)")
        }
    }
}
