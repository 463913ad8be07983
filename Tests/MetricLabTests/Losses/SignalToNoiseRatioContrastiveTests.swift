import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct SignalToNoiseRatioContrastiveTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[1, 0, 0.5], [0.9, 0.2, 0.4], [0, 1, -0.3], [-0.2, 0.8, 0.1], [0.5, 0.5, 2]])
    static let labels = [0, 0, 1, 1, 1]

    /// var(uᵢ − uⱼ) / var(uᵢ) of the L2-normalised rows.
    static func snr(_ i: Int, _ j: Int) -> Double {
        func variance(_ v: [Double]) -> Double {
            let m = v.reduce(0, +) / Double(v.count)
            return v.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        }
        let u = F.normalized(x)
        return variance(zip(u.row(i), u.row(j)).map { $0 - $1 }) / variance(u.row(i))
    }

    /// [d − m⁺]₊ over the positive pairs and [m⁻ − d]₊ over the negatives, each averaged over
    /// those above zero, on the SNR distance.
    @Test func marginsByHand() throws {
        let pull = F.positivePairs(Self.labels).map { max(0, Self.snr($0.0, $0.1) - 0.1) }
        let push = F.negativePairs(Self.labels).map { max(0, 2.3 - Self.snr($0.0, $0.1)) }
        let expected = F.meanOfPositive(pull) + F.meanOfPositive(push)
        #expect(pull.contains(0) && push.contains(0) && push.contains { $0 > 0 })
        let loss = SignalToNoiseRatioContrastive(positiveMargin: 0.1, negativeMargin: 2.3)
        #expect(try abs(loss(Self.x, labels: Self.labels).scalar - expected) < 1e-12)
    }

    /// It is the contrastive loss on the SNR distance, mined or not.
    @Test func isContrastiveOnSNR() throws {
        let x = randomTensor(12, 4, seed: 7)
        let snr = SignalToNoiseRatioContrastive(positiveMargin: 0.2, negativeMargin: 0.9, distance: SNRDistance(normalized: false))
        let contrastive = Contrastive(positiveMargin: 0.2, negativeMargin: 0.9, distance: SNRDistance(normalized: false))
        #expect(try snr(x, labels: F.labels12).scalar == contrastive(x, labels: F.labels12).scalar)
        #expect(try snr.mined(by: .hard)(x, labels: F.labels12).scalar == contrastive.mined(by: .hard)(x, labels: F.labels12).scalar)
    }

    /// The paper's objective adds the mean of |Σₖ hᵢₖ| over the embeddings.
    @Test func paperAddsZeroMeanTerm() throws {
        let zeroMean = Self.x.rowArrays.reduce(0) { $0 + abs($1.reduce(0, +)) } / 5
        let plain = try SignalToNoiseRatioContrastive()(Self.x, labels: Self.labels).scalar
        #expect(try abs(SignalToNoiseRatioContrastive.paper(Self.x, labels: Self.labels).scalar - (plain + zeroMean)) < 1e-12)
    }

    /// As every PML pair loss, it gives 0 when neither kind of pair has more than one member: one
    /// example against its other view has one positive pair and no negative.
    @Test func tooFewPairsGiveZero() throws {
        let batch = LossBatch(views: Tensor([[1, 0.2, -0.4]]), Tensor([[0.1, 1, 0.3]]))
        #expect(try SignalToNoiseRatioContrastive()(batch).scalar == 0)
        #expect(try Contrastive(distance: SNRDistance())(batch).scalar > 0)
    }

    @Test(arguments: [SignalToNoiseRatioContrastive(), SignalToNoiseRatioContrastive(positiveMargin: 0.05, negativeMargin: 1.2, reducer: .mean)])
    func gradientMatchesFiniteDifferences(loss: SignalToNoiseRatioContrastive) throws {
        let x = randomTensor(12, 3, seed: 15)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
        #expect(try gradientError(at: [x]) { try SignalToNoiseRatioContrastive.paper($0[0], labels: F.labels12) } < 1e-6)
        let views = randomTensor(12, 3, seed: 16)
        #expect(try gradientError(at: [x, views]) { try SelfSupervised(loss, symmetric: false)(LossBatch(views: $0[0], $0[1])) } < 1e-6)
    }

    /// Degenerate batches give a finite value (a row of equal coordinates has no signal, which the
    /// SNR distance divides by, so those are left out as in PML's distance).
    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches.dropLast() + [(Tensor([[0.3, -1, 2]]), [0])] {
            for loss in [SignalToNoiseRatioContrastive(), SignalToNoiseRatioContrastive.paper] as [any Loss] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
    }

    @Test func badReducerIsNamed() throws {
        let error = #expect(throws: LossError.self) {
            try SignalToNoiseRatioContrastive(reducer: .divisor)(Self.x, labels: Self.labels)
        }
        #expect(error?.message == "the loss gives no divisor with its terms; use a loss that does (MarginLoss) or another reducer")
    }
}
