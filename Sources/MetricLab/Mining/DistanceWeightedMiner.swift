import Foundation

/// Negatives sampled by distance (pytorch-metric-learning's DistanceWeightedMiner): Wu, Manmatha,
/// Smola & Krähenbühl 2017, "Sampling Matters in Deep Embedding Learning", eqs. 3–4.
///
/// On the unit sphere in ℝⁿ the distances between uniformly spread points have the density
/// q(d) ∝ d^{n−2} (1 − d²/4)^{(n−3)/2} (eq. 3); sampling a negative with weight ∝ q(d)⁻¹ (eq. 4)
/// spreads the chosen negatives over all distances instead of the crowd near √2. With
/// d̂ = max(d, cutoff), the weight of negative j for anchor a is
///
///     w_aj = d̂^{2−n} (1 − d̂²/4)^{(3−n)/2}   when d̂ < nonzeroLossCutoff, else 0,
///
/// the cutoff bounding the weight of close negatives (where the paper clips weights at λ) and the
/// second cutoff skipping negatives a margin loss would not use. A weight that is not finite (d̂ = 2) is
/// 0. d is `Euclidean()` on normalised embeddings, the only distance PML accepts.
///
/// Each anchor with a positive and a nonzero weight gets as many triplets as there are references
/// of its label (itself included: PML's count), each with a positive drawn uniformly from its
/// positives and a negative drawn from `probabilities`, both from the `RNG` passed in. Anchors
/// come in row order (PML groups them by label; no loss depends on the order). Weights are
/// normalised row by row, where PML divides by one maximum over the whole matrix first: the
/// same distribution, without the rows whose weights all underflow in float32.
/// PML's defaults, those of the authors' implementation: cutoff 0.5, nonzero-loss cutoff 1.4.
public struct DistanceWeightedMiner: TripletMiner {
    /// The distance below which weights stop growing.
    public var cutoff: Double
    /// The (clipped) distance from which negatives are never drawn.
    public var nonzeroLossCutoff: Double

    /// A miner with the given cutoffs; the defaults are PML's and the authors'.
    public init(cutoff: Double = 0.5, nonzeroLossCutoff: Double = 1.4) {
        self.cutoff = cutoff
        self.nonzeroLossCutoff = nonzeroLossCutoff
    }

    public var name: String { "distance weighted" }

    /// For each anchor, the probability of drawing each reference as its negative: w_aj over the
    /// anchor's negatives, normalised; a row whose weights are all 0 stays 0 (embeddings × references).
    public func probabilities(in batch: MiningBatch) -> Tensor {
        let distances = Euclidean().matrix(batch.embeddings, batch.references).scalars
        let (n, m) = (batch.labels.count, batch.referenceLabels.count)
        let dimension = Double(batch.embeddings.cols)
        var out = [Double](repeating: 0, count: n * m), logWeights = [Double](repeating: 0, count: m)
        for a in 0 ..< n {
            let row = a * m, negatives = batch.negatives(of: a)
            // The largest log-weight is taken out before exponentiating, so that no row underflows.
            var largest = -Double.infinity
            for j in negatives {
                logWeights[j] = logWeight(at: distances[row + j], dimension: dimension)
                largest = Swift.max(largest, logWeights[j])
            }
            guard largest > -.infinity else { continue }
            var total = 0.0
            for j in negatives {
                out[row + j] = exp(logWeights[j] - largest)
                total += out[row + j]
            }
            for j in negatives { out[row + j] /= total }
        }
        return Tensor(rows: n, cols: m, scalars: out)
    }

    /// log w at distance d in ℝⁿ, −∞ for a negative never drawn.
    private func logWeight(at distance: Double, dimension n: Double) -> Double {
        let d = Swift.max(distance, cutoff)
        // PML compares the clipped distance with the second cutoff.
        guard d < nonzeroLossCutoff else { return -.infinity }
        let value = (2 - n) * log(d) - (n - 3) / 2 * log(1 - d * d / 4)
        return value.isFinite ? value : -.infinity
    }

    /// Triplets with uniformly drawn positives and distance-weighted negatives.
    public func triplets(in batch: MiningBatch, using rng: inout RNG) -> TripletIndices {
        let probabilities = probabilities(in: batch).scalars, m = batch.referenceLabels.count
        var out = TripletIndices()
        var cumulative = [Double](repeating: 0, count: m)
        for a in batch.labels.indices {
            let positives = batch.positives(of: a), negatives = batch.negatives(of: a)
            guard !positives.isEmpty else { continue }
            var total = 0.0
            for (k, j) in negatives.enumerated() {
                total += probabilities[a * m + j]
                cumulative[k] = total
            }
            guard total > 0 else { continue }
            let draws = positives.count + (batch.identity[a] == nil ? 0 : 1)
            for _ in 0 ..< draws {
                let p = positives[rng.int(below: positives.count)]
                let u = rng.uniform() * total
                // The first negative whose cumulative probability exceeds u: a zero-weight one never is.
                var (low, high) = (0, negatives.count - 1)
                while low < high {
                    let mid = (low + high) / 2
                    if cumulative[mid] > u { high = mid } else { low = mid + 1 }
                }
                out.append(a, p, negatives[low])
            }
        }
        return out
    }
}

extension Miner where Self == DistanceWeightedMiner {
    /// Sampling Matters' distance-weighted negatives (PML's and the authors' cutoffs 0.5 and 1.4).
    public static func distanceWeighted(cutoff: Double = 0.5, nonzeroLossCutoff: Double = 1.4) -> DistanceWeightedMiner {
        DistanceWeightedMiner(cutoff: cutoff, nonzeroLossCutoff: nonzeroLossCutoff)
    }
}
