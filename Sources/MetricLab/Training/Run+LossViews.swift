extension Run {
    /// Facility location's medoids of the final embedding, found by the run's own loss
    /// (`FacilityLocation.inference`); empty for any other loss, so that a figure of several runs
    /// can pass `highlighted: run.medoids` to each.
    public var medoids: [Int] {
        guard let facilityLocation = loss as? FacilityLocation else { return [] }
        return facilityLocation.inference(finalEmbedding, labels: labels).medoids
    }

    /// The class of each of the loss's weight rows (proxies, centres, class vectors), for a loss
    /// whose rows come class by class in equal numbers (ProxyNCA, Proxy-Anchor, SoftTriple's K
    /// centres a class, the softmax family's class vectors); nil for a loss without weights or whose
    /// rows are not a whole number per class (the manifold loss's proxies belong to no class).
    public var weightRowClasses: [Int]? {
        guard let rows = weightRows?.rows, rows > 0 else { return nil }
        let classes = data.classes
        guard classes > 0, rows % classes == 0 else { return nil }
        return (0 ..< rows).map { $0 / (rows / classes) }
    }
}
