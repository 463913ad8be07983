import MetricLab

extension PMLMiners {
    /// Pair margin, batch easy-hard, HDC, angular, distance-weighted and uniform histogram miners.
    static let zoo: [String: PMLMinerMapping] = [:]
}
