import MetricLab

extension PMLMappings {
    /// The ranking and histogram losses: FastAP, histogram loss, Smooth-AP, PNP and dynamic soft margin.
    public static let ranking: [String: PMLMapping] = [:]
}
