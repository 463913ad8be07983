/// Pairs sampled so that their distances spread evenly (pytorch-metric-learning's
/// UniformHistogramMiner): the range of the positive pairs' distances is cut into equal bins, and
/// the same number of pairs is drawn from every bin that holds any; likewise for the negatives.
///
/// A batch's pairs crowd around a few distances; sampling each bin alike shows the loss every
/// scale of distance as often as any other. Bins are `Bins(low:high:count:)` over the smallest and
/// largest raw distance (or similarity) of the kind; within a bin the pairs are drawn uniformly,
/// with replacement, from the `RNG` passed in. Bins come in ascending order, as in PML.
/// `mine` refuses fewer than one bin or a negative number of pairs per bin, on which PML fails.
/// PML's defaults: 100 bins, 10 positive and 10 negative pairs per bin, `Euclidean()` on
/// normalised embeddings.
public struct UniformHistogramMiner: PairMiner {
    /// Equal bins between two values, as PML makes them: edges `torch.linspace(low, high, count + 1)`,
    /// bin i holding [eᵢ, eᵢ₊₁), the last one its upper edge too.
    public struct Bins: Sendable, Equatable {
        /// The count + 1 edges, from low to high.
        public let edges: [Double]

        /// `count` bins (at least one) from `low` to `high`.
        public init(low: Double, high: Double, count: Int) {
            let steps = Swift.max(count, 1) + 1, step = (high - low) / Double(steps - 1)
            // torch's linspace: counted from the start in the first half, from the end in the second,
            // so that both ends are exact.
            edges = (0 ..< steps).map { i in i < steps / 2 ? low + step * Double(i) : high - step * Double(steps - i - 1) }
        }

        /// The number of bins.
        public var count: Int { edges.count - 1 }

        /// The bin holding `value`, which lies in [low, high]: found from its position in the range,
        /// then checked against the edges themselves.
        public func index(of value: Double) -> Int {
            let (low, high, last) = (edges[0], edges[count], count - 1)
            let position = (value - low) / (high - low) * Double(count)
            var i = high > low && !position.isNaN ? Int(Swift.min(Swift.max(position, 0), Double(last))) : last
            while i > 0 && value < edges[i] { i -= 1 }
            while i < last && value >= edges[i + 1] { i += 1 }
            return i
        }
    }

    /// The number of bins.
    public var bins: Int
    /// How many positive pairs are drawn from each bin.
    public var positivesPerBin: Int
    /// How many negative pairs are drawn from each bin.
    public var negativesPerBin: Int
    /// The distance the pairs are binned by.
    public var distance: any Distance

    /// A miner drawing the given numbers of pairs per bin; the defaults are PML's.
    public init(bins: Int = 100, positivesPerBin: Int = 10, negativesPerBin: Int = 10, distance: any Distance = Euclidean()) {
        self.bins = bins
        self.positivesPerBin = positivesPerBin
        self.negativesPerBin = negativesPerBin
        self.distance = distance
    }

    public var name: String { "uniform histogram" }

    /// The sampled pairs, after checking the configuration.
    public func mine(_ batch: MiningBatch, using rng: inout RNG) throws -> IndexTuples {
        guard bins >= 1 else { throw MinerError(name, "needs at least one bin, not \(bins)") }
        guard positivesPerBin >= 0, negativesPerBin >= 0 else {
            throw MinerError(name, "cannot draw a negative number of pairs per bin (\(positivesPerBin) positive, \(negativesPerBin) negative)")
        }
        let (positive, negative) = pairs(in: batch, using: &rng)
        return .pairs(positive: positive, negative: negative)
    }

    /// `positivesPerBin` positive pairs from each nonempty bin of positive distances, and
    /// `negativesPerBin` negative pairs from each of negative distances (none without a bin).
    public func pairs(in batch: MiningBatch, using rng: inout RNG) -> (positive: PairIndices, negative: PairIndices) {
        let values = batch.matrix(distance).scalars, m = batch.referenceLabels.count, (positive, negative) = batch.allPairs
        return (sample(positive, values, width: m, perBin: positivesPerBin, using: &rng),
                sample(negative, values, width: m, perBin: negativesPerBin, using: &rng))
    }

    /// `perBin` pairs drawn from each nonempty bin of the pairs' values.
    private func sample(_ pairs: PairIndices, _ values: [Double], width m: Int, perBin: Int, using rng: inout RNG) -> PairIndices {
        let scores = (0 ..< pairs.count).map { values[pairs.anchors[$0] * m + pairs.others[$0]] }
        guard bins >= 1, perBin > 0, let low = scores.min(), let high = scores.max() else { return PairIndices() }
        let histogram = Bins(low: low, high: high, count: bins)
        // The pairs grouped by bin in one counting sort: starts[b] ..< starts[b + 1] in `members`.
        let bin = scores.map(histogram.index(of:))
        var starts = [Int](repeating: 0, count: bins + 1)
        for b in bin { starts[b + 1] += 1 }
        for b in 0 ..< bins { starts[b + 1] += starts[b] }
        var members = [Int](repeating: 0, count: pairs.count), filled = starts
        for (k, b) in bin.enumerated() {
            members[filled[b]] = k
            filled[b] += 1
        }
        var out = PairIndices()
        for b in 0 ..< bins where starts[b + 1] > starts[b] {
            for _ in 0 ..< perBin {
                let k = members[starts[b] + rng.int(below: starts[b + 1] - starts[b])]
                out.append(pairs.anchors[k], pairs.others[k])
            }
        }
        return out
    }
}

extension Miner where Self == UniformHistogramMiner {
    /// Pairs drawn evenly over bins of distance (PML's defaults: 100 bins, 10 pairs of each kind per bin).
    public static func uniformHistogram(bins: Int = 100, positivesPerBin: Int = 10,
                                        negativesPerBin: Int = 10) -> UniformHistogramMiner {
        UniformHistogramMiner(bins: bins, positivesPerBin: positivesPerBin, negativesPerBin: negativesPerBin)
    }
}
