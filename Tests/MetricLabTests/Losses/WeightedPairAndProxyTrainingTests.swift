import MetricLab
import Testing

/// The pair-weighting and proxy losses on the same tangled blobs as `PairLossTrainingTests`: free
/// points trained with each reach k-means NMI ≥ 0.9.
@Suite struct WeightedPairAndProxyTrainingTests {
    struct Setting: Sendable, CustomTestStringConvertible {
        let loss: any Loss
        var onSphere = false
        var testDescription: String { loss.name }
    }

    /// Losses on cosine similarity only see directions, so they are read on the unit circle.
    static let settings: [Setting] = [
        Setting(loss: MultiSimilarity(), onSphere: true), Setting(loss: MultiSimilarity.paper, onSphere: true),
        Setting(loss: Circle(), onSphere: true), Setting(loss: RankedList(), onSphere: true),
        Setting(loss: ProxyNCA()), Setting(loss: ProxyNCA.paper),
        Setting(loss: SoftTriple(centersPerClass: 2), onSphere: true), Setting(loss: Magnet(clustersPerClass: 1)),
    ]

    /// Proxy-Anchor in two dimensions can settle with two classes sharing a direction and their
    /// proxies sharing another (notebook 05 shows it); with a third dimension the classes have room.
    @Test func proxyAnchorSeparatesInThreeDimensions() throws {
        let flat = PairLossTrainingTests.data
        var rng = RNG(seed: 3)
        let lifted = Tensor((0 ..< flat.count).map { flat.points.row($0) + [0.1 * rng.gaussian()] })
        let data = Dataset(name: "blobs in 3-D", points: lifted, labels: flat.labels)
        let run = try train(.free, on: data, loss: ProxyAnchor(), optimizer: .adam(lr: 0.05), steps: 150, seed: 1)
        #expect(nmi(run.finalEmbedding.l2NormalizedRows(), labels: data.labels) >= 0.9)
    }

    @Test(arguments: settings)
    func freePointsSeparate(setting: Setting) throws {
        let data = PairLossTrainingTests.data
        let run = try train(.free, on: data, loss: setting.loss, optimizer: .adam(lr: 0.05), steps: 150, seed: 1)
        let embedding = setting.onSphere ? run.finalEmbedding.l2NormalizedRows() : run.finalEmbedding
        let score = nmi(embedding, labels: data.labels)
        #expect(score >= 0.9, "\(setting.loss.name): NMI \(score)")
    }
}
