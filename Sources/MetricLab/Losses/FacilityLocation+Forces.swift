extension FacilityLocation: SplitsForces {
    /// Attraction is the oracle term's pull of each point towards its own class's best medoid;
    /// repulsion is the facility term's push away from the medoid the inference assigned it, which
    /// is another class's wherever the clustering is wrong. Both vanish when the hinge is inactive.
    public func forces(on embeddings: Tensor, labels: [Int]) -> Forces {
        let x = embeddings.detached
        let found = inference(x, labels: labels)
        guard loss(x, given: found).scalar > 0 else {
            let none = Tensor.zeros(x.rows, x.cols)
            return Forces(attraction: none, repulsion: none)
        }
        let classIndex = Dictionary(uniqueKeysWithValues: found.classes.enumerated().map { ($1, $0) })
        let ownClass = found.labels.map { classIndex[$0] ?? 0 }
        let toOracle = x.asVariable, toFound = x.asVariable
        distancesToMedoids(toOracle, found.oracleMedoids, clusterOf: ownClass).sum().backward()
        distancesToMedoids(toFound, found.medoids, clusterOf: found.assignment).sum().backward()
        return Forces(attraction: -toOracle.grad, repulsion: toFound.grad)
    }
}
