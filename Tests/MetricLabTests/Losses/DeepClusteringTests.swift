import MetricLab
import MetricLabTestSupport
import Testing

/// Deep clustering: its low-rank form against the m×m definition, by hand and on random batches,
/// its gradient against finite differences, and its forces.
@Suite struct DeepClusteringTests {
    /// ‖VVᵀ − YYᵀ‖²_F written out over every ordered pair, the diagonal included: the definition
    /// the loss avoids computing.
    func direct(_ v: Tensor, _ labels: [Int]) -> Double {
        var total = 0.0
        for i in 0 ..< v.rows {
            for j in 0 ..< v.rows {
                let inner = (0 ..< v.cols).map { v[i, $0] * v[j, $0] }.reduce(0, +)
                let target: Double = labels[i] == labels[j] ? 1 : 0
                total += (inner - target) * (inner - target)
            }
        }
        return total
    }

    /// Unit rows v₀ = (1, 0), v₁ = (0.6, 0.8) of one class and v₂ = (0, 1) of another: the pair
    /// (0, 1) misses its 1 by 0.4 and the pair (1, 2) its 0 by 0.8, each counted twice,
    /// 2·0.16 + 2·0.64 = 1.6; and by the low-rank form ‖VᵀV‖² − 2‖VᵀY‖² + ‖YᵀY‖² = 5 − 2·4.2 + 5.
    @Test func valueByHand() throws {
        let v = Tensor([[1, 0], [0.6, 0.8], [0, 1]])
        #expect(try abs(DeepClustering()(v, labels: [0, 0, 1]).scalar - 1.6) < 1e-12)
        // Any label values, any lengths: the rows are normalised, the classes are what they are.
        let scaled = Tensor([[2, 0], [3, 4], [0, 0.5]])
        #expect(try abs(DeepClustering()(scaled, labels: [7, 7, 3]).scalar - 1.6) < 1e-12)
        // Unnormalised, the diagonal counts: ‖v₁‖² = 25 misses 1 by 24, and so on, as the direct sum says.
        #expect(try abs(DeepClustering(normalized: false)(scaled, labels: [7, 7, 3]).scalar - direct(scaled, [7, 7, 3])) < 1e-9)
        #expect(abs(direct(v, [0, 0, 1]) - 1.6) < 1e-12)
    }

    @Test(arguments: [true, false])
    func lowRankFormMatchesTheDefinition(normalized: Bool) throws {
        let x = randomTensor(9, 3, seed: 81)
        let labels = [4, 1, 1, 4, 2, 2, 2, 4, 1]
        let v = normalized ? x.l2NormalizedRows() : x
        let value = try DeepClustering(normalized: normalized)(x, labels: labels).scalar
        #expect(abs(value - direct(v, labels)) < 1e-9 * max(1, direct(v, labels)))
    }

    @Test(arguments: [true, false])
    func gradientMatchesFiniteDifferences(normalized: Bool) throws {
        let x = randomTensor(8, 3, seed: 82)
        let check = try GradientCheck(DeepClustering(normalized: normalized), embeddings: x, labels: [0, 0, 1, 1, 2, 2, 0, 1])
        #expect(check.passes(), "\(check)")
    }

    /// At the optimum each class is one direction and the classes are orthogonal: zero loss,
    /// where d ≥ C allows it; a class split in two opposite halves is far from it.
    @Test func orthogonalClassesReachZeroAndOppositeHalvesDoNot() throws {
        let whole = Tensor([[1, 0], [1, 0], [0, 1], [0, 1]]), split = Tensor([[1, 0], [-1, 0], [0, 1], [0, 1]])
        #expect(try DeepClustering()(whole, labels: [0, 0, 1, 1]).scalar == 0)
        // The split pair's inner product is −1 where 1 is asked: (−2)² twice.
        #expect(try abs(DeepClustering()(split, labels: [0, 0, 1, 1]).scalar - 8) < 1e-12)
    }

    @Test func degenerateBatchesAreFiniteAndMinedTuplesAreRefused() throws {
        let x = randomTensor(4, 2, seed: 83)
        #expect(try DeepClustering()(x, labels: [0, 0, 0, 0]).scalar.isFinite)
        #expect(try DeepClustering()(x.gatherRows([0]), labels: [3]).scalar.magnitude < 1e-12)
        #expect(try abs(DeepClustering(normalized: false)(Tensor([[2, 0]]), labels: [3]).scalar - 9) < 1e-12)
        let (value, g) = try valueWithGradient(at: [Tensor(repeating: 0, rows: 3, cols: 2)]) { try DeepClustering()($0[0], labels: [0, 0, 1]) }
        #expect(value.isFinite && g[0].scalars.allSatisfy(\.isFinite))
        #expect(throws: LossError.self) { try DeepClustering().mined(by: .hard)(x, labels: [0, 0, 1, 1]) }
    }

    /// Attraction and repulsion add up to the descent direction, and each comes from its own pairs.
    @Test(arguments: [true, false])
    func forcesSplitTheGradient(normalized: Bool) throws {
        let data = SplitClass(classes: 3, perClass: 6, gap: 1, spread: 0.1).sample(seed: 4)
        let loss = DeepClustering(normalized: normalized)
        let forces = loss.forces(on: data.points, labels: data.labels)
        let (_, grads) = try valueWithGradient(at: [data.points]) { try loss($0[0], labels: data.labels) }
        #expect(maxAbsDifference(forces.total.scalars, (-grads[0]).scalars) < 1e-9)
        // One class alone has no different-class pairs: all of its force is attraction.
        let alone = loss.forces(on: data.points, labels: Array(repeating: 0, count: data.labels.count))
        #expect(alone.repulsion.scalars.allSatisfy { $0 == 0 })
        #expect(alone.attraction.scalars.contains { abs($0) > 1e-6 })
    }
}
