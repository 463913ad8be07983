extension FacilityLocation: SplitsForces {
    /// Attraction is the oracle term's pull of a point towards its own class's best medoid;
    /// repulsion is the clustering term's push away from the medoid the inference assigned it.
    /// A point assigned to its oracle medoid gets both from the same pair, a unit pull and the
    /// exactly opposite push, so it is left out of both: the split shows only the points whose
    /// assignment differs from the oracle's, which is where the loss moves anything. Both vanish
    /// when the hinge is inactive.
    public func forces(on embeddings: Tensor, labels: [Int]) -> Forces {
        let x = embeddings.detached
        let found = inference(x, labels: labels)
        guard loss(x, given: found).scalar > 0 else {
            let none = Tensor.zeros(x.rows, x.cols)
            return Forces(attraction: none, repulsion: none)
        }
        let classIndex = Dictionary(uniqueKeysWithValues: found.classes.enumerated().map { ($1, $0) })
        let ownClass = found.labels.map { classIndex[$0] ?? 0 }
        let oracleMedoid = ownClass.map { found.oracleMedoids[$0] }, foundMedoid = found.assignment.map { found.medoids[$0] }
        let differs = Tensor(rows: x.rows, cols: 1, scalars: x.rows == 0 ? [] : (0 ..< x.rows).map { oracleMedoid[$0] == foundMedoid[$0] ? 0 : 1 })
        let toOracle = x.asVariable, toFound = x.asVariable
        (distancesToMedoids(toOracle, found.oracleMedoids, clusterOf: ownClass) * differs).sum().backward()
        (distancesToMedoids(toFound, found.medoids, clusterOf: found.assignment) * differs).sum().backward()
        return Forces(attraction: -toOracle.grad, repulsion: toFound.grad)
    }
}
