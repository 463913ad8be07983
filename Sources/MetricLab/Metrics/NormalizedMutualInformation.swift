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
    let n = Double(a.count)
    // A dense contingency table summed in a fixed order, so the same labelings give the same bits.
    let rowsOf = Dictionary(uniqueKeysWithValues: Set(a).sorted().enumerated().map { ($1, $0) })
    let colsOf = Dictionary(uniqueKeysWithValues: Set(b).sorted().enumerated().map { ($1, $0) })
    let ka = rowsOf.count, kb = colsOf.count
    if ka == 1 && kb == 1 { return 1 }
    var joint = [Int](repeating: 0, count: ka * kb)
    var countA = [Int](repeating: 0, count: ka), countB = [Int](repeating: 0, count: kb)
    for (x, y) in zip(a, b) {
        let i = rowsOf[x]!, j = colsOf[y]!
        joint[i * kb + j] += 1
        countA[i] += 1
        countB[j] += 1
    }
    func entropy(_ counts: [Int]) -> Double {
        counts.reduce(0) { h, c in let p = Double(c) / n; return h - p * log(p) }
    }
    var mi = 0.0
    for i in 0 ..< ka {
        for j in 0 ..< kb where joint[i * kb + j] > 0 {
            let pxy = Double(joint[i * kb + j]) / n
            mi += pxy * log(pxy * n * n / (Double(countA[i]) * Double(countB[j])))
        }
    }
    guard mi > 1e-15 else { return 0 }
    let ha = entropy(countA), hb = entropy(countB)
    let denominator = normalization == .geometric ? (ha * hb).squareRoot() : (ha + hb) / 2
    return min(1, mi / denominator)
}
