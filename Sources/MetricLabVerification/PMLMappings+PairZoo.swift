import MetricLab

extension PMLMappings {
    /// Margin, NCA, signal-to-noise-ratio contrastive, tuplet margin, intra-pair variance and threshold-consistent margin losses.
    public static let pairZoo: [String: PMLMapping] = [:]
}
