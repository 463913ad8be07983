import MetricLab
import Testing

@Suite struct PairLossTrainingTests {
    /// Four overlapping Gaussian blobs: k-means on the raw points recovers the classes poorly.
    static let data = Blobs(classes: 4, perClass: 10, spread: 0.7, radius: 1).sample(seed: 7)

    /// A loss, the batches it trains on, and whether its embedding is read on the unit circle
    /// (a loss that only sees directions leaves the norms wherever they were).
    struct Setting: Sendable, CustomTestStringConvertible {
        let loss: any Loss
        var batches: BatchPlan = .full
        var onSphere = false
        var testDescription: String { "\(loss)" }
    }

    /// N-pair's one pair per class trains on batches of two examples from each class, as in the paper.
    /// PML's defaults compare normalised embeddings, so they are read on the circle too.
    static let settings: [Setting] = [
        Setting(loss: Contrastive(), onSphere: true), Setting(loss: Contrastive.paper),
        Setting(loss: Contrastive.similarity, onSphere: true), Setting(loss: Triplet(), onSphere: true),
        Setting(loss: Triplet.paper, onSphere: true), Setting(loss: LiftedStructure(), onSphere: true),
        Setting(loss: LiftedStructure.paper), Setting(loss: LiftedStructure.generalized, onSphere: true),
        Setting(loss: NPair(), batches: .classes(4, size: 8), onSphere: true),
        Setting(loss: NPair.paper, batches: .classes(4, size: 8)),
        Setting(loss: NPair(form: .oneVsOne, pairing: .everyPair)), Setting(loss: Angular(), onSphere: true),
        Setting(loss: Angular.paper, onSphere: true), Setting(loss: Quadruplet()),
    ]

    /// Tables and titles tell the presets apart by name.
    @Test func presetsHaveDistinctNames() {
        let names = [Contrastive().name, Contrastive.paper.name, Contrastive.similarity.name, Triplet().name, Triplet.paper.name,
                     Triplet().mined(by: .margin(0.2, .semiHard)).name, LiftedStructure().name, LiftedStructure.generalized.name,
                     LiftedStructure(form: .hard).name, NPair().name, NPair(form: .oneVsOne).name, Angular().name, Quadruplet().name]
        #expect(Set(names).count == names.count)
        #expect(Triplet.paper.name == "triplet (semi-hard)")
    }

    @Test func blobsStartTangled() {
        #expect(nmi(Self.data.points, labels: Self.data.labels) < 0.6)
    }

    /// Free points trained with each loss separate the four classes: k-means NMI ≥ 0.9.
    @Test(arguments: settings)
    func freePointsSeparate(setting: Setting) throws {
        let run = try train(.free, on: Self.data, loss: setting.loss, optimizer: .adam(lr: 0.05), steps: 150,
                            batches: setting.batches, seed: 1)
        let embedding = setting.onSphere ? run.finalEmbedding.l2NormalizedRows() : run.finalEmbedding
        let score = nmi(embedding, labels: Self.data.labels)
        #expect(score >= 0.9, "\(setting.loss): NMI \(score)")
    }
}
