import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

@Suite struct AngularTests {
    typealias F = PairLossFixtures

    static let x = Tensor([[1.5, 0.2], [1.1, 0.9], [-0.3, 1.2], [0.4, 2.0], [-1.0, -0.5]])
    static let labels = [0, 0, 1, 1, 2]

    /// f = 4tan²α (x_a + x_p)ᵀx_n − 2(1 + tan²α) x_aᵀx_p, ℓ = log(1 + Σ_n exp f), mean over ordered
    /// positive pairs; `unitNegatives` says whether x_n is normalised too.
    func expected(alpha: Double, unitNegatives: Bool) -> Double {
        let u = F.normalized(Self.x)
        let t = pow(tan(alpha * .pi / 180), 2)
        func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        let terms = F.positivePairs(Self.labels).map { a, p in
            let sum = zip(u.row(a), u.row(p)).map { $0 + $1 }
            let f = Self.labels.indices.filter { Self.labels[$0] != Self.labels[a] }.map { n in
                4 * t * dot(sum, unitNegatives ? u.row(n) : Self.x.row(n)) - 2 * (1 + t) * dot(u.row(a), u.row(p))
            }
            return log(1 + f.map(exp).reduce(0, +))
        }
        return F.mean(terms)
    }

    @Test func pmlFormByHand() throws {
        #expect(try abs(Angular()(Self.x, labels: Self.labels).scalar - expected(alpha: 40, unitNegatives: false)) < 1e-12)
    }

    @Test func paperFormByHand() throws {
        #expect(try abs(Angular.paper(Self.x, labels: Self.labels).scalar - expected(alpha: 45, unitNegatives: true)) < 1e-12)
    }

    @Test(arguments: [Angular(), .paper, Angular(alpha: 30, normalization: .none)])
    func gradientMatchesFiniteDifferences(loss: Angular) throws {
        let x = randomTensor(12, 3, seed: 15)
        #expect(try gradientError(at: [x]) { try loss($0[0], labels: F.labels12) } < 1e-6)
    }

    @Test func degenerateBatchesAreFinite() throws {
        for (x, labels) in F.degenerateBatches {
            for loss in [Angular(), .paper] {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
                #expect(value.isFinite && gradients[0].scalars.allSatisfy(\.isFinite))
            }
        }
    }
}
