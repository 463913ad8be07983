/// One positive and one negative per anchor, each picked by a strategy (pytorch-metric-learning's
/// BatchEasyHardMiner), after Xuan, Stylianou, Liu & Pless 2020: "Improved Embeddings with Easy
/// Positive Triplet Mining" (the nearest positive) and "Hard Negative Examples are Hard, but
/// Useful" (hard and semi-hard negatives).
///
/// Per anchor a, among its positives P(a) and negatives N(a), with d read so that larger is farther:
///
///     easy positive      argmin_{p ∈ P(a)} d(a,p)      hard positive      argmax_{p ∈ P(a)} d(a,p)
///     easy negative      argmax_{n ∈ N(a)} d(a,n)      hard negative      argmin_{n ∈ N(a)} d(a,n)
///     semi-hard negative argmin over {n : d(a,n) > d(a,p*)}, p* the positive chosen for a
///     semi-hard positive argmax over {p : d(a,p) < d(a,n*)}, n* the negative chosen for a
///
/// and `.all` takes every pair of that side. An anchor lacking either choice gives no pairs; with
/// `.all` on one side, the other side's choices stand alone. Ties go to the lowest reference row.
/// The allowed ranges bound the raw distance (or similarity) of the candidates a strategy picks
/// from; `.all` ignores them, as PML does. The result is pairs, (a, p*) and (a, n*), which a
/// triplet loss reads as the triplets (a, p*, n*). PML refuses semi-hard on both sides and
/// semi-hard with `.all`, since each needs the other side's single choice; so does `init`.
/// PML's defaults: easy positives, semi-hard negatives, no ranges, `Euclidean()` on normalised
/// embeddings.
public struct BatchEasyHardMiner: PairMiner {
    /// How one side of the pair is chosen.
    public enum Strategy: String, Sendable, CaseIterable {
        /// The nearest positive, or the farthest negative.
        case easy
        /// Relative to the other side's choice: a negative farther than the chosen positive, or a
        /// positive nearer than the chosen negative, the hardest such.
        case semiHard = "semihard"
        /// The farthest positive, or the nearest negative.
        case hard
        /// Every pair of that side.
        case all
    }

    /// How positives are chosen.
    public let positives: Strategy
    /// How negatives are chosen.
    public let negatives: Strategy
    /// The raw distances (or similarities) a chosen positive may have; nil for any.
    public var allowedPositiveRange: ClosedRange<Double>?
    /// The raw distances (or similarities) a chosen negative may have; nil for any.
    public var allowedNegativeRange: ClosedRange<Double>?
    /// The distance the choices are made in.
    public var distance: any Distance

    /// A miner with the given strategies; throws for the combinations PML refuses (semi-hard on
    /// both sides, semi-hard with `.all`).
    public init(positives: Strategy = .easy, negatives: Strategy = .semiHard,
                allowedPositiveRange: ClosedRange<Double>? = nil, allowedNegativeRange: ClosedRange<Double>? = nil,
                distance: any Distance = Euclidean()) throws {
        if positives == .semiHard && negatives == .semiHard {
            throw MinerError("batch easy-hard", "positives and negatives cannot both be semi-hard: each side's semi-hard choice is relative to the other side's single choice")
        }
        if [positives, negatives] == [.semiHard, .all] || [positives, negatives] == [.all, .semiHard] {
            throw MinerError("batch easy-hard", "semi-hard cannot be combined with all: semi-hard is relative to a single choice on the other side")
        }
        self.positives = positives
        self.negatives = negatives
        self.allowedPositiveRange = allowedPositiveRange
        self.allowedNegativeRange = allowedNegativeRange
        self.distance = distance
    }

    public var name: String { "\(positives.rawValue) positives, \(negatives.rawValue) negatives" }

    /// Each anchor's chosen positive and negative pairs (or all of a side's pairs, for `.all`).
    public func pairs(in batch: MiningBatch, using rng: inout RNG) -> (positive: PairIndices, negative: PairIndices) {
        let raw = batch.matrix(distance).scalars, m = batch.referenceLabels.count, sign = distance.farness
        var positive = PairIndices(), negative = PairIndices()
        for a in batch.labels.indices {
            let row = Array(raw[a * m ..< (a + 1) * m])
            let (ps, ns) = (batch.positives(of: a), batch.negatives(of: a))
            var p: Int?, n: Int?
            switch (positives, negatives) {
            case (.semiHard, _):
                n = pick(ns, in: row, sign: sign, farthest: negatives == .easy, range: allowedNegativeRange)
                if let n { p = pick(ps, in: row, sign: sign, farthest: true, range: allowedPositiveRange, nearerThan: sign * row[n]) }
            case (_, .semiHard):
                p = pick(ps, in: row, sign: sign, farthest: positives == .hard, range: allowedPositiveRange)
                if let p { n = pick(ns, in: row, sign: sign, farthest: false, range: allowedNegativeRange, fartherThan: sign * row[p]) }
            default:
                if positives != .all { p = pick(ps, in: row, sign: sign, farthest: positives == .hard, range: allowedPositiveRange) }
                if negatives != .all { n = pick(ns, in: row, sign: sign, farthest: negatives == .easy, range: allowedNegativeRange) }
            }
            switch (positives, negatives) {
            case (.all, .all):
                for p in ps { positive.append(a, p) }
                for n in ns { negative.append(a, n) }
            case (.all, _):
                for p in ps { positive.append(a, p) }
                if let n { negative.append(a, n) }
            case (_, .all):
                if let p { positive.append(a, p) }
                for n in ns { negative.append(a, n) }
            default:
                guard let p, let n else { continue }
                positive.append(a, p)
                negative.append(a, n)
            }
        }
        return (positive, negative)
    }

    /// The nearest or farthest of the `candidates` whose raw value in `row` lies in `range` and
    /// whose farness (`sign` × value) lies strictly between the bounds; the first in row order on
    /// a tie, as torch's min and max.
    private func pick(_ candidates: [Int], in row: [Double], sign: Double, farthest: Bool, range: ClosedRange<Double>?,
                      fartherThan low: Double = -.infinity, nearerThan high: Double = .infinity) -> Int? {
        var best: Int?, bestFar = 0.0
        for j in candidates {
            let far = sign * row[j]
            guard far > low, far < high, range?.contains(row[j]) ?? true else { continue }
            if best == nil || (farthest ? far > bestFar : far < bestFar) { (best, bestFar) = (j, far) }
        }
        return best
    }
}

extension Miner where Self == BatchEasyHardMiner {
    /// Xuan et al.'s easy positives with semi-hard negatives (PML's default BatchEasyHardMiner).
    public static var easyPositives: BatchEasyHardMiner { BatchEasyHardMiner(checked: .easy, .semiHard) }

    /// Positives and negatives chosen by the given strategies; throws for the combinations PML refuses.
    public static func batchEasyHard(positives: BatchEasyHardMiner.Strategy, negatives: BatchEasyHardMiner.Strategy,
                                     distance: any Distance = Euclidean()) throws -> BatchEasyHardMiner {
        try BatchEasyHardMiner(positives: positives, negatives: negatives, distance: distance)
    }
}

extension BatchEasyHardMiner {
    /// A combination already known to be allowed.
    fileprivate init(checked positives: Strategy, _ negatives: Strategy) {
        (self.positives, self.negatives) = (positives, negatives)
        distance = Euclidean()
    }
}
