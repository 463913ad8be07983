import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// DREML: its random groupings (reproducible, covering every class, refusing what cannot be
/// grouped), the ensemble model, the loss against its definition and a hand-computed case, and
/// gradients against central differences.
@Suite struct DREMLTests {
    @Test func groupingsRepeatForASeedAndCoverEveryClass() throws {
        let first = try MetaClassGrouping.random(classes: 10, metaClasses: 3, learners: 5, seed: 7)
        let again = try MetaClassGrouping.random(classes: 10, metaClasses: 3, learners: 5, seed: 7)
        let other = try MetaClassGrouping.random(classes: 10, metaClasses: 3, learners: 5, seed: 8)
        #expect(first == again)
        #expect(first != other)
        #expect(Set(first.map(\.metaClass)).count > 1, "the learners' groupings are all the same")
        for grouping in first {
            #expect(grouping.metaClass.count == 10 && grouping.count == 3)
            #expect(grouping.members.map(\.count).sorted() == [3, 3, 4], "\(grouping.members)")
            #expect(grouping.members.joined().sorted() == Array(0 ..< 10))
        }
    }

    @Test func refusesWhatCannotBeGrouped() {
        var rng = RNG(seed: 1)
        #expect(throws: MetaClassError.moreMetaClassesThanClasses(metaClasses: 6, classes: 5)) {
            try MetaClassGrouping(classes: 5, metaClasses: 6, using: &rng)
        }
        #expect(throws: MetaClassError.tooFewMetaClasses(1)) { try MetaClassGrouping(classes: 5, metaClasses: 1, using: &rng) }
        #expect(throws: MetaClassError.noLearners(0)) {
            try DREML(NormalizedSoftmax(), classes: 5, learners: 0, metaClasses: 2, seed: 1)
        }
        #expect(throws: MetaClassError.metaClassOutOfRange(class: 1, metaClass: 2, count: 2)) {
            try MetaClassGrouping(metaClass: [0, 2], count: 2)
        }
        #expect(MetaClassError.moreMetaClassesThanClasses(metaClasses: 6, classes: 5).description
                == "metaClasses: 6 meta-classes for 5 classes would leave a meta-class empty (at most 5)")
    }

    @Test func refusesLabelsOutsideTheGroupingAndUnevenBlocks() throws {
        let loss = try DREML(Prototypical(), groupings: [MetaClassGrouping(metaClass: [0, 1, 1], count: 2)])
        #expect(throws: MetaClassError.labelOutsideGrouping(label: 3, classes: 3)) {
            try loss(Tensor([[0], [1], [2], [3]]), labels: [0, 1, 2, 3], parameters: LossParameters(parts: [.none]))
        }
        let two = try DREML(Prototypical(), groupings: Array(repeating: MetaClassGrouping(metaClass: [0, 1, 1], count: 2), count: 2))
        #expect(throws: LossError(two.name, "embeddings have 3 columns, not 2 equal blocks, one per learner")) {
            try two(Tensor([[0, 0, 0], [1, 1, 1]]), labels: [0, 1], parameters: LossParameters(parts: [.none, .none]))
        }
    }

    /// Two learners on one column each, with the prototypical loss (leave-one-out) on their
    /// meta-classes: learner 0 groups classes {0, 1} | {2}, learner 1 {0} | {1, 2}.
    @Test func sumsEachLearnersLossOnItsMetaClasses() throws {
        let x = Tensor([[0, 0], [2, 1], [5, 4], [1, 5]]), labels = [0, 1, 2, 2]
        let loss = try DREML(Prototypical(), groupings: [MetaClassGrouping(metaClass: [0, 0, 1], count: 2),
                                                         MetaClassGrouping(metaClass: [0, 1, 1], count: 2)])
        // Learner 0 sees 0, 2 | 5, 1: example 0's own prototype is 2 (d 4) against 3 (d 9), example 1's
        // is 0 (d 4) against 3 (d 1), example 2's is 1 (d 16) against 1 (d 16), example 3's is 5 (d 16) against 1 (d 0).
        let learner0 = (log(1 + exp(-5.0)) + log(1 + exp(3.0)) + log(2.0) + log(1 + exp(16.0))) / 4
        // Learner 1 sees 0 | 1, 4, 5: example 0 is alone; example 1's own prototype is 4.5 (d 12.25)
        // against 0 (d 1), example 2's 3 (d 1) against 0 (d 16), example 3's 2.5 (d 6.25) against 0 (d 25).
        let learner1 = (log(1 + exp(11.25)) + log(1 + exp(-15.0)) + log(1 + exp(-18.75))) / 3
        let value = try loss(x, labels: labels, parameters: LossParameters(parts: [.none, .none])).scalar
        #expect(abs(value - (learner0 + learner1)) < 1e-12)
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        let loss = try DREML(NormalizedSoftmax(temperature: 0.5), classes: 4, learners: 3, metaClasses: 2, seed: 3)
        var rng = RNG(seed: 4)
        let parameters = loss.makeParameters(embeddingSize: 6, classes: 4, using: &rng)
        #expect(parameters.parts.map { $0[.classWeights]?.cols } == [2, 2, 2])
        let check = try GradientCheck(loss, embeddings: randomTensor(8, 6, seed: 5), labels: [0, 1, 2, 3, 0, 1, 2, 3],
                                      parameters: parameters)
        #expect(check.passes(), "\(check)")
    }

    /// Each learner's block is a unit vector, the learner's own embedding normalised, and the
    /// gradient reaches every learner's parameters as the differences say.
    @Test func ensembleNormalisesEachLearnerAndPassesGradients() throws {
        let data = Blobs(classes: 3, perClass: 4).sample(seed: 1)
        let learner = MLP([2, 5, 2]), model = learner.ensemble(of: 3)
        var rng = RNG(seed: 2)
        let parameters = model.initialParameters(for: data, using: &rng)
        #expect(parameters.count == 12 && model.embeddingSize(for: data) == 6)
        let all = Array(0 ..< data.count)
        let out = model(data.points, indices: all, parameters: parameters)
        for l in 0 ..< 3 {
            let own = learner(data.points, indices: all, parameters: Array(parameters[4 * l ..< 4 * l + 4])).l2NormalizedRows()
            #expect(maxAbsDifference(out.block(rows: 0 ..< out.rows, cols: 2 * l ..< 2 * l + 2).scalars, own.scalars) < 1e-15)
        }
        let loss = try DREML(NormalizedSoftmax(temperature: 0.5), classes: 3, learners: 3, metaClasses: 2, seed: 3)
        let lossParameters = loss.makeParameters(embeddingSize: 6, classes: 3, using: &rng)
        let check = try GradientCheck(at: parameters) { p in
            try loss(model(data.points, indices: all, parameters: p), labels: data.labels, parameters: lossParameters)
        }
        #expect(check.passes(), "\(check)")
    }

    /// The learners share nothing: learner 1's gradient from the ensemble's loss is its gradient
    /// from its own meta-class loss alone.
    @Test func eachLearnerIsTrainedByItsOwnLossAlone() throws {
        let loss = try DREML(NormalizedSoftmax(temperature: 0.5), classes: 4, learners: 2, metaClasses: 2, seed: 9)
        var rng = RNG(seed: 10)
        let parameters = loss.makeParameters(embeddingSize: 4, classes: 4, using: &rng)
        let x = randomTensor(8, 4, seed: 11), labels = [0, 1, 2, 3, 3, 2, 1, 0]
        let whole = x.asVariable
        try loss(whole, labels: labels, parameters: parameters).backward()
        let block = x.block(rows: 0 ..< 8, cols: 2 ..< 4).asVariable
        try NormalizedSoftmax(temperature: 0.5)(block, labels: labels.map { loss.groupings[1].metaClass[$0] },
                                                parameters: parameters.parts[1]).backward()
        let fromWhole = whole.grad.block(rows: 0 ..< 8, cols: 2 ..< 4)
        #expect(maxAbsDifference(fromWhole.scalars, block.grad.scalars) < 1e-14)
    }
}
