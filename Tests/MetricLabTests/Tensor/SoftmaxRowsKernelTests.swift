import Foundation
@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The row-reduction kernels of the softmax-style losses against the loops and chains of ops they
/// replace, bit for bit: log-sum-exp rows whose weights are normalised when read (not in a second
/// forward pass), the weighted log-sum-exp against the chain of elementwise ops it fuses, row sums
/// added eight rows side by side, and the pullbacks of the softmax and of NCA's softmax mass. Odd
/// shapes leave every edge of the groups of four and eight; zeros, −0, ±∞ and NaN sit where the
/// losses can send them; the larger shapes split over cores.
@Suite struct SoftmaxRowsKernelTests {
    static let shapes = [(1, 1), (3, 5), (8, 9), (9, 13), (17, 4), (33, 70), (300, 301)]

    /// Random entries with zeros, −0 and, when asked, ±∞ and NaN sprinkled in.
    func entries(_ rows: Int, _ cols: Int, seed: UInt64, scale: Double = 3, special: Bool) -> Tensor {
        var x = randomTensor(rows, cols, seed: seed, scale: scale).scalars
        for t in x.indices {
            switch t % 11 {
            case 2: x[t] = 0
            case 5: x[t] = -0.0
            case 7 where special && t % 3 == 0: x[t] = t % 2 == 0 ? .infinity : -.infinity
            case 9 where special && t % 5 == 0: x[t] = .nan
            default: break
            }
        }
        return Tensor(rows: rows, cols: cols, scalars: x)
    }

    /// A mask keeping about two entries in three, with row 1 (when there is one) keeping nothing.
    func mask(_ rows: Int, _ cols: Int, seed: Int) -> Mask {
        Mask(rows: rows, cols: cols) { i, j in i != 1 && (i * 7 + j * 3 + seed) % 3 != 0 }
    }

    /// A mask keeping runs of six columns in every three, as a loss's mask of one class among
    /// three keeps (whole groups of four left out).
    func blocks(_ rows: Int, _ cols: Int) -> Mask {
        Mask(rows: rows, cols: cols) { i, j in (j / 6 + i) % 3 == 0 }
    }

    /// Row gradients with zeros among them.
    func rowGradient(_ rows: Int) -> Tensor {
        var g = randomTensor(rows, 1, seed: 77, scale: 2).scalars
        for i in g.indices where i % 4 == 3 { g[i] = 0 }
        return Tensor(rows: rows, cols: 1, scalars: g)
    }

    /// The value of `f` at x and x's gradient, sent the row gradient `g`, plus 0.5 in every entry
    /// from another term; with `after`, that other gradient reaches x first, so f's pullback adds
    /// instead of writing fresh.
    func valueAndGradient(_ x: Tensor, _ g: Tensor, after: Bool, _ f: (Tensor) -> Tensor) -> (value: [Double], grad: [Double]) {
        var value: [Double] = []
        let grad = valueWithGradient(at: [x]) { v in
            let y = f(v[0])
            value = y.scalars
            let own = (y * g).sum(), other = (v[0] * 0.5).sum()
            // The tape runs the pullbacks of a sum's first input before its second's.
            return after ? other + own : own + other
        }.gradients[0].scalars
        return (value, grad)
    }

    /// The AVX2 kernel as it was, in Swift: four lanes of maximum and sum, exponentials through the
    /// project's exp, weights e·(1/Σ) written in a second pass; then the pullback 0 + (g·a)·w.
    func oldLogSumExpRows(_ x: Tensor, mask: Mask?, addOne: Bool, scale a: Double, offset b: Double)
        -> (lse: [Double], weights: [Double]) {
        let (n, d) = (x.rows, x.cols), whole = d / 4 * 4
        var lse = [Double](repeating: 0, count: n), w = [Double](repeating: 0, count: n * d)
        for i in 0 ..< n {
            let kept = (0 ..< d).map { mask?[i, $0] ?? true }
            let logits = (0 ..< d).map { x[i, $0] * a + b }
            var lanes = [Double](repeating: addOne ? 0 : -.infinity, count: 4)
            for j in 0 ..< whole where kept[j] { lanes[j % 4] = lanes[j % 4] > logits[j] ? lanes[j % 4] : logits[j] }  // maxpd
            var top = Foundation.fmax(Foundation.fmax(lanes[0], lanes[1]), Foundation.fmax(lanes[2], lanes[3]))
            for j in whole ..< d where kept[j] { top = Foundation.fmax(top, logits[j]) }
            guard top != -.infinity else { continue }
            let shifted = (0 ..< d).map { kept[$0] ? logits[$0] - top : 0 }
            let e = zip(Tensor(rows: 1, cols: d, scalars: shifted).exp().scalars, kept).map { $1 ? $0 : 0 }
            var sums = [0.0, 0, 0, 0]
            for j in 0 ..< whole { sums[j % 4] += e[j] }
            var s = (sums[0] + sums[1]) + (sums[2] + sums[3]) + (addOne ? Tensor(-top).exp().scalar : 0)
            for j in whole ..< d { s += e[j] }
            for j in 0 ..< d { w[i * d + j] = e[j] * (1 / s) }
            lse[i] = top + Foundation.log(s)
        }
        return (lse, w)
    }

    @Test(arguments: shapes)
    func logSumExpRowsGivesTheOldKernelsBits(n: Int, d: Int) throws {
        try #require(GEMM.hasAVX2, "the old kernel written out is the AVX2 one")
        // NaN and ±∞ leave the lanes' maximum order-dependent, which the Swift lanes above do not copy.
        let x = entries(n, d, seed: 11, special: false), g = rowGradient(n)
        for (mask, addOne, scale, offset) in [(nil, false, 1.0, 0.0), (mask(n, d, seed: 1), true, -2.5, 0.75),
                                              (mask(n, d, seed: 2), false, 10, -3), (blocks(n, d), true, 4, 0.5)] {
            let old = oldLogSumExpRows(x, mask: mask, addOne: addOne, scale: scale, offset: offset)
            for after in [false, true] {
                let new = valueAndGradient(x, g, after: after) { $0.logSumExpRows(mask: mask, addOne: addOne, scale: scale, offset: offset) }
                let expected = (0 ..< n * d).map { t in
                    let gw = (g.scalars[t / d] * scale) * old.weights[t]
                    return after ? 0.5 + gw : (0 + gw) + 0.5
                }
                #expect(differingBits(new.value, old.lse) == 0, "\(n)×\(d) values")
                #expect(differingBits(new.grad, expected) == 0, "\(n)×\(d) gradient, after another: \(after)")
            }
        }
    }

    /// Rows of up to 16 entries without a mask go eight at a time on their side on AVX-512: the
    /// same bits as the row kernel, which a mask keeping everything sends them through. Blocks
    /// with NaN or an infinite row maximum fall back to the row kernel; the scales reach exp's
    /// underflow and a classifier's s = 64.
    @Test(arguments: [1, 2, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17])
    func narrowRowsOnTheirSideGiveTheRowKernelsBits(d: Int) {
        for (n, special) in [(1, false), (7, false), (8, false), (9, false), (37, false), (37, true)] {
            let x = entries(n, d, seed: UInt64(20 + d), special: special), g = rowGradient(n)
            let all = Mask(rows: n, cols: d) { _, _ in true }
            for (addOne, scale, offset) in [(false, 1.0, 0.0), (true, 64, 0.5), (false, -2.5, 0.75), (true, 300, -1)] {
                for after in [false, true] {
                    let narrow = valueAndGradient(x, g, after: after) { $0.logSumExpRows(addOne: addOne, scale: scale, offset: offset) }
                    let rows = valueAndGradient(x, g, after: after) { $0.logSumExpRows(mask: all, addOne: addOne, scale: scale, offset: offset) }
                    let shape = "\(n)×\(d), scale \(scale), add one \(addOne), special \(special)"
                    #expect(differingBits(narrow.value, rows.value, anyNaN: special) == 0, "\(shape): values")
                    #expect(differingBits(narrow.grad, rows.grad, anyNaN: special) == 0, "\(shape): gradient, after another: \(after)")
                }
            }
        }
    }

    @Test(arguments: shapes)
    func weightedLogSumExpGivesTheChainsBits(n: Int, d: Int) {
        let x = entries(n, d, seed: 12, special: true), g = rowGradient(n)
        var c = entries(n, d, seed: 13, scale: 40, special: true).scalars
        for t in c.indices where t % 13 == 4 { c[t] = Swift.max(0, c[t]) }
        let weights = Tensor(rows: n, cols: d, scalars: c)
        for (mask, addOne, shift) in [(nil, false, 0.6), (mask(n, d, seed: 3), false, 0.4), (mask(n, d, seed: 4), true, -0.25), (blocks(n, d), false, 0.1)] {
            for after in [false, true] {
                let fused = valueAndGradient(x, g, after: after) { $0.logSumExpRows(weights: weights, minus: shift, mask: mask, addOne: addOne) }
                let chain = valueAndGradient(x, g, after: after) { (weights * ($0 - shift)).logSumExpRows(mask: mask, addOne: addOne) }
                #expect(differingBits(fused.value, chain.value) == 0, "\(n)×\(d) values")
                #expect(differingBits(fused.grad, chain.grad, anyNaN: true) == 0, "\(n)×\(d) gradient, after another: \(after)")
            }
        }
    }

    @Test(arguments: shapes)
    func softmaxPullbackKernelsGiveTheLoopsBits(n: Int, d: Int) throws {
        try #require(GEMM.hasAVX2, "the kernels run on AVX2 or AVX-512")
        // NaN, ±∞, 0 and −0 in the logits, the weights, the row gradient and the gradient added
        // to; where two NaNs meet only NaN-ness is compared (the architecture document's note).
        let x = entries(n, d, seed: 41, special: true), weights = entries(n, d, seed: 42, special: true).scalars
        var g = rowGradient(n).scalars
        for i in g.indices where i % 5 == 2 { g[i] = [-0.0, .nan, .infinity, 0][i % 4] }
        let before = entries(n, d, seed: 43, special: true).scalars
        let kernels: [GEMM.Kernel] = GEMM.kernel == .avx512 ? [.avx2, .avx512] : [.avx2]
        for (c, mask, scale) in [(nil, nil, -1.0), (weights, mask(n, d, seed: 9), 2.5)] {
            let rows = SoftmaxRows(x, weights: c, shift: 0.5, mask: mask, addOne: c == nil, scale: scale, offset: 0.25)
            for fresh in [true, false] {
                func gradient(_ kernel: GEMM.Kernel) -> [Double] {
                    var gx = before
                    g.withUnsafeBufferPointer { g in gx.withUnsafeMutableBufferPointer { gx in
                        rows.pullback(g, weights: c, into: gx, fresh: fresh, kernel: kernel)
                    } }
                    return gx
                }
                let loop = gradient(.portable)
                for kernel in kernels {
                    let new = gradient(kernel)
                    #expect(zip(new, loop).filter { $0.bitPattern != $1.bitPattern && !($0.isNaN && $1.isNaN) }.count == 0,
                            "\(n)×\(d) \(kernel), weighted: \(c != nil), fresh: \(fresh)")
                }
            }
        }
    }

    @Test(arguments: shapes)
    func softmaxMassPullbackKernelsGiveTheLoopsBits(n: Int, d: Int) throws {
        try #require(GEMM.hasAVX2, "the kernels run on AVX2 or AVX-512")
        // NaN, ±∞, 0 and −0 in the logits (so in the exponentials and factors), the masses (with
        // rows of no mass), the row gradient and the gradient added to. Where two NaNs meet in one
        // operation, the result's sign bit follows the operand order each compiler chose (the
        // architecture document's note), so there both sides need only be NaN; every other entry's
        // bits agree.
        let x = entries(n, d, seed: 31, special: true)
        var g = rowGradient(n).scalars
        for i in g.indices where i % 5 == 2 { g[i] = [-0.0, .nan, .infinity, 0][i % 4] }
        var mass = randomTensor(n, 1, seed: 32, scale: 1).scalars.map { Swift.abs($0) }
        for i in mass.indices where i % 6 == 1 { mass[i] = [0, .nan, -0.0, 1e-300, .infinity, -1][i % 6] }
        let before = entries(n, d, seed: 33, special: true).scalars
        let kernels: [GEMM.Kernel] = GEMM.kernel == .avx512 ? [.avx2, .avx512] : [.avx2]
        for (candidates, subset, scale) in [(nil, mask(n, d, seed: 7), -1.0), (mask(n, d, seed: 8), blocks(n, d), 2.5)] {
            let rows = SoftmaxRows(x, weights: nil, shift: 0, mask: candidates, addOne: false, scale: scale, offset: 0.25)
            for fresh in [true, false] {
                func gradient(_ kernel: GEMM.Kernel) -> [Double] {
                    var gx = before
                    g.withUnsafeBufferPointer { g in gx.withUnsafeMutableBufferPointer { gx in
                        rows.massPullback(g, mass: mass, subset: subset.bits, into: gx, fresh: fresh, kernel: kernel)
                    } }
                    return gx
                }
                let loop = gradient(.portable)
                for kernel in kernels {
                    let new = gradient(kernel)
                    #expect(zip(new, loop).filter { $0.bitPattern != $1.bitPattern && !($0.isNaN && $1.isNaN) }.count == 0,
                            "\(n)×\(d) \(kernel), fresh: \(fresh)")
                }
            }
        }
    }

    @Test(arguments: shapes)
    func rowSumsGiveTheLoopsBits(n: Int, d: Int) {
        let x = entries(n, d, seed: 14, special: true), g = rowGradient(n), keep = mask(n, d, seed: 5)
        for mask in [nil, keep, blocks(n, d)] {
            let kept = { (t: Int) in mask?.bits[t] ?? true }
            // The old loops: each row added left to right over its kept entries.
            let sums = (0 ..< n).map { i in (0 ..< d).reduce(0.0) { kept(i * d + $1) ? $0 + x[i, $1] : $0 } }
            for after in [false, true] {
                let new = valueAndGradient(x, g, after: after) { mask.map($0.rowSums(where:)) ?? $0.rowSums() }
                let expected = (0 ..< n * d).map { t in
                    after ? (kept(t) ? 0.5 + g.scalars[t / d] : 0.5) : (kept(t) ? 0 + g.scalars[t / d] : 0) + 0.5
                }
                #expect(differingBits(new.value, sums) == 0, "\(n)×\(d) sums")
                #expect(differingBits(new.grad, expected) == 0, "\(n)×\(d) gradient, after another: \(after)")
            }
        }
    }

    @Test(arguments: shapes)
    func softmaxMassGivesTheOldLoopsBits(n: Int, d: Int) throws {
        try #require(GEMM.hasAVX2, "the old kernel written out is the AVX2 one")
        let x = entries(n, d, seed: 15, special: false), g = rowGradient(n)
        let candidates = mask(n, d, seed: 6), subset = Mask(rows: n, cols: d) { i, j in (i + 2 * j) % 5 < 2 }
        let map = Affine(scale: -1.5, offset: 0.25)
        let old = oldLogSumExpRows(x, mask: candidates, addOne: false, scale: map.scale, offset: map.offset)
        let mass = (0 ..< n).map { i in (0 ..< d).reduce(0.0) { subset[i, $1] ? $0 + old.weights[i * d + $1] : $0 } }
        let new = valueAndGradient(x, g, after: false) { $0.logSoftmaxMassRows(of: subset, within: candidates, of: map) }
        #expect(differingBits(new.value, mass.map { $0 > 0 ? Foundation.log($0) : -.infinity }) == 0, "\(n)×\(d) values")
        let expected = (0 ..< n * d).map { t in
            let i = t / d, gi = g.scalars[i] * map.scale, w = old.weights[t]
            guard mass[i] > 0 && g.scalars[i] != 0 else { return 0 + 0.5 }
            return (0 + ((subset.bits[t] ? gi / mass[i] : 0) * w - gi * w)) + 0.5
        }
        #expect(differingBits(new.grad, expected) == 0, "\(n)×\(d) gradient")
    }

    /// The elementwise ops on a full side and a scalar side against their loops written out: the
    /// values, the full side's gradient (written fresh, 0 + …) and the scalar side's (a sum in
    /// entry order).
    @Test(arguments: shapes)
    func elementwiseOpsGiveTheLoopsBits(n: Int, d: Int) {
        let x = entries(n, d, seed: 17, special: true), c = Tensor(-1.75), g = entries(n, d, seed: 18, special: false)
        let ops: [(String, (Tensor, Tensor) -> Tensor, (Double, Double) -> Double)] = [
            ("+", { $0 + $1 }, { $0 + $1 }), ("-", { $0 - $1 }, { $0 - $1 }), ("*", { $0 * $1 }, { $0 * $1 })]
        for (name, op, f) in ops {
            for scalarFirst in [false, true] {
                var fullGradient: [Double] = [], scalarGradient: [Double] = []
                let value = valueWithGradient(at: [x, c]) { v in
                    let z = scalarFirst ? op(v[1], v[0]) : op(v[0], v[1])
                    return (z * g).sum()
                }
                fullGradient = value.gradients[0].scalars
                scalarGradient = value.gradients[1].scalars
                let z = (scalarFirst ? op(c, x) : op(x, c)).scalars
                let gz = g.scalars.map { 0 + 1 * $0 }  // (z * g).sum()'s gradient into z
                let expectedZ = x.scalars.map { scalarFirst ? f(c.scalar, $0) : f($0, c.scalar) }
                let sign = name == "-" && scalarFirst ? -1.0 : 1
                let expectedFull: [Double] = zip(gz, x.scalars).map { gz, _ in
                    name == "*" ? 0 + gz * c.scalar : (sign < 0 ? 0 - gz : 0 + gz)
                }
                var sum = 0.0
                for (o, go) in gz.enumerated() {
                    switch name {
                    case "*": sum = sum + go * x.scalars[o]
                    case "-" where !scalarFirst: sum = sum - go
                    default: sum = sum + go
                    }
                }
                #expect(differingBits(z, expectedZ) == 0, "\(name) \(n)×\(d) values")
                #expect(differingBits(fullGradient, expectedFull) == 0, "\(name) \(n)×\(d) full side")
                #expect(differingBits(scalarGradient, [sum]) == 0, "\(name) \(n)×\(d) scalar side")
            }
        }
    }

    /// The masked exponential's gradient written fresh (0 + g·y where kept, 0 elsewhere) or added.
    @Test(arguments: shapes)
    func maskedExpGradientGivesTheLoopsBits(n: Int, d: Int) {
        let x = entries(n, d, seed: 19, special: false), g = entries(n, d, seed: 20, special: false)
        for mask in [mask(n, d, seed: 7), blocks(n, d)] {
            let y = x.exp(where: mask).scalars
            // The old loops: the kept entries gathered, through exp together, and scattered back.
            let kept = (0 ..< n * d).filter { mask.bits[$0] }
            let packed = Tensor(rows: 1, cols: kept.count, scalars: kept.map { x.scalars[$0] }).exp().scalars
            var old = [Double](repeating: 0, count: n * d)
            for (k, t) in kept.enumerated() { old[t] = packed[k] }
            #expect(differingBits(y, old) == 0, "\(n)×\(d) values")
            for after in [false, true] {
                let grad = valueWithGradient(at: [x]) { v in
                    let own = (v[0].exp(where: mask) * g).sum(), other = (v[0] * 0.5).sum()
                    return after ? other + own : own + other
                }.gradients[0].scalars
                let expected = (0 ..< n * d).map { t in
                    let gy = (0 + 1 * g.scalars[t]) * y[t]
                    return after ? (mask.bits[t] ? 0.5 + gy : 0.5) : (mask.bits[t] ? 0 + gy : 0) + 0.5
                }
                #expect(differingBits(grad, expected) == 0, "\(n)×\(d), after another: \(after)")
            }
        }
    }

    /// The softmax-weighted row means against the chain of ops they fuse, with each kernel the CPU
    /// has (AVX-512, AVX2) and the Swift loops. The entries are finite,
    /// as the margins of distances that feed the op are: at an infinite entry both give a NaN
    /// gradient, whose sign bit follows the order in which the compiler put two NaNs into an
    /// addition, which neither fixes.
    @Test(arguments: shapes)
    func softWeightedRowMeansGiveTheChainsBits(n: Int, d: Int) {
        let x = entries(n, d, seed: 21, scale: 0.5, special: false), g = rowGradient(n)
        for (mask, temperature) in [(mask(n, d, seed: 8), 10.0), (blocks(n, d), -3)] {
            let epsilon = Double(d) * 1e-5
            for after in [false, true] {
                let chain = valueAndGradient(x, g, after: after) { x in
                    let w = (temperature * x).exp(where: mask)
                    return (w * x).rowSums() / (w.rowSums() + epsilon)
                }
                for kernel in [GEMM.Kernel.portable, .avx2, .avx512] where kernel == .portable || kernel == GEMM.kernel || GEMM.kernel == .avx512 {
                    let fused = valueAndGradient(x, g, after: after) {
                        $0.softWeightedRowMeans(temperature: temperature, mask: mask, epsilon: epsilon, kernel: kernel)
                    }
                    #expect(differingBits(fused.value, chain.value) == 0, "\(n)×\(d) values, \(kernel)")
                    #expect(differingBits(fused.grad, chain.grad) == 0, "\(n)×\(d) gradient, after another: \(after), \(kernel)")
                }
            }
        }
    }

    /// Softmax-weighted row sums against the chain SoftTriple wrote before the op, bit for bit, on
    /// every width this CPU runs: values and gradient, written fresh and added after another
    /// gradient, rows that fill blocks of eight and rows that leave some over; at γ = 0.1 (SoftTriple's)
    /// a long row's shifted logits reach −50 and below, and ties for the row maximum, zeros and −0
    /// sit among the entries. Entries are finite, as a similarity is.
    @Test(arguments: shapes)
    func softmaxWeightedRowSumsGiveTheChainsBits(n: Int, d: Int) {
        var x = entries(n, d, seed: 31, scale: 1, special: false).scalars
        for t in x.indices where t % 13 == 4 && t > 0 { x[t] = x[t - 1] }
        let input = Tensor(rows: n, cols: d, scalars: x), g = rowGradient(n)
        for gamma in [0.1, 1.7, -0.5] {
            for after in [false, true] {
                let chain = valueAndGradient(input, g, after: after) { x in
                    let logits = x / gamma
                    let shifted = (logits - logits.rowMax().detached).exp()
                    return (shifted / shifted.rowSums() * x).rowSums()
                }
                for kernel in [GEMM.Kernel.portable, .avx2, .avx512] where kernel == .portable || kernel == GEMM.kernel || GEMM.kernel == .avx512 {
                    let fused = valueAndGradient(input, g, after: after) { $0.softmaxWeightedRowSums(gamma: gamma, kernel: kernel) }
                    #expect(differingBits(fused.value, chain.value) == 0, "\(n)×\(d) values, γ = \(gamma), \(kernel)")
                    #expect(differingBits(fused.grad, chain.grad) == 0, "\(n)×\(d) gradient, γ = \(gamma), after another: \(after), \(kernel)")
                }
            }
        }
    }

    /// SoftTriple through the fused row sums, against the chain of ops it was: loss and the
    /// gradients of embeddings and centres, bit for bit.
    @Test func softTripleGivesTheChainsBits() throws {
        let labels = (0 ..< 70).map { ($0 * 5 + $0 / 3) % 4 }
        let x = randomTensor(70, 3, seed: 23)
        let loss = SoftTriple(centersPerClass: 5)
        var rng = RNG(seed: 5)
        let centres = try loss.makeParameters(embeddingSize: 3, classes: 4, using: &rng).require(.centers, by: loss.name)
        func chain(_ e: Tensor, _ fc: Tensor) -> Tensor {
            let s = loss.distance.matrix(e, fc.transposed()), byClass = s.reshaped(rows: 70 * 4, cols: 5)
            let logits = byClass / loss.gamma
            let shifted = (logits - logits.rowMax().detached).exp()
            let relaxed = (shifted / shifted.rowSums() * byClass).rowSums().reshaped(rows: 70, cols: 4)
            let margins = loss.margin * Tensor(Mask.oneHot(labels, classes: 4))
            return (loss.lambda * (relaxed - margins)).softmaxCrossEntropyRows(labels: labels)
        }
        let fused = try valueWithGradient(at: [x, centres]) { v in
            try loss(v[0], labels: labels, parameters: LossParameters(.centers, v[1]))
        }
        let old = try valueWithGradient(at: [x, centres]) { v in
            try loss.reducer.reduce(LossTerms(perExample: chain(v[0], v[1])), labels: labels, referenceCount: 70)
        }
        #expect(fused.value.bitPattern == old.value.bitPattern)
        #expect(differingBits(fused.gradients[0].scalars, old.gradients[0].scalars) == 0)
        #expect(differingBits(fused.gradients[1].scalars, old.gradients[1].scalars) == 0)
    }

    /// Ranked list loss with PML's normalisation through the fused means, against the chain it was.
    @Test func rankedListGivesTheChainsBits() throws {
        let labels = (0 ..< 70).map { ($0 * 5 + $0 / 3) % 6 }
        let x = randomTensor(70, 3, seed: 22)
        let loss = RankedList(normalization: .pml)
        func chain(_ e: Tensor) -> Tensor {
            let batch = LossBatch(e, labels: labels), d = loss.distance.matrix(e, batch.references), inner = loss.boundary - loss.margin
            let far = Mask(d, within: batch.positiveMask) { $0 > inner && $0 > 0 }
            let near = Mask(d, within: batch.negativeMask) { $0 < loss.boundary && $0 > 0 }
            let counts = far.rowCounts.map(Double.init)
            let sums = 1 * d.rowSums(where: far) + Tensor(rows: 70, cols: 1, scalars: counts.map { -inner * $0 })
            let positives = sums / Tensor(rows: 70, cols: 1, scalars: counts.map { $0 + 70 * 1e-5 })
            let xn = loss.boundary - d, w = (loss.temperature * xn).exp(where: near)
            let negatives = (w * xn).rowSums() / (w.rowSums() + 70 * 1e-5)
            return loss.positiveWeight * positives + loss.negativeWeight * negatives
        }
        let fused = try valueWithGradient(at: [x]) { try loss($0[0], labels: labels) }
        let old = try valueWithGradient(at: [x]) { try loss.reducer.reduce(LossTerms(perExample: chain($0[0])), labels: labels, referenceCount: 70) }
        #expect(fused.value.bitPattern == old.value.bitPattern)
        #expect(differingBits(fused.gradients[0].scalars, old.gradients[0].scalars) == 0)
    }

    /// Circle loss through the fused log-sum-exps, against the chain of elementwise ops it was.
    @Test func circleGivesTheChainsBits() throws {
        let labels = (0 ..< 70).map { ($0 * 5 + $0 / 3) % 6 }
        let x = randomTensor(70, 3, seed: 16)
        let circle = Circle()
        func chain(_ e: Tensor) -> Tensor {
            let batch = LossBatch(e, labels: labels), (m, gamma) = (circle.m, circle.gamma)
            let s = e.cosineSimilarities(), frozen = e.detached.cosineSimilarities().scalars
            let weightP = Tensor(rows: s.rows, cols: s.cols, scalars: frozen.map { Swift.max(0, 1 + m - $0) })
            let weightN = Tensor(rows: s.rows, cols: s.cols, scalars: frozen.map { Swift.max(0, $0 + m) })
            let pull = (-gamma * weightP * (s - (1 - m))).logSumExpRows(mask: batch.positiveMask)
            let push = (gamma * weightN * (s - m)).logSumExpRows(mask: batch.negativeMask)
            let hasBoth = zip(batch.positiveMask.rowHasAny, batch.negativeMask.rowHasAny).map { $0 && $1 ? 1.0 : 0 }
            return (pull + push).softplus() * Tensor(rows: hasBoth.count, cols: 1, scalars: hasBoth)
        }
        let fused = try valueWithGradient(at: [x]) { try circle($0[0], labels: labels) }
        let old = try valueWithGradient(at: [x]) { try circle.reducer.reduce(LossTerms(perExample: chain($0[0])), labels: labels, referenceCount: 70) }
        #expect(fused.value.bitPattern == old.value.bitPattern)
        #expect(differingBits(fused.gradients[0].scalars, old.gradients[0].scalars) == 0)
    }
}
