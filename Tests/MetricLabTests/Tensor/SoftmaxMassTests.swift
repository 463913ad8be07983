import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct SoftmaxMassTests {
    let x = randomTensor(5, 7, seed: 31)
    let subset = Mask(rows: 5, cols: 7) { i, j in (i + j) % 3 == 0 }
    let candidates = Mask(rows: 5, cols: 7) { i, j in i != j }

    /// The log of the subset's share of each row's softmax, written out.
    @Test func valueByHand() {
        let map = Affine(scale: -1.5, offset: 0.2)
        let mass = x.logSoftmaxMassRows(of: subset, within: candidates, of: map)
        for i in 0 ..< 5 {
            let e = (0 ..< 7).map { j in candidates[i, j] ? exp(-1.5 * x[i, j] + 0.2) : 0 }
            let share = (0 ..< 7).filter { subset[i, $0] }.reduce(0) { $0 + e[$1] } / e.reduce(0, +)
            #expect(abs(mass.scalars[i] - log(share)) < 1e-12)
        }
    }

    @Test func gradientMatchesFiniteDifferences() {
        let weights = randomTensor(5, 1, seed: 32)
        for candidates in [candidates, nil] {
            #expect(gradientError(at: [x]) { ($0[0].logSoftmaxMassRows(of: subset, within: candidates, of: Affine(scale: 2, offset: 0)) * weights).sum() } < 1e-6)
        }
    }

    /// A row whose subset is empty, holds no candidate, or underflows has no mass: −∞, and no
    /// gradient when only the other rows are used.
    @Test func rowsWithoutMassAreMinusInfinity() throws {
        let y = Tensor([[0, 1, 2], [0, 1000, 0], [3, 1, 0]])
        let subset = Mask(rows: 3, cols: 3, bits: [false, false, false, true, false, true, false, true, true])
        let candidates = Mask(rows: 3, cols: 3, bits: [true, true, true, true, true, true, false, false, false])
        let mass = y.logSoftmaxMassRows(of: subset, within: candidates)
        #expect(mass.scalars == [-.infinity, -.infinity, -.infinity])
        let (_, gradients) = valueWithGradient(at: [y]) { v in
            (v[0].logSoftmaxMassRows(of: subset, within: candidates).gatherRows([]).sum())
        }
        #expect(gradients[0].scalars.allSatisfy { $0 == 0 })
    }
}
