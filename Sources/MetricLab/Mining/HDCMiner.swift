/// The hardest share of the positive pairs and of the negative pairs (pytorch-metric-learning's
/// HDCMiner), the mining step of Yuan, Yang & Zhang 2017, "Hard-Aware Deeply Cascaded Embedding":
/// each stage of the cascade passes on only the pairs hardest for it.
///
/// Of the K pairs of each kind, the ⌈f·K⌉ hardest are kept: the positives farthest apart and the
/// negatives closest together. The pairs are the batch's tuples when it has some (triplets read
/// as their pairs, duplicates kept) — PML's `set_idx_externally`, so that a miner mining outside
/// this one, or the caller, feeds the cascade — and every pair of the batch otherwise. Kept pairs
/// stay in their given order (PML lists them hardest first; no loss depends on the order); a tie
/// at the cut keeps the earlier pair. `mine` refuses f outside [0, 1], where PML's top-k fails.
/// PML's defaults: f = 0.5, `Euclidean()` on normalised embeddings.
public struct HDCMiner: PairMiner {
    /// f, the share of each kind of pair that is kept (PML's `filter_percentage`).
    public var fraction: Double
    /// The distance hardness is measured in.
    public var distance: any Distance

    /// A miner keeping the hardest `fraction` of each kind of pair; the defaults are PML's.
    public init(fraction: Double = 0.5, distance: any Distance = Euclidean()) {
        self.fraction = fraction
        self.distance = distance
    }

    public var name: String { "hardest \(fraction)" }

    /// The hardest pairs, after checking that f is a share.
    public func mine(_ batch: MiningBatch, using rng: inout RNG) throws -> IndexTuples {
        guard fraction >= 0 && fraction <= 1 else {
            throw MinerError(name, "the fraction of pairs kept must lie in [0, 1], not \(fraction)")
        }
        let (positive, negative) = pairs(in: batch, using: &rng)
        return .pairs(positive: positive, negative: negative)
    }

    /// The hardest ⌈f·K⌉ positive pairs and negative pairs (f clamped to [0, 1], NaN read as 0).
    public func pairs(in batch: MiningBatch, using rng: inout RNG) -> (positive: PairIndices, negative: PairIndices) {
        let (positive, negative) = batch.tuples?.pairs ?? batch.allPairs
        let far = batch.dissimilarities(distance).scalars, m = batch.referenceLabels.count
        return (hardest(positive, far: far, width: m, sign: 1), hardest(negative, far: far, width: m, sign: -1))
    }

    /// The ⌈f·K⌉ pairs whose `sign` × farness is largest, in their given order.
    private func hardest(_ pairs: PairIndices, far: [Double], width m: Int, sign: Double) -> PairIndices {
        let count = pairs.count, share = fraction.isNaN ? 0 : Swift.min(Swift.max(fraction, 0), 1)
        let keep = Int((share * Double(count)).rounded(.up))
        guard keep > 0 else { return PairIndices() }
        let scores = (0 ..< count).map { sign * far[pairs.anchors[$0] * m + pairs.others[$0]] }
        let cut = largest(keep, of: scores)
        // Everything above the cut, and as many ties at it as still fit, earliest first.
        var ties = keep - scores.reduce(0) { $0 + ($1 > cut ? 1 : 0) }
        var out = PairIndices()
        for k in 0 ..< count where scores[k] > cut || (scores[k] == cut && ties > 0) {
            if scores[k] == cut { ties -= 1 }
            out.append(pairs.anchors[k], pairs.others[k])
        }
        return out
    }
}

/// The k-th largest of `values` (1 ≤ k ≤ count), by quickselect in expected linear time: a sort
/// of the million negative pairs of a batch of 1024 would cost more than the loss.
private func largest(_ k: Int, of values: [Double]) -> Double {
    var v = values, (low, high) = (0, values.count - 1)
    let target = k - 1
    while low < high {
        let pivot = v[(low + high) / 2]
        var (i, j) = (low, high)
        while i <= j {
            while v[i] > pivot { i += 1 }
            while v[j] < pivot { j -= 1 }
            if i <= j {
                v.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        if target <= j { high = j } else if target >= i { low = i } else { return v[target] }
    }
    return v[target]
}

extension Miner where Self == HDCMiner {
    /// The hardest `fraction` of the positive and of the negative pairs (HDC's mining; PML's default 0.5).
    public static func hdc(keeping fraction: Double = 0.5, distance: any Distance = Euclidean()) -> HDCMiner {
        HDCMiner(fraction: fraction, distance: distance)
    }
}
