@testable import MetricLab
import Testing

/// Figures built straight from runs and snapshots draw what the same figure spelled out draws.
@Suite struct RunFigureTests {
    let blobs = Blobs(classes: 3, perClass: 5, spread: 0.3, radius: 2).sample(seed: 4)

    @Test func aScatterOfARunIsItsFinalEmbeddingWithMedoids() throws {
        let run = try train(.free, on: blobs, loss: FacilityLocation(), optimizer: .adam(lr: 0.02), steps: 6, seed: 1)
        let spelledOut = Scatter(run.finalEmbedding, labels: blobs.labels, title: "facility location",
                                 highlighted: run.medoids, classNames: ["A", "B", "C"])
        #expect(!run.medoids.isEmpty)
        #expect(try PlottingFixtures.script(Scatter(run, classNames: ["A", "B", "C"])) == PlottingFixtures.script(spelledOut))
        let plain = Scatter(run.finalEmbedding, labels: blobs.labels, title: "γ = 1", unitCircle: true)
        #expect(try PlottingFixtures.script(Scatter(run, title: "γ = 1", highlighted: [], unitCircle: true))
                == PlottingFixtures.script(plain))
    }

    @Test func aScatterOfASnapshotNamesItsStep() throws {
        let run = try train(.free, on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.02), steps: 6, seed: 1, snapshotEvery: 3)
        let snapshot = run.snapshots[1]
        #expect(try PlottingFixtures.script(Scatter(snapshot, labels: blobs.labels, title: "triplet"))
                == PlottingFixtures.script(Scatter(snapshot.embeddings, labels: blobs.labels, title: "triplet, step 3")))
    }

    /// Snapshots every 2 steps of 7, kept every 4: steps 0, 4 and the last, 7.
    @Test func anAnimationOfARunKeepsEveryNthSnapshotAndTheLast() throws {
        let run = try train(.free, on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.02), steps: 7, seed: 1, snapshotEvery: 2)
        #expect(run.snapshots.map(\.step) == [0, 2, 4, 6, 7])
        let kept = try Animation(run, every: 4).layout().panels.map(\.title)
        #expect(kept == ["triplet, step 0", "triplet, step 4", "triplet, step 7"])
        let all = try Animation(run, title: "free points").layout().panels.map(\.title)
        #expect(all == [0, 2, 4, 6, 7].map { "free points, step \($0)" })
        let spelledOut = Animation(snapshots: run.snapshots.map { ($0.step, $0.embeddings) }, labels: run.labels, title: "triplet")
        #expect(try PlottingFixtures.script(Animation(run)) == PlottingFixtures.script(spelledOut))
    }

    @Test func lossCurvesOfRunsAreNamedByLossOrByName() throws {
        let runs = try train(.free, on: blobs, losses: [Triplet(), Contrastive()], optimizer: .adam(lr: 0.02), steps: 5, seed: 1)
        let spelledOut = LossCurves(runs.map { LossCurves.Series($0.name, $0.losses) }, logScale: true)
        #expect(try PlottingFixtures.script(LossCurves(of: runs, logScale: true)) == PlottingFixtures.script(spelledOut))
        let renamed = LossCurves(zip(["hard", "smooth"], runs).map { LossCurves.Series($0, $1.losses) })
        #expect(try PlottingFixtures.script(LossCurves(of: runs, names: ["hard", "smooth"])) == PlottingFixtures.script(renamed))
    }
}
