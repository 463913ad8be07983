import MetricLab
import MetricLabTestSupport
import Testing

/// Attraction and repulsion must add up to the whole descent direction, and each must come only
/// from its own kind of pair.
@Suite struct ForcesTests {
    let data = SplitClass(classes: 3, perClass: 6, gap: 1, spread: 0.1).sample(seed: 4)

    func expectSplitsTheGradient(_ loss: some SplitsForces) throws {
        let forces = try loss.forces(on: data.points, labels: data.labels)
        let (_, grads) = try valueWithGradient(at: [data.points]) { try loss($0[0], labels: data.labels) }
        #expect(maxAbsDifference(forces.total.scalars, (-grads[0]).scalars) < 1e-12)
        #expect(forces.attraction.scalars.contains { abs($0) > 1e-6 })
        #expect(forces.repulsion.scalars.contains { abs($0) > 1e-6 })
    }

    @Test func pairwiseLossesSplitExactly() throws {
        try expectSplitsTheGradient(Contrastive.paper)
        try expectSplitsTheGradient(Triplet(margin: 0.5, distance: Euclidean(squared: true, normalized: false)))
        try expectSplitsTheGradient(LiftedStructure.paper)
        try expectSplitsTheGradient(FacilityLocation(marginMultiplier: 4))
    }

    /// A point assigned to its oracle medoid gets a pull and the exactly opposite push from one
    /// pair; the split leaves it out of both. A point assigned elsewhere (and no medoid itself)
    /// gets a unit pull towards its oracle medoid and a unit push away from the assigned one.
    @Test func facilityLocationLeavesOutPointsAssignedToTheirOracleMedoid() throws {
        let loss = FacilityLocation(marginMultiplier: 4)
        let x = data.points
        let found = loss.inference(x, labels: data.labels)
        let classes = Array(Set(data.labels)).sorted()
        let forces = loss.forces(on: x, labels: data.labels)
        let medoids = Set(found.medoids + found.oracleMedoids)
        var agreeing = 0, differing = 0
        for i in 0 ..< x.rows where !medoids.contains(i) {
            let oracle = found.oracleMedoids[classes.firstIndex(of: data.labels[i])!], assigned = found.medoids[found.assignment[i]]
            func unit(from a: Int, to b: Int) -> [Double] {
                let d = [x[b, 0] - x[a, 0], x[b, 1] - x[a, 1]], length = (d[0] * d[0] + d[1] * d[1]).squareRoot()
                return d.map { $0 / length }
            }
            if oracle == assigned {
                agreeing += 1
                #expect(forces.attraction.row(i) == [0, 0] && forces.repulsion.row(i) == [0, 0])
            } else {
                differing += 1
                #expect(maxAbsDifference(forces.attraction.row(i), unit(from: i, to: oracle)) < 1e-12)
                #expect(maxAbsDifference(forces.repulsion.row(i), unit(from: assigned, to: i)) < 1e-12)
            }
        }
        #expect(agreeing > 0 && differing > 0, "the layout must have both kinds of point")
    }

    /// Two points of one class and one of another, contrastive with ½d² on positives: the
    /// attraction on point 0 is −(x₀ − x₁)·(2/6)·… computed here from the formula, not the code.
    @Test func contrastiveAttractionByHand() throws {
        let points = Tensor([[0, 0], [1, 0], [0, 3]])
        let forces = try Contrastive.paper.forces(on: points, labels: [0, 0, 1])
        // ℓ = mean over the 6 ordered pairs; the positive pairs (0,1),(1,0) give ½d² each, so
        // ∂ℓ/∂x₀ from positives = 2·(x₀ − x₁)/6 and the negatives (d = 3 ≥ m = 1) give nothing.
        #expect(maxAbsDifference(forces.attraction.row(0), [2.0 / 6, 0]) < 1e-12)
        #expect(forces.repulsion.scalars.allSatisfy { $0 == 0 })
    }
}
