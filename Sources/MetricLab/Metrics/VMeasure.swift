/// The V-measure of a clustering against classes (Rosenberg & Hirschberg 2007), β = 1 by default.
///
/// The weighted harmonic mean of homogeneity h = I/H(classes) and completeness c = I/H(clusters):
/// (1 + β)·h·c / (β·h + c). As in scikit-learn, a side with zero entropy counts as 1 and h + c = 0
/// gives 0; but both sides a single cluster (one point, one class) or no points is undefined,
/// NaN, where scikit-learn gives 1. Symmetric in its arguments when β = 1.
public func vMeasure(_ classes: [Int], _ clusters: [Int], beta: Double = 1) -> Double {
    let table = ContingencyTable(classes, clusters)
    guard table.rows > 1 || table.cols > 1 else { return .nan }
    let mi = table.rows > 1 && table.cols > 1 ? table.mutualInformation : 0
    return vMeasure(mutualInformation: mi, classEntropy: table.rowEntropy,
                    clusterEntropy: table.columnEntropy, beta: beta)
}

/// The V-measure from the mutual information and the entropies of both sides.
func vMeasure(mutualInformation mi: Double, classEntropy: Double, clusterEntropy: Double, beta: Double = 1) -> Double {
    let homogeneity = classEntropy > 0 ? mi / classEntropy : 1
    let completeness = clusterEntropy > 0 ? mi / clusterEntropy : 1
    guard homogeneity + completeness > 0 else { return 0 }
    return (1 + beta) * homogeneity * completeness / (beta * homogeneity + completeness)
}
