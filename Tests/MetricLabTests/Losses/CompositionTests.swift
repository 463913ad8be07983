import MetricLab
import MetricLabTestSupport
import Testing

/// The parts every loss shares: index tuples, named parameters, mining, regularizing, references.
@Suite struct CompositionTests {
    let x = randomTensor(8, 2, seed: 17)
    let labels = [0, 1, 0, 1, 2, 2, 0, 1]

    /// PML's conversions: a triplet is two pairs, and pairs sharing an anchor make triplets.
    @Test func tuplesConvertAsPMLDoes() {
        let triplets = IndexTuples.triplets(TripletIndices(anchors: [0, 0], positives: [2, 6], negatives: [1, 1]))
        #expect(triplets.pairs.positive == PairIndices(anchors: [0, 0], others: [2, 6]))
        #expect(triplets.pairs.negative == PairIndices(anchors: [0, 0], others: [1, 1]), "duplicates are kept")
        let pairs = IndexTuples.pairs(positive: PairIndices(anchors: [0, 3, 0], others: [2, 1, 6]),
                                      negative: PairIndices(anchors: [0, 1, 0], others: [1, 0, 4]))
        #expect(pairs.triplets == TripletIndices(anchors: [0, 0, 0, 0], positives: [2, 2, 6, 6], negatives: [1, 4, 1, 4]))
    }

    @Test func parametersAreNamedAndKeepTheirOrder() throws {
        let p = LossParameters([(.classWeights, Tensor([[1, 2]])), (.bias, Tensor(3))], parts: [LossParameters(.proxies, Tensor(4))])
        #expect(p.names == ["classWeights", "bias", "0.proxies"])
        let q = p.replacing([Tensor([[5, 6]]), Tensor(7), Tensor(8)])
        #expect(q[.bias]?.scalar == 7 && q.parts[0][.proxies]?.scalar == 8)
        #expect(throws: LossError("proxy-NCA", "no proxies given (make them with makeParameters)")) {
            try ProxyNCA()(x, labels: labels)
        }
    }

    /// A miner's tuples reach the loss: contrastive on a pair-margin miner's pairs is contrastive on those pairs.
    @Test func anyLossTakesAMiner() throws {
        let miner = PairMarginMiner(positiveMargin: 0.3, negativeMargin: 0.6)
        var rng = RNG(seed: 0)
        let chosen = try miner.mine(LossBatch(x, labels: labels).miningBatch, using: &rng)
        let direct = try Contrastive()(LossBatch(x, labels: labels, tuples: chosen)).scalar
        #expect(try Contrastive().mined(by: miner)(x, labels: labels).scalar == direct)
        #expect(try gradientError(at: [x]) { try Contrastive().mined(by: miner)($0[0], labels: labels) } < 1e-6)
    }

    /// A regularizer adds its weighted value; on a loss without weights, a weight regularizer is refused.
    @Test func regularizersAddTheirWeightedValue() throws {
        let plain = try Triplet()(x, labels: labels).scalar
        let norms = (0 ..< 8).map { (x.row($0).map { $0 * $0 }.reduce(0, +)).squareRoot() }
        let regularized = try Triplet().regularizing(embeddings: .lp(), weight: 0.5)(x, labels: labels).scalar
        #expect(abs(regularized - (plain + 0.5 * norms.reduce(0, +) / 8)) < 1e-12)
        #expect(throws: LossError("triplet", "has no weights for RegularFace to act on")) {
            try Triplet().regularizing(weights: .regularFace)(x, labels: labels)
        }
    }

    /// The memory holds the last `size` embeddings; the batch is compared with all of them but itself.
    @Test func crossBatchMemoryCarriesItsQueue() throws {
        var loss = CrossBatchMemory(Contrastive(), size: 5)
        let first = LossBatch(x.gatherRows([0, 1, 2]), labels: [0, 1, 0])
        loss = loss.advanced(past: first)
        #expect(loss.memory.rows == 5 && loss.next == 3 && !loss.isFull && loss.memoryLabels.prefix(3) == [0, 1, 0])
        let second = LossBatch(x.gatherRows([3, 4, 5]), labels: [1, 2, 2])
        // Against the memory of rows 0, 1, 2 and the batch's own 3, 4, 5 (its copies at slots 3, 4, 0).
        let value = try loss(second).scalar
        let queue = x.gatherRows([5, 1, 2, 3, 4]), queueLabels = [2, 1, 0, 1, 2]
        let expected = try Contrastive()(LossBatch(second.embeddings, labels: [1, 2, 2], references: queue,
                                                   referenceLabels: queueLabels, identity: [3, 4, 0])).scalar
        #expect(abs(value - expected) < 1e-15)
        loss = loss.advanced(past: second)
        #expect(loss.isFull && loss.next == 1)
        #expect(throws: LossError.self) { try loss(LossBatch(x, labels: labels)) }
    }

    /// Two views: symmetric stacks them, else the first views are compared with the second.
    @Test func selfSupervisedPairsTheViews() throws {
        let (a, b) = (randomTensor(4, 2, seed: 1), randomTensor(4, 2, seed: 2))
        let stacked = try Triplet()(Tensor.stacking([a, b]), labels: [0, 1, 2, 3, 0, 1, 2, 3]).scalar
        #expect(try SelfSupervised(Triplet())(LossBatch(views: a, b)).scalar == stacked)
        let across = try Triplet()(LossBatch(a, labels: [0, 1, 2, 3], references: b, referenceLabels: [0, 1, 2, 3])).scalar
        #expect(try SelfSupervised(Triplet(), symmetric: false)(LossBatch(views: a, b)).scalar == across)
        #expect(throws: LossError.self) { try SelfSupervised(Triplet())(a, labels: [0, 1, 2, 3]) }
    }

    /// A bad batch is an error that names the loss, not a trap.
    @Test func mismatchedLabelsAreRefused() {
        #expect(throws: LossError("contrastive", "3 labels for 8 embeddings")) { try Contrastive()(x, labels: [0, 1, 0]) }
    }
}
