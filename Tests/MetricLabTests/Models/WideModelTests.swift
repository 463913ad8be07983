import MetricLab
import MetricLabTestSupport
import Testing

/// 24 examples of 64 features in four classes, as the digits are 64 pixels: the models at widths
/// beyond the plane's.
private let wide = Dataset(name: "wide", points: randomTensor(24, 64, seed: 163), labels: (0 ..< 24).map { $0 % 4 })

@Suite struct WideModelTests {
    @Test func mlpMaps64FeaturesThrough128To32() throws {
        let model = MLP([64, 128, 32])
        var rng = RNG(seed: 1)
        let p = model.initialParameters(for: wide, using: &rng)
        #expect(p.map(\.rows) == [64, 1, 128, 1] && p.map(\.cols) == [128, 128, 32, 32])
        #expect(model.inputSize == 64 && model.embeddingSize(for: wide) == 32)
        let run = try train(model, on: wide, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 5, seed: 2)
        #expect(run.finalEmbedding.rows == 24 && run.finalEmbedding.cols == 32)
        #expect(run.finalEmbedding.scalars.allSatisfy { $0.isFinite })
        #expect(run.losses.count == 5 && run.losses.allSatisfy { $0.isFinite })
        #expect(run.score(on: wide).mapAtR.isFinite)
    }

    /// The gradient reaches every layer of a wide network (a narrow hidden layer keeps the
    /// differences few).
    @Test func wideMLPGradient() {
        var rng = RNG(seed: 4)
        let model = MLP([64, 6, 32], normalized: true)
        let x = randomTensor(3, 64, seed: 9)
        let parameters = model.initialParameters(for: wide, using: &rng)
        let weights = randomTensor(3, 32, seed: 10)
        #expect(gradientError(at: parameters) { p in (model(x, indices: [0, 1, 2], parameters: p) * weights).sum() } < 1e-6)
        #expect(gradientError(at: parameters) { p in model(x, indices: [0, 1, 2], parameters: p).pairwiseDistances().sum() } < 1e-6)
    }

    /// The linear map 64 → 16 starts at the identity cut to shape: the first 16 features pass
    /// through, the other 48 are dropped (up to the 0.01 noise).
    @Test func linearMaps64FeaturesTo16() throws {
        let model = Linear(input: 64, output: 16)
        var rng = RNG(seed: 1)
        let w = model.initialParameters(for: wide, using: &rng)[0]
        #expect(w.rows == 64 && w.cols == 16 && model.inputSize == 64)
        let y = model(wide.points, indices: Array(0 ..< 24), parameters: [w])
        #expect(y.rows == 24 && y.cols == 16)
        let firstSixteen = (0 ..< 24).flatMap { i in (0 ..< 16).map { wide.points[i, $0] } }
        #expect(maxAbsDifference(y.scalars, firstSixteen) < 0.5)
        let run = try train(model, on: wide, loss: Contrastive(), optimizer: .adam(lr: 0.01), steps: 3, seed: 1)
        #expect(run.finalEmbedding.cols == 16)
    }

    /// A model built for another width is refused before the first step, naming both widths,
    /// instead of trapping in a matrix product.
    @Test func aModelOfAnotherInputWidthIsRefused() {
        for model in [MLP([2, 64, 64, 2]) as any EmbeddingModel, Linear(input: 2, output: 2)] {
            do {
                _ = try train(model, on: wide, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 1)
                Issue.record("\(model.name) trained on 64 columns")
            } catch let error as TrainingError {
                #expect(error == .invalidArgument(name: "the input size of \(model.name)", value: "2", expected: "the 64 columns of 'wide'"))
                #expect(error.description == "train: the input size of \(model.name) is 2; it must be the 64 columns of 'wide'")
            } catch { Issue.record("unexpected \(error)") }
        }
        #expect(FreeEmbedding().inputSize == nil)
    }

    @Test func pretrainedKeepsItsBaseInputWidth() throws {
        let run = try train(MLP([64, 8, 4]), on: wide, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 1, seed: 3)
        #expect(Pretrained(run).inputSize == 64)
    }
}
