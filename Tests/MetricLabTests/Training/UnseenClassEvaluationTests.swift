import Foundation
import MetricLab
import Testing

/// The unseen-class protocol of Musgrave et al. 2020: scores on classes held out of training, each
/// example a query against the rest of the test set, itself left out.
@Suite struct UnseenClassEvaluationTests {
    /// Five points on a line, A at 0, 1, 2.5 and B at 1.6, 5 (RetrievalTests works the rankings):
    /// only query 2's nearest is of its class, so were a query its own nearest (self kept),
    /// precision@1 would be 1, not 1/5. Recall@K by hand: every query but 2 has a hit by rank 2;
    /// query 2's only hit is at rank 4.
    @Test func retrievalScoresByHand() {
        let e = score(Tensor([[0], [1], [1.6], [2.5], [5]]), labels: [0, 0, 1, 0, 1])
        #expect(abs(e.precisionAt1 - 1.0 / 5) < 1e-15 && e.recall(at: 1) == e.recallAt1)
        #expect(abs(e.recall(at: 2) - 4.0 / 5) < 1e-15)
        #expect(abs(e.recall(at: 3) - 4.0 / 5) < 1e-15)
        #expect(e.recall(at: 4) == 1 && e.recall(at: 8) == 1)
        #expect(abs(e.rPrecision - 1.5 / 5) < 1e-15)
        #expect(abs(e.mapAtR - 1.0 / 5) < 1e-15)
    }

    /// Two tight groups on a line, 0, 0.1, 0.2 and 10, 10.1, 10.2, labelled A A B | B B B: k-means
    /// finds the groups, and NMI (geometric) is I/√(H(labels)·H(clusters)) with
    /// I = (1/3)ln 2 + (1/6)ln ½ + (1/2)ln(3/2), H(labels) = −(⅓ln⅓ + ⅔ln⅔), H(clusters) = ln 2.
    @Test func kMeansNMIByHand() {
        let e = score(Tensor([[0], [0.1], [0.2], [10], [10.1], [10.2]]), labels: [0, 0, 1, 1, 1, 1])
        let information = log(2.0) / 3 + log(0.5) / 6 + log(1.5) / 2
        let labelEntropy = -(log(1.0 / 3) / 3 + 2 * log(2.0 / 3) / 3)
        #expect(abs(e.nmi - information / (labelEntropy * log(2.0)).squareRoot()) < 1e-12)
        #expect(score(Tensor([[0], [0.1], [10], [10.1]]), labels: [0, 1, 0, 1]).nmi == 0)
    }

    /// A run trained on some classes and scored on the others: the test set holds only classes the
    /// run never saw, and its score is the score of its embedding of them.
    @Test func runScoredOnHeldOutClasses() throws {
        let data = Blobs(classes: 6, perClass: 8, spread: 1.5).sample(seed: 3)
        let (trainSet, testSet) = data.split(heldOutClasses: 3, seed: 4)
        #expect(Set(trainSet.classNames).isDisjoint(with: testSet.classNames) && testSet.classes == 3)
        let run = try train(MLP([2, 16, 4]), on: trainSet, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 20, seed: 5)
        let unseen = run.score(on: testSet), direct = score(run.embed(testSet), labels: testSet.labels)
        #expect(unseen.mapAtR == direct.mapAtR && unseen.recall(at: 4) == direct.recall(at: 4) && unseen.nmi == direct.nmi)
        #expect(unseen.mapAtR != run.final.mapAtR, "the test set's score is not the training set's")
    }
}
