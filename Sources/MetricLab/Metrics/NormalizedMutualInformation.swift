import Foundation

/// How mutual information is normalised into NMI.
public enum NMINormalization: Sendable {
    /// MI / sqrt(H(a)·H(b)): the papers' choice, and scikit-learn's default before 0.22.
    case geometric
    /// MI / ((H(a) + H(b)) / 2): scikit-learn's default since 0.22.
    case arithmetic
}

/// The normalised mutual information of two labelings of the same points (natural log).
///
/// Conventions follow scikit-learn: two single-cluster labelings agree perfectly (1); labelings
/// with no mutual information score 0, even when one side is a single cluster.
public func normalizedMutualInformation(_ a: [Int], _ b: [Int],
                                        normalization: NMINormalization = .geometric) -> Double {
    precondition(a.count == b.count, "normalizedMutualInformation: \(a.count) and \(b.count) labels")
    guard !a.isEmpty else { return 1 }
    let table = ContingencyTable(a, b)
    if table.rows == 1 && table.cols == 1 { return 1 }
    let mi = table.mutualInformation
    guard mi > 1e-15 else { return 0 }
    let ha = table.rowEntropy, hb = table.columnEntropy
    let denominator = normalization == .geometric ? (ha * hb).squareRoot() : (ha + hb) / 2
    return min(1, mi / denominator)
}
