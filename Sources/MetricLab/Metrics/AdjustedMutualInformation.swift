import Foundation

/// How adjusted mutual information normalises by the two entropies.
public enum AMINormalization: Sendable {
    /// max(H(a), H(b)): scikit-learn's default before 0.22, the one TensorFlow's cluster loss used.
    case max
    /// (H(a) + H(b)) / 2: scikit-learn's default since 0.22.
    case arithmetic
    /// sqrt(H(a)·H(b)).
    case geometric

    func average(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .max: Swift.max(a, b)
        case .arithmetic: (a + b) / 2
        case .geometric: (a * b).squareRoot()
        }
    }
}

/// The adjusted mutual information of two labelings (Vinh, Epps & Bailey 2010), natural log.
///
/// AMI = (I − E[I]) / (avg(H(a), H(b)) − E[I]), E[I] the mutual information expected under the
/// hypergeometric model with both labelings' cluster sizes fixed. Both labelings a single
/// cluster (one point, one class) or no points: undefined, NaN, where scikit-learn gives 1;
/// exactly one of them a single cluster gives 0, as in scikit-learn. Where the denominator
/// vanishes (within 1e-12) the expectation already reaches the maximum, which only a perfect
/// match does: 1, where scikit-learn divides rounding noise by ±machine epsilon.
public func adjustedMutualInformation(_ a: [Int], _ b: [Int], normalization: AMINormalization = .max) -> Double {
    let table = ContingencyTable(a, b)
    guard table.rows > 1 || table.cols > 1 else { return .nan }
    var expected = ExpectedMutualInformation(columnSums: table.columnSums)
    let emi = table.rowSums.reduce(0) { $0 + expected.rowTerm($1) }
    let mi = table.rows > 1 && table.cols > 1 ? table.mutualInformation : 0
    return adjustedMutualInformation(mutualInformation: mi, expected: emi, rows: table.rows, cols: table.cols,
                                     normalizer: normalization.average(table.rowEntropy, table.columnEntropy))
}

/// The adjusted mutual information from I, E[I] and the averaged entropies; both sides a single
/// cluster count as a perfect 1 here, as facility location's margin needs of a one-class batch.
func adjustedMutualInformation(mutualInformation mi: Double, expected emi: Double,
                               rows: Int, cols: Int, normalizer: Double) -> Double {
    if rows == 1 && cols == 1 { return 1 }
    if rows == 1 || cols == 1 { return 0 }
    let denominator = normalizer - emi
    guard abs(denominator) > 1e-12 * max(1, normalizer) else { return 1 }
    return (mi - emi) / denominator
}

/// E[I] split by rows: the expected mutual information is Σᵢ rowTerm(aᵢ) for fixed column sums.
///
/// Each row's term depends only on its size, so the terms are remembered by size: a clustering
/// search that changes a few row sizes at a time updates E[I] in O(1) per changed row.
struct ExpectedMutualInformation {
    private let columnSums: [Int]
    private let points: Int
    private let logFactorial: [Double]
    private var terms: [Double]

    /// The terms for a second labeling with these cluster sizes.
    init(columnSums: [Int]) {
        self.columnSums = columnSums.filter { $0 > 0 }
        points = columnSums.reduce(0, +)
        logFactorial = (0 ... points).map { lgamma(Double($0) + 1) }
        terms = [Double](repeating: .nan, count: points + 1)
    }

    /// Σⱼ Σₙ P(nᵢⱼ = n)·(n/N)·log(N·n / (a·bⱼ)) for a row of `a` points (hypergeometric P).
    mutating func rowTerm(_ a: Int) -> Double {
        if !terms[a].isNaN { return terms[a] }
        let n = points, lf = logFactorial
        var sum = 0.0
        if a > 0 {
            for b in columnSums {
                let fixed = lf[a] + lf[b] + lf[n - a] + lf[n - b] - lf[n]
                for k in Swift.max(1, a + b - n) ... Swift.min(a, b) {
                    let logP = fixed - lf[k] - lf[a - k] - lf[b - k] - lf[n - a - b + k]
                    sum += Double(k) / Double(n) * log(Double(n) * Double(k) / (Double(a) * Double(b))) * exp(logP)
                }
            }
        }
        terms[a] = sum
        return sum
    }
}
