import MetricLab
import Testing

/// Integer seeds of any type, settings, and runs over several losses or seeds: each the same run
/// as the plain `train` call it stands for.
@Suite struct TrainManyTests {
    let blobs = Blobs(classes: 3, perClass: 6, spread: 0.5, radius: 2).sample(seed: 4)

    func same(_ a: Run, _ b: Run) -> Bool {
        a.losses == b.losses && a.finalEmbedding.scalars == b.finalEmbedding.scalars && a.name == b.name
    }

    /// An `Int` seed (issue 19) and a `UInt64` of the same value give the same run, and so do data draws.
    @Test func anIntSeedIsTheSameSeed() throws {
        let seed = 5
        let byInt = try train(.mlp([2, 8, 2]), on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 5, seed: seed)
        let byUInt = try train(.mlp([2, 8, 2]), on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 5, seed: UInt64(5))
        let other = try train(.mlp([2, 8, 2]), on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 5, seed: seed + 1)
        #expect(same(byInt, byUInt))
        #expect(!same(byInt, other))
        let generator = Blobs(classes: 3, perClass: 6)
        #expect(generator.sample(seed: seed).points.scalars == generator.sample(seed: UInt64(5)).points.scalars)
        #expect(generator.sample(seed: seed).points.scalars != generator.sample(seed: 6).points.scalars)
        #expect(Augmentation().views(of: blobs, seed: seed).points.scalars
                == Augmentation().views(of: blobs, seed: UInt64(5)).points.scalars)
    }

    @Test func aSettingTrainsItsModelWithItsOptimizer() throws {
        let setting = Setting("MLP", model: .mlp([2, 8, 2], normalized: true), optimizer: .adam(lr: 0.003))
        let run = try train(setting, on: blobs, loss: Contrastive(), steps: 5, seed: 3)
        let plain = try train(.mlp([2, 8, 2], normalized: true), on: blobs, loss: Contrastive(),
                              optimizer: .adam(lr: 0.003), steps: 5, seed: 3)
        #expect(same(run, plain))
        #expect(setting.isNormalized)
        #expect(!Setting("free points", model: .free, optimizer: .adam(lr: 0.01)).isNormalized)
    }

    @Test func severalLossesInTheirOrder() throws {
        let losses: [any Loss] = [Triplet(), Contrastive(), ProxyAnchor()]
        let runs = try train(.mlp([2, 8, 2]), on: blobs, losses: losses, optimizer: .adam(lr: 0.01), steps: 4, seed: 7)
        #expect(runs.map(\.name) == losses.map(\.name))
        for (loss, run) in zip(losses, runs) {
            #expect(same(run, try train(.mlp([2, 8, 2]), on: blobs, loss: loss, optimizer: .adam(lr: 0.01), steps: 4, seed: 7)))
        }
    }

    @Test func severalSeedsInTheirOrder() throws {
        let runs = try train(.mlp([2, 8, 2]), on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 4, seeds: 1 ... 3)
        #expect(runs.count == 3)
        for (seed, run) in zip(1 ... 3, runs) {
            #expect(same(run, try train(.mlp([2, 8, 2]), on: blobs, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 4, seed: seed)))
            #expect(run.data.points.scalars == blobs.points.scalars)
        }
    }

    /// Over a generator, each seed draws its own data and seeds its own run with the same number.
    @Test func severalDrawsOfTheData() throws {
        let layout = SplitClass(classes: 3, perClass: 6, gap: 1, spread: 0.1)
        let runs = try train(.free, on: layout, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 4, seeds: [UInt64(0), 4])
        for (seed, run) in zip([0, 4], runs) {
            let data = layout.sample(seed: seed)
            #expect(run.data.points.scalars == data.points.scalars)
            #expect(same(run, try train(.free, on: data, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 4, seed: seed)))
        }
        #expect(runs[0].data.points.scalars != runs[1].data.points.scalars)
    }
}
