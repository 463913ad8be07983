/// A loss computed on the tuples a miner chooses (PML's `loss(embeddings, labels, miner(embeddings,
/// labels))`): `Contrastive().mined(by: PairMarginMiner())`, `Triplet().mined(by: .semiHard)`.
///
/// The miner draws from the batch's generator, so a sampling miner varies from step to step and
/// a run repeats with its seed. A pair loss reads mined triplets as pairs and a triplet loss mined
/// pairs as triplets, by PML's conversions (`IndexTuples`).
public struct Mined<Base: Loss>: LossWrapper {
    /// The loss.
    public var base: Base
    /// The miner.
    public var miner: any Miner

    /// `base` on what `miner` chooses.
    public init(_ base: Base, by miner: any Miner) {
        self.base = base
        self.miner = miner
    }

    public var name: String { "\(base.name) (\(miner.name))" }

    /// The tuples the miner chooses from `batch`: what a figure draws as its edges.
    public func tuples(_ batch: LossBatch) throws -> IndexTuples {
        var rng = batch.generator
        return try miner.mine(batch.miningBatch, using: &rng)
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        var mined = batch
        mined.tuples = try tuples(batch)
        return try base.terms(mined, parameters: parameters)
    }

    public func advanced(past batch: LossBatch) -> Mined {
        // A loss whose state is built from its tuples sees the miner's again (drawn from the same
        // generator, so the same ones); the others skip a second mining.
        var seen = batch
        if base is any TupleStatefulLoss { seen.tuples = try? tuples(batch) }
        return Mined(base.advanced(past: seen), by: miner)
    }
}

extension Loss {
    /// This loss on the tuples `miner` chooses.
    public func mined(by miner: some Miner) -> Mined<Self> { Mined(self, by: miner) }
}

/// A loss whose state after a step is built from the tuples it was computed on (dynamic soft
/// margin's running histogram of triplet differences): `Mined` hands it the miner's tuples in
/// `advanced(past:)` too.
public protocol TupleStatefulLoss: Loss {}

extension Regularized: TupleStatefulLoss where Base: TupleStatefulLoss {}
