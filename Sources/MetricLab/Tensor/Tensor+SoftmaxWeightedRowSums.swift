import CKernels

extension Tensor {
    /// Σⱼ softmax(xᵢ/γ)ⱼ·xᵢⱼ of each row (r×1): the row's entries averaged with softmax weights at
    /// temperature γ, a smooth row maximum (SoftTriple's relaxed similarity over a class's centres).
    ///
    /// The chain `let l = self / γ; let e = (l - l.rowMax().detached).exp()`, then
    /// `(e / e.rowSums() * self).rowSums()` in one op: the chain's operations in its order, forward
    /// and back, so the same numbers and gradient bit for bit where nothing else sends a gradient
    /// into self first, without its eight matrices and their gradients. The maximum only keeps the
    /// exponentials finite and takes no gradient.
    public func softmaxWeightedRowSums(gamma: Double) -> Tensor {
        precondition(cols > 0, "softmaxWeightedRowSums: a \(rows)×0 tensor has no row maximum")
        let (r, c) = (rows, cols), x = scalars
        let scale = 1 / gamma  // `self / γ` multiplies by the reciprocal
        // What the backward pass reads: the exponentials, their row sums and the softmax weights.
        var exps = [Double](repeating: 0, count: r * c), weights = [Double](repeating: 0, count: r * c)
        var sums = [Double](repeating: 0, count: r), out = [Double](repeating: 0, count: r)
        x.withUnsafeBufferPointer { x in exps.withUnsafeMutableBufferPointer { e in weights.withUnsafeMutableBufferPointer { w in
            sums.withUnsafeMutableBufferPointer { z in out.withUnsafeMutableBufferPointer { o in
                forEachChunk(of: r, work: r * c * 8) { chunk in
                    let entries = chunk.lowerBound * c ..< chunk.upperBound * c
                    for i in chunk {
                        // The first largest logit, picked by selects as `rowMax` picks it.
                        let row = i &* c
                        var best = x[row] * scale
                        for j in 1 ..< c {
                            let logit = x[row &+ j] * scale, wins = logit > best
                            best = wins ? logit : best
                        }
                        for j in 0 ..< c { e[row &+ j] = x[row &+ j] * scale - best }
                    }
                    metriclab_exp(e.baseAddress! + entries.lowerBound, e.baseAddress! + entries.lowerBound, entries.count)
                    for i in chunk {
                        let row = i &* c
                        var total = 0.0
                        for j in 0 ..< c { total = total + e[row &+ j] }
                        var weighted = 0.0
                        for j in 0 ..< c {
                            w[row &+ j] = e[row &+ j] / total
                            weighted = weighted + w[row &+ j] * x[row &+ j]
                        }
                        z[i] = total
                        o[i] = weighted
                    }
                }
            } }
        } } }
        return Tensor.record(rows: r, cols: 1, scalars: out, inputs: [self]) { g in
            self.node?.accumulate(writingFresh: true) { gx, fresh in
                x.withUnsafeBufferPointer { x in exps.withUnsafeBufferPointer { e in weights.withUnsafeBufferPointer { w in
                    sums.withUnsafeBufferPointer { z in
                        forEachChunk(of: r, work: r * c * 8) { chunk in
                            for i in chunk {
                                let row = i &* c, z = z[i], up = 0 + g[i]  // the row sums' gradient, written fresh
                                // Into the weights (written fresh) and so into the exponentials and their row sum,
                                // which the quotient's pullback sums left to right from 0.
                                var intoSum = 0.0
                                for j in 0 ..< c {
                                    let intoWeight = 0 + up * x[row &+ j]
                                    intoSum = intoSum - intoWeight * e[row &+ j] / (z * z)
                                }
                                for j in 0 ..< c {
                                    let intoWeight = 0 + up * x[row &+ j]
                                    let intoExp = 0 + intoWeight / z + intoSum
                                    let intoLogit = 0 + (0 + intoExp * e[row &+ j])
                                    // The product's side first, then the logits' (the tape's order).
                                    let base = fresh ? 0 : gx[row &+ j]
                                    gx[row &+ j] = (base + up * w[row &+ j]) + intoLogit * scale
                                }
                            }
                        }
                    }
                } } }
            }
        }
    }
}
