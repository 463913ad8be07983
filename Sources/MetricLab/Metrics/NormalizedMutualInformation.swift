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
/// Undefined, and NaN, when both labelings are a single cluster (one point, one class): there is
/// no information to share, where scikit-learn calls it a perfect 1; and NaN for no points.
/// Labelings with no mutual information score 0, even when one side is a single cluster, as in
/// scikit-learn.
public func normalizedMutualInformation(_ a: [Int], _ b: [Int],
                                        normalization: NMINormalization = .geometric) -> Double {
    precondition(a.count == b.count, "normalizedMutualInformation: \(a.count) and \(b.count) labels")
    let table = ContingencyTable(a, b)
    guard table.rows > 1 || table.cols > 1 else { return .nan }
    let mi = table.mutualInformation
    guard mi > 1e-15 else { return 0 }
    let ha = table.rowEntropy, hb = table.columnEntropy
    let denominator = normalization == .geometric ? (ha * hb).squareRoot() : (ha + hb) / 2
    return min(1, mi / denominator)
}
