import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// Proxy-NCA, Proxy-Anchor and SoftTriple: losses against learned class representatives.
@Suite struct ProxyLossTests {
    let labels = [0, 0, 1, 1, 2, 2, 0]
    let x = randomTensor(7, 3, seed: 31)
    let proxies = randomTensor(3, 3, seed: 32)

    // MARK: Proxy-NCA

    /// Unit vectors, so squared distances are 2 − 2cos: x = e₁ against proxies e₁ and e₂.
    @Test func proxyNCAByHand() throws {
        let points = Tensor([[3, 0]]), p = LossParameters(.proxies, Tensor([[1, 0], [0, 2]]))
        let (d0, d1) = (0.0, 2.0)
        let softmax = -log(exp(-d0) / (exp(-d0) + exp(-d1)))
        #expect(try abs(ProxyNCA()(points, labels: [0], parameters: p).scalar - softmax) < 1e-12)
        let paper = -log(exp(-d0) / exp(-d1))
        #expect(try abs(ProxyNCA.paper(points, labels: [0], parameters: p).scalar - paper) < 1e-12)
    }

    @Test func proxyNCAGradient() throws {
        for loss in [ProxyNCA(), .paper, ProxyNCA(softmaxScale: 3, distance: CosineSimilarity()),
                     ProxyNCA(distance: Euclidean(squared: false, normalized: false))] {
            #expect(try gradientError(at: [x, proxies]) { try loss($0[0], labels: labels, parameters: LossParameters(.proxies, $0[1])) } < 1e-6)
        }
    }

    // MARK: Proxy-Anchor

    /// Two examples of class 0 at cos 1 and cos 0 to proxy 0, cos 0 and cos 1 to proxy 1; no
    /// example of class 1, so P⁺ = {proxy 0} and both proxies count in P.
    @Test func proxyAnchorByHand() throws {
        let points = Tensor([[1, 0], [0, 5]]), p = LossParameters(.proxies, Tensor([[2, 0], [0, 1]]))
        let (a, d) = (32.0, 0.1)
        let positive = log(1 + exp(-a * (1 - d)) + exp(-a * (0 - d)))
        let negative = log(1 + exp(a * (0 + d)) + exp(a * (1 + d)))
        let expected = positive / 1 + negative / 2
        #expect(try abs(ProxyAnchor()(points, labels: [0, 0], parameters: p).scalar - expected) < 1e-9)
    }

    @Test func proxyAnchorGradient() throws {
        for loss in [ProxyAnchor(), ProxyAnchor(margin: 0.3, alpha: 4, distance: Euclidean())] {
            #expect(try gradientError(at: [x, proxies]) { try loss($0[0], labels: labels, parameters: LossParameters(.proxies, $0[1])) } < 1e-6)
        }
    }

    // MARK: SoftTriple

    /// One example e₁; class 0 has centres at 0° and 90°, class 1 at 180° and 90°.
    @Test func softTripleByHand() throws {
        let fc = Tensor([[1, 0, -1, 0], [0, 1, 0, 1]])
        let loss = SoftTriple(centersPerClass: 2)
        func relaxed(_ a: Double, _ b: Double) -> Double {
            let (ea, eb) = (exp(a / 0.1), exp(b / 0.1))
            return (ea * a + eb * b) / (ea + eb)
        }
        let (own, other) = (20 * (relaxed(1, 0) - 0.01), 20 * relaxed(-1, 0))
        let expected = -log(exp(own) / (exp(own) + exp(other)))
        #expect(try abs(loss(Tensor([[4, 0]]), labels: [0], parameters: LossParameters(.centers, fc)).scalar - expected) < 1e-12)
    }

    /// The regulariser: class 0's centres are 90° apart (distance √2), class 1's coincide.
    @Test func softTripleRegulariserByHand() throws {
        let fc = Tensor([[1, 0, -1, -2], [0, 1, 0, 0]])
        let plain = SoftTriple(centersPerClass: 2), regularised = SoftTriple(centersPerClass: 2, regularization: 0.2)
        let difference = try regularised(Tensor([[4, 1]]), labels: [0], parameters: LossParameters(.centers, fc)).scalar
            - plain(Tensor([[4, 1]]), labels: [0], parameters: LossParameters(.centers, fc)).scalar
        let r = (2.0.squareRoot() + 0) / Double(2 * 2 * 1)
        #expect(abs(difference - 0.2 * r) < 1e-5)
    }

    @Test func softTripleGradient() throws {
        let fc = randomTensor(3, 9, seed: 33)
        for loss in [SoftTriple(centersPerClass: 3), SoftTriple(centersPerClass: 3, regularization: 0.2),
                     SoftTriple(centersPerClass: 1, lambda: 5)] {
            let parameters = loss.centersPerClass == 1 ? randomTensor(3, 3, seed: 34) : fc
            #expect(try gradientError(at: [x, parameters]) { try loss($0[0], labels: labels, parameters: LossParameters(.centers, $0[1])) } < 1e-6)
        }
    }

    // MARK: All three

    @Test func parametersHaveTheShapesTheLossesRead() throws {
        var rng = RNG(seed: 1)
        let shapes = { (p: LossParameters) in p.tensors.map { [$0.rows, $0.cols] } }
        #expect(shapes(ProxyNCA().makeParameters(embeddingSize: 5, classes: 4, using: &rng)) == [[4, 5]])
        #expect(shapes(ProxyAnchor().makeParameters(embeddingSize: 5, classes: 4, using: &rng)) == [[4, 5]])
        let fc = SoftTriple(centersPerClass: 3).makeParameters(embeddingSize: 5, classes: 4, using: &rng)
        #expect(shapes(fc) == [[5, 12]] && fc.names == ["centers"])
        #expect(fc.tensors[0].scalars.allSatisfy { abs($0) <= 1 / 12.0.squareRoot() })
        #expect(try SoftTriple(centersPerClass: 3).weightRows(in: fc)?.rows == 12)
    }

    @Test func degenerateBatchesAreFinite() throws {
        let losses: [(any Loss, Tensor, ParameterName)] = [(ProxyNCA(), proxies, .proxies), (ProxyNCA.paper, proxies, .proxies),
                                                           (ProxyAnchor(), proxies, .proxies),
                                                           (SoftTriple(centersPerClass: 3, regularization: 0.2), randomTensor(3, 9, seed: 35), .centers)]
        for (loss, p, name) in losses {
            for labels in [[0, 0, 0, 0, 0, 0, 0], [0, 1, 2, 0, 1, 2, 2], [1, 1, 1, 1, 1, 1, 2]] {
                let (value, g) = try valueWithGradient(at: [x, p]) { try loss($0[0], labels: labels, parameters: LossParameters(name, $0[1])) }
                #expect(value.isFinite && g.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
            }
            // Coinciding embeddings and one class of one example.
            let same = Tensor(repeating: 0.5, rows: 3, cols: 3)
            let (value, g) = try valueWithGradient(at: [same, p]) { try loss($0[0], labels: [1, 1, 1], parameters: LossParameters(name, $0[1])) }
            #expect(value.isFinite && g.allSatisfy { $0.scalars.allSatisfy(\.isFinite) })
        }
    }
}
