/// Significance tests for comparing methods over the same seeds: an exact paired test and the
/// Holm–Bonferroni correction for testing several comparisons at once.
public enum Significance {
    /// The two-sided p-value of the exact sign-flip (paired permutation) test: the share of the 2ⁿ
    /// ways of flipping the signs of the paired `differences` whose sum is at least as far from 0
    /// as the observed one. Under the null hypothesis each seed's difference is as likely negative as
    /// positive, so every flip is equally likely; no normal distribution is assumed. The smallest
    /// p-value n pairs can give is 2/2ⁿ. At most 20 pairs (a million flips).
    public static func signFlipPValue(_ differences: [Double]) -> Double {
        let n = differences.count
        guard n > 0 else { return 1 }
        precondition(n <= 20, "Significance.signFlipPValue: at most 20 paired differences, got \(n)")
        let observed = abs(differences.reduce(0, +))
        // Sums equal to the observed one up to rounding count as reaching it.
        let tolerance = 1e-9 * differences.map(abs).reduce(0, +)
        var reaching = 0
        for flips in 0 ..< (1 << n) {
            var sum = 0.0
            for (k, d) in differences.enumerated() { sum += flips >> k & 1 == 1 ? -d : d }
            if abs(sum) >= observed - tolerance { reaching += 1 }
        }
        return Double(reaching) / Double(1 << n)
    }

    /// Holm–Bonferroni adjusted p-values, in the order given: the k-th smallest of m p-values is
    /// multiplied by m − k + 1, kept at least as large as the adjusted values before it, and capped at 1.
    /// Rejecting every hypothesis whose adjusted value is at most α keeps the chance of any false
    /// rejection among the m at most α, whatever their dependence.
    public static func holmAdjusted(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (rank, index) in pValues.indices.sorted(by: { pValues[$0] < pValues[$1] }).enumerated() {
            running = max(running, min(1, Double(m - rank) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
