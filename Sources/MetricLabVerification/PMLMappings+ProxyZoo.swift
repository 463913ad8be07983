import MetricLab

extension PMLMappings {
    /// P2SGrad, sub-center ArcFace, instance loss, manifold loss and VICReg.
    public static let proxyZoo: [String: PMLMapping] = [:]
}
