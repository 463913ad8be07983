import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// NT-Xent, instance spreading, CLIP and SupCon: hand-computed values, gradients, degenerate
/// batches, the PML fixtures of NTXentLoss and SupConLoss.
@Suite struct ContrastiveViewLossTests {
    /// Two views of three instances, stacked: rows 0–2 the first views, rows 3–5 the second.
    let views = Tensor([[1.0, 0.2], [-0.3, 1.1], [-0.8, -0.7], [0.9, 0.5], [0.1, 1.3], [-1.2, -0.2]])
    let instances = [0, 1, 2, 0, 1, 2]

    /// The cosine of rows i and j of `x`, written out.
    func cosine(_ x: Tensor, _ i: Int, _ j: Int) -> Double {
        (x[i, 0] * x[j, 0] + x[i, 1] * x[j, 1]) / (hypot(x[i, 0], x[i, 1]) * hypot(x[j, 0], x[j, 1]))
    }

    @Test func ntXentValueByHand() throws {
        let tau = 0.5
        var terms: [Double] = []
        for i in 0 ..< 6 { for j in 0 ..< 6 where i != j && instances[i] == instances[j] {
            let negatives = (0 ..< 6).filter { instances[$0] != instances[i] }.map { exp(cosine(views, i, $0) / tau) }
            let positive = exp(cosine(views, i, j) / tau)
            terms.append(-log(positive / (positive + negatives.reduce(0, +))))
        } }
        let expected = terms.reduce(0, +) / Double(terms.count)
        #expect(try abs(NTXent(temperature: tau)(views, labels: instances).scalar - expected) < 1e-12)
    }

    @Test func supConValueByHand() throws {
        let x = randomTensor(6, 2, seed: 41), y = [0, 0, 0, 1, 1, 2], tau = 0.3
        var terms: [Double] = []
        for i in 0 ..< 6 {
            let positives = (0 ..< 6).filter { $0 != i && y[$0] == y[i] }
            guard !positives.isEmpty else { continue }
            let denominator = (0 ..< 6).filter { $0 != i }.map { exp(cosine(x, i, $0) / tau) }.reduce(0, +)
            terms.append(-positives.map { log(exp(cosine(x, i, $0) / tau) / denominator) }.reduce(0, +) / Double(positives.count))
        }
        let expected = terms.reduce(0, +) / Double(terms.count)
        #expect(try abs(SupCon(temperature: tau)(x, labels: y).scalar - expected) < 1e-12)
    }

    @Test func instanceSpreadingValueByHand() throws {
        let tau = 0.1
        let f = [0, 1, 2], fHat = [3, 4, 5]
        var total = 0.0
        for i in 0 ..< 3 {
            let recognised = exp(cosine(views, f[i], fHat[i]) / tau)
                / f.map { exp(cosine(views, $0, fHat[i]) / tau) }.reduce(0, +)
            total -= log(recognised)
            for j in 0 ..< 3 where j != i {
                let mistaken = exp(cosine(views, f[i], f[j]) / tau) / f.map { exp(cosine(views, $0, f[j]) / tau) }.reduce(0, +)
                total -= log(1 - mistaken)
            }
        }
        #expect(try abs(InstanceSpreading()(views, labels: instances).scalar - total / 3) < 1e-12)
    }

    /// The authors' BatchCriterion with negM = 1, written out: every one of the 2m views is an
    /// anchor against the other 2m − 1 (`w`, off the tape in their code), divided by 2m.
    func authorsCodeValue(_ x: Tensor, against w: Tensor, tau: Double) -> Double {
        let n = x.rows, m = n / 2
        var total = 0.0
        for r in 0 ..< n {
            let e = (0 ..< n).map { k in exp((x[r, 0] * w[k, 0] + x[r, 1] * w[k, 1]) / (hypot(x[r, 0], x[r, 1]) * hypot(w[k, 0], w[k, 1])) / tau) }
            let denominator = (0 ..< n).filter { $0 != r }.map { e[$0] }.reduce(0, +)
            let partner = (r + m) % n
            total -= log(e[partner] / denominator)
            for k in 0 ..< n where k != r && k != partner { total -= log(1 - e[k] / denominator) }
        }
        return total / Double(n)
    }

    @Test func instanceSpreadingAuthorsCodeByHand() throws {
        let loss = InstanceSpreading(form: .authorsCode)
        let code = try loss(views, labels: instances).scalar
        #expect(abs(code - authorsCodeValue(views, against: views, tau: 0.1)) < 1e-12)
        // Interleaved views give the same rows, paired the same way.
        #expect(try abs(loss(views.gatherRows([0, 3, 1, 4, 2, 5]), labels: [0, 0, 1, 1, 2, 2]).scalar - code) < 1e-12)
        // The two forms are different functions of the same rows.
        let paper = try InstanceSpreading()(views, labels: instances).scalar
        #expect(abs(code - paper) > 1e-3, "\(code) against \(paper)")
    }

    /// The code's gradient reaches each view only as an anchor: finite differences of its value
    /// with the other side held where it was.
    @Test func instanceSpreadingAuthorsCodeGradientStopsAtTheOtherSide() throws {
        let x = randomTensor(8, 2, seed: 9)
        let labels = [0, 1, 2, 3, 0, 1, 2, 3]
        let (_, tape) = try valueWithGradient(at: [x]) { try InstanceSpreading(temperature: 0.5, form: .authorsCode)($0[0], labels: labels) }
        let h = 1e-6
        var worst = 0.0
        for t in 0 ..< x.count {
            func shifted(_ delta: Double) -> Tensor {
                var s = x.scalars
                s[t] += delta
                return Tensor(rows: x.rows, cols: x.cols, scalars: s)
            }
            let numeric = (authorsCodeValue(shifted(h), against: x, tau: 0.5) - authorsCodeValue(shifted(-h), against: x, tau: 0.5)) / (2 * h)
            worst = max(worst, abs(tape[0].scalars[t] - numeric))
        }
        #expect(worst < 1e-6)
    }

    @Test func clipValueByHand() throws {
        let tau = 0.07
        var rows = 0.0, cols = 0.0
        for i in 0 ..< 3 {
            rows += log((3 ..< 6).map { exp(cosine(views, i, $0) / tau) }.reduce(0, +)) - cosine(views, i, i + 3) / tau
            cols += log((0 ..< 3).map { exp(cosine(views, $0, i + 3) / tau) }.reduce(0, +)) - cosine(views, i, i + 3) / tau
        }
        #expect(try abs(CLIP()(views, labels: instances).scalar - (rows / 3 + cols / 3) / 2) < 1e-12)
    }

    @Test func clipLearnsItsTemperatureAsALogScale() throws {
        var rng = RNG(seed: 1)
        let parameters = CLIP.paper.makeParameters(embeddingSize: 2, classes: 3, using: &rng)
        #expect(parameters.names == ["logScale"] && abs(parameters[.logScale]!.scalar - log(1 / 0.07)) < 1e-12)
        #expect(try abs(CLIP.paper(views, labels: instances, parameters: parameters).scalar - CLIP()(views, labels: instances).scalar) < 1e-12)
        let t = Tensor(log(1 / 0.2))
        #expect(try abs(CLIP.paper(views, labels: instances, parameters: LossParameters(.logScale, t)).scalar - CLIP(temperature: 0.2)(views, labels: instances).scalar) < 1e-12)
        #expect(try gradientError(at: [views, t]) { try CLIP.paper($0[0], labels: instances, parameters: LossParameters(.logScale, $0[1])) } < 1e-6)
    }

    /// 1/τ is capped at 100 after each step, not inside the loss: past the cap t still has its
    /// gradient, the step puts it back at the cap, and when the loss wants a warmer softmax t
    /// comes back below it.
    @Test func clipCapsItsScaleAfterTheStepSoThatItCanComeBack() throws {
        let cap = log(100.0)
        let above = LossParameters(.logScale, Tensor(log(1000.0)))
        #expect(CLIP.paper.constrained(above)[.logScale]!.scalar == cap)
        #expect(CLIP.paper.constrained(LossParameters(.logScale, Tensor(2.0)))[.logScale]!.scalar == 2)
        #expect(CLIP().constrained(above)[.logScale]!.scalar == log(1000.0), "a fixed temperature has nothing to cap")
        #expect(try gradientError(at: [views, Tensor(log(1000.0))]) { try CLIP.paper($0[0], labels: instances, parameters: LossParameters(.logScale, $0[1])) } < 1e-6)

        // Second views 5° past their first views, which lie 20° apart: each partner is the nearest,
        // so a colder softmax lowers the loss and t climbs to the cap, where the step leaves it.
        let degrees = [0.0, 20, 40, 5, 25, 45]
        let fan = Tensor(degrees.map { [cos($0 * .pi / 180), sin($0 * .pi / 180)] })
        let matched = Dataset(name: "matched", points: fan, labels: instances)
        var rng = RNG(seed: 2)
        var step = TrainingStep(model: .free, loss: CLIP(temperature: 0.0102, learnsTemperature: true),
                                optimizer: SGD(lr: 1, momentum: 0), data: matched, using: &rng)
        for _ in 0 ..< 3 { _ = try step(on: matched, indices: Array(0 ..< 6), learningRate: 1e-3, lossParameterRate: 1000) }
        #expect(step.lossParameters[.logScale]!.scalar == cap)
        // Each first view's partner swapped for another instance's: the loss now wants t lower.
        let swapped = Dataset(name: "swapped", points: fan, labels: [0, 1, 2, 1, 2, 0])
        _ = try step(on: swapped, indices: Array(0 ..< 6), learningRate: 1e-3, lossParameterRate: 1000)
        #expect(step.lossParameters[.logScale]!.scalar < cap)
    }

    @Test func viewsMayBeInterleaved() throws {
        let order = [0, 3, 1, 4, 2, 5]
        let interleaved = views.gatherRows(order), labels = order.map { instances[$0] }
        let losses: [any Loss] = [NTXent(), InstanceSpreading(), CLIP(), SupCon()]
        for loss in losses {
            #expect(try abs(loss(interleaved, labels: labels).scalar - loss(views, labels: instances).scalar) < 1e-12, "\(loss.name)")
        }
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        let x = randomTensor(8, 3, seed: 42), y = [0, 1, 2, 3, 0, 1, 2, 3], classes = [0, 0, 1, 1, 1, 2, 2, 0]
        let losses: [any Loss] = [
            NTXent(), NTXent(temperature: 0.5, distance: DotProduct()), NTXent(distance: Euclidean(normalized: false)),
            InstanceSpreading(), CLIP(), SupCon(), SupCon(distance: Euclidean(squared: true)),
        ]
        for loss in losses {
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: y) } < 1e-6, "\(loss.name) on instances")
            #expect(try gradientError(at: [x]) { try loss($0[0], labels: classes) } < 1e-6, "\(loss.name) on classes")
        }
    }

    @Test func degenerateBatchesStayFinite() throws {
        let losses: [any Loss] = [NTXent(), InstanceSpreading(), InstanceSpreading(form: .authorsCode), CLIP(), SupCon()]
        let cases: [(Tensor, [Int])] = [
            (randomTensor(4, 2, seed: 6), [1, 1, 1, 1]),      // one instance, four views
            (randomTensor(1, 2, seed: 7), [0]),               // one row
            (randomTensor(3, 2, seed: 8), [0, 1, 2]),         // no second views
            (randomTensor(2, 2, seed: 9), [0, 1]),            // two rows, nothing in common
            (Tensor([[0.0, 0.0], [1, 2], [0, 0], [2, 1]]), [0, 1, 0, 1]),  // views at the origin
        ]
        for loss in losses {
            for (x, y) in cases {
                let (value, gradients) = try valueWithGradient(at: [x]) { try loss($0[0], labels: y) }
                #expect(value.isFinite, "\(loss.name) on \(y)")
                #expect(gradients[0].scalars.allSatisfy { $0.isFinite }, "\(loss.name) on \(y)")
            }
        }
        #expect(try NTXent()(randomTensor(3, 2, seed: 8), labels: [0, 1, 2]).scalar == 0)
        #expect(try SupCon()(randomTensor(4, 2, seed: 6), labels: [1, 1, 1, 1]).scalar == 0)
    }
}
