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
    let n = Double(a.count)
    guard a.count > 0 else { return 1 }
    var joint: [Pair: Int] = [:]
    var countA: [Int: Int] = [:], countB: [Int: Int] = [:]
    for (x, y) in zip(a, b) {
        joint[Pair(a: x, b: y), default: 0] += 1
        countA[x, default: 0] += 1
        countB[y, default: 0] += 1
    }
    if countA.count == 1 && countB.count == 1 { return 1 }
    func entropy(_ counts: [Int: Int]) -> Double {
        counts.values.reduce(0) { h, c in let p = Double(c) / n; return h - p * log(p) }
    }
    var mi = 0.0
    for (pair, c) in joint {
        let pxy = Double(c) / n
        mi += pxy * log(pxy * n * n / (Double(countA[pair.a]!) * Double(countB[pair.b]!)))
    }
    guard mi > 1e-15 else { return 0 }
    let ha = entropy(countA), hb = entropy(countB)
    let denominator = normalization == .geometric ? (ha * hb).squareRoot() : (ha + hb) / 2
    return min(1, mi / denominator)
}

private struct Pair: Hashable { let a: Int; let b: Int }
