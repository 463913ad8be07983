import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// DVML: the KL term against the divergence integrated numerically, each term against a
/// hand-computed case, the weighted sum, the reproducible noise, the gradient of the loss and of
/// its model against central differences, and the configurations it refuses.
@Suite struct DVMLTests {
    /// KL(N(μ, σ²) ‖ N(0, 1)) integrated by the trapezoid rule, ∫ q log(q/p), for one coordinate.
    static func integratedKL(mean: Double, variance: Double) -> Double {
        let step = 1e-3, sd = variance.squareRoot()
        func q(_ x: Double) -> Double { exp(-(x - mean) * (x - mean) / (2 * variance)) / (2 * Double.pi * variance).squareRoot() }
        func p(_ x: Double) -> Double { exp(-x * x / 2) / (2 * Double.pi).squareRoot() }
        let xs = stride(from: mean - 12 * sd, through: mean + 12 * sd, by: step)
        return xs.reduce(0) { sum, x in let qx = q(x); return qx > 0 ? sum + qx * log(qx / p(x)) * step : sum }
    }

    @Test func klMatchesTheIntegral() throws {
        let mean = Tensor([[1, -0.5], [0.2, 0]]), logVariance = Tensor([[0, log(4)], [log(0.25), log(1.5)]])
        let integrated = (Self.integratedKL(mean: 1, variance: 1) + Self.integratedKL(mean: -0.5, variance: 4)
                          + Self.integratedKL(mean: 0.2, variance: 0.25) + Self.integratedKL(mean: 0, variance: 1.5)) / 2
        #expect(abs(DVML.kl(mean: mean, logVariance: logVariance).scalar - integrated) < 1e-6)
        // Row 0 by hand: ½[(1 + 1 − 0 − 1) + (0.25 + 4 − log 4 − 1)].
        #expect(abs(DVML.kl(mean: mean.block(rows: 0 ..< 1, cols: 0 ..< 2), logVariance: logVariance.block(rows: 0 ..< 1, cols: 0 ..< 2)).scalar
                    - 0.5 * (1 + 3.25 - log(4))) < 1e-14)
    }

    @Test func syntheticExamplesByHand() {
        let z = Tensor([[1, 2]]), mu = Tensor([[0.5, -1]]), logVariance = Tensor([[log(4), 0]]), noise = Tensor([[1, -2]])
        // z + μ + σε = (1 + 0.5 + 2·1, 2 − 1 + 1·(−2)).
        #expect(DVML.synthesize(invariant: z, mean: mu, logVariance: logVariance, noise: noise).scalars == [3.5, -1])
    }

    /// A decoder whose hidden layer is silent reconstructs every example as its output bias r, so
    /// the reconstruction term is the mean of ‖h − r‖²; the metric terms are the base loss on z_I
    /// and on the synthetic examples; the loss is their sum with λ = (0.8, 1, 0.2, 0.8).
    @Test func termsByHand() throws {
        let loss = DVML(base: Prototypical(), latent: 1, decoderWidth: 2)
        // Rows [z_I | μ | log σ² | h₁ h₂].
        let rows = Tensor([[0, 0, 0, 1, 2], [1, 0.5, -1, 0, 0], [4, 0, 0, 3, 1], [5, -0.5, 1, 1, 1]]), labels = [0, 0, 1, 1]
        let r = Tensor([[1, 1]])
        let parameters = LossParameters([(.decoderHidden, Tensor.zeros(1, 2)), (.decoderHiddenBias, Tensor.zeros(1, 2)),
                                         (.decoderOutput, Tensor([[3, -1], [2, 7]])), (.decoderOutputBias, r)], parts: [.none])
        let batch = LossBatch(rows, labels: labels, generator: RNG(seed: 5))
        let parts = try loss.parts(batch, parameters: parameters)
        #expect(abs(parts.reconstruction.scalar - (1 + 2 + 4 + 0) / 4.0) < 1e-14)
        let kl = 0.5 * (0 + (0.25 + exp(-1) + 1 - 1) + 0 + (0.25 + exp(1) - 1 - 1)) / 4
        #expect(abs(parts.kl.scalar - kl) < 1e-14)
        let invariant = Tensor([[0], [1], [4], [5]])
        #expect(parts.invariant.scalar == (try Prototypical()(invariant, labels: labels).scalar))
        #expect(parts.synthetic.scalar == (try Prototypical()(parts.examples, labels: labels).scalar))
        var rng = RNG(seed: 5)
        let noise = rng.gaussian(rows: 4, cols: 1)
        #expect(parts.examples.scalars == DVML.synthesize(invariant: invariant, mean: Tensor([[0], [0.5], [0], [-0.5]]),
                                                          logVariance: Tensor([[0], [-1], [0], [1]]), noise: noise).scalars)
        let total = 0.8 * parts.kl.scalar + parts.reconstruction.scalar + 0.2 * parts.synthetic.scalar + 0.8 * parts.invariant.scalar
        #expect(abs(try loss(batch, parameters: parameters).scalar - total) < 1e-14)
    }

    /// The noise comes from the batch's generator: the same seed draws the same synthetic examples, another seed others.
    @Test func noiseRepeatsWithTheGenerator() throws {
        let loss = DVML(base: Prototypical(), latent: 2)
        var rng = RNG(seed: 1)
        let parameters = loss.makeParameters(embeddingSize: 9, classes: 2, using: &rng)
        let rows = randomTensor(6, 9, seed: 2), labels = [0, 1, 0, 1, 0, 1]
        func examples(_ seed: UInt64) throws -> [Double] {
            try loss.parts(LossBatch(rows, labels: labels, generator: RNG(seed: seed)), parameters: parameters).examples.scalars
        }
        #expect(try examples(3) == examples(3))
        #expect(try examples(3) != examples(4))
    }

    @Test(arguments: [DVML(base: Prototypical(), latent: 2, decoderWidth: 4), DVML(base: ProxyAnchor(), latent: 3, decoderWidth: 3)])
    func gradientMatchesFiniteDifferences(loss: DVML) throws {
        var rng = RNG(seed: 6)
        let parameters = loss.makeParameters(embeddingSize: 3 * loss.latent + 4, classes: 3, using: &rng)
        let check = try GradientCheck(loss, embeddings: randomTensor(9, 3 * loss.latent + 4, seed: 7),
                                      labels: [0, 1, 2, 0, 1, 2, 0, 1, 2], parameters: parameters)
        #expect(check.passes(), "\(check)")
    }

    /// The model's heads and backbone get the loss's gradient as the differences say, and it
    /// retrieves with z_I, the first `latent` columns of what it trains on.
    @Test func variationalModelPassesGradientsAndRetrievesWithTheInvariantPart() throws {
        let data = Blobs(classes: 3, perClass: 3).sample(seed: 1)
        let model = VariationalEmbedding(backbone: [2, 4, 3], latent: 2)
        var rng = RNG(seed: 8)
        let parameters = model.initialParameters(for: data, using: &rng)
        #expect(parameters.count == 10 && model.embeddingSize(for: data) == 9)
        let all = Array(0 ..< data.count)
        let rows = model(data.points, indices: all, parameters: parameters)
        #expect(model.embed(data.points, indices: all, parameters: parameters).scalars
                == rows.block(rows: 0 ..< rows.rows, cols: 0 ..< 2).scalars)
        let loss = DVML(base: Prototypical(), latent: 2, decoderWidth: 3)
        let lossParameters = loss.makeParameters(embeddingSize: 9, classes: 3, using: &rng)
        let check = try GradientCheck(at: parameters) { p in
            try loss(model(data.points, indices: all, parameters: p), labels: data.labels, parameters: lossParameters)
        }
        #expect(check.passes(), "\(check)")
    }

    /// A run of the variational model keeps z_I as its embedding, so scores and figures see z_I.
    @Test func runsEmbedWithTheInvariantPart() throws {
        let data = Blobs(classes: 3, perClass: 4).sample(seed: 2)
        let run = try train(VariationalEmbedding(backbone: [2, 8, 4], latent: 2), on: data, loss: DVML(base: Prototypical()),
                            optimizer: .adam(lr: 0.01), steps: 5, seed: 3)
        #expect(run.finalEmbedding.cols == 2 && run.embed(data).cols == 2 && run.trainingOutputs(data).embeddings.cols == 10)
        // Three draws for every example, the first draw's rows first, each z_I + μ + σε of its row.
        let rows = run.trainingOutputs(data).embeddings
        var rng = RNG(seed: 4), same = RNG(seed: 4)
        let drawn = try DVML(base: Prototypical()).synthesized(from: rows, draws: 3, using: &rng)
        let parts = try DVML(base: Prototypical()).split(rows)
        #expect(drawn.rows == 3 * data.count)
        for draw in 0 ..< 3 {
            let expected = DVML.synthesize(invariant: parts.invariant, mean: parts.mean, logVariance: parts.logVariance,
                                           noise: same.gaussian(rows: data.count, cols: 2))
            #expect(drawn.block(rows: draw * data.count ..< (draw + 1) * data.count, cols: 0 ..< 2).scalars == expected.scalars)
        }
        #expect(run.losses.allSatisfy { $0.isFinite })
    }

    @Test func refusesRowsTooNarrowForItsLatentWidth() {
        let loss = DVML(base: Prototypical(), latent: 2)
        var rng = RNG(seed: 1)
        let parameters = loss.makeParameters(embeddingSize: 7, classes: 2, using: &rng)
        #expect(throws: LossError(loss.name, "latent: rows of 6 columns hold no z_I, μ and log σ² of 2 columns each and a feature after them")) {
            try loss(randomTensor(4, 6, seed: 1), labels: [0, 0, 1, 1], parameters: parameters)
        }
    }
}
