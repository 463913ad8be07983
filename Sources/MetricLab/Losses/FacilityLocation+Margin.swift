extension FacilityLocation {
    /// The clustering score whose shortfall from 1 is the structured margin Δ (TensorFlow's `margin_type`).
    public enum Margin: String, Sendable, CaseIterable {
        /// Normalised mutual information, geometric normalisation: the paper's Δ = 1 − NMI (eq. 8).
        case nmi
        /// Adjusted mutual information (max-normalised, scikit-learn before 0.22), floored at 0.
        case ami
        /// Adjusted Rand index, floored at 0.
        case ari
        /// V-measure (β = 1), floored at 0.
        case vMeasure

        /// The score of a predicted clustering against the true labels, in [0, 1].
        public func score(_ labels: [Int], _ clusters: [Int]) -> Double {
            let score = switch self {
            case .nmi: normalizedMutualInformation(labels, clusters)
            case .ami: adjustedMutualInformation(labels, clusters)
            case .ari: adjustedRandIndex(labels, clusters)
            case .vMeasure: MetricLab.vMeasure(labels, clusters)
            }
            // Both sides a single cluster (a batch of one class, one medoid): the metrics call it
            // undefined, the margin a perfect match, as the search's contingency table does.
            return score.isNaN ? 1 : max(0, score)
        }
    }

    /// Whether the greedy medoids are refined by local search.
    public enum Refinement: Sendable {
        /// Algorithm 1 alone.
        case greedyOnly
        /// Algorithm 1, then five sweeps of Algorithm 2 (PAM), as in the paper and TensorFlow.
        case pam
    }
}
