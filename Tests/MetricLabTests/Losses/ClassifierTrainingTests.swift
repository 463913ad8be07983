import MetricLab
import Testing

/// The classifier and supervised contrastive losses separate overlapping blobs when they train free points.
@Suite struct ClassifierTrainingTests {
    /// Four overlapping blobs: k-means on the raw points recovers the classes poorly.
    static let blobs = Blobs(classes: 4, perClass: 15, spread: 1.2, radius: 2).sample(seed: 3)

    /// Losses that see only angles leave radii where they were, so they are scored on the unit circle.
    static let cases: [(loss: any Loss, angular: Bool)] = [
        (Softmax(), false), (Softmax() + 0.01 * Center(), false), (NormalizedSoftmax(), true),
        (LSoftmax(), false), (SphereFace(), true), (CosFace(), true), (ArcFace(), true), (SupCon(), true), (NTXent(), true),
    ]

    @Test(arguments: cases.indices)
    func separatesOverlappingBlobs(index: Int) throws {
        let (loss, angular) = Self.cases[index]
        let run = try train(.free, on: Self.blobs, loss: loss, optimizer: .adam(lr: 0.05), steps: 300, seed: 1)
        let embedding = angular ? run.finalEmbedding.l2NormalizedRows() : run.finalEmbedding
        #expect(nmi(Self.blobs.points, labels: Self.blobs.labels) < 0.6)
        #expect(nmi(embedding, labels: Self.blobs.labels) >= 0.9, "\(loss.name)")
        #expect(run.losses.last! < run.losses.first!, "\(loss.name)")
    }
}
