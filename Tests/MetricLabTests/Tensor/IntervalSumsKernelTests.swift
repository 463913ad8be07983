@testable import MetricLab
import MetricLabTestSupport
import Testing

/// The interval sums' C kernel (forward and backward) against the Swift loops it replaces: the same
/// bits, on odd shapes, with entries below the first node, on nodes, beyond the last, ±0, NaN and
/// ±∞, under a mask of scattered bits and one of blocks, adding into a gradient already there.
@Suite struct IntervalSumsKernelTests {
    func entries(_ r: Int, _ c: Int, nodes: HistogramNodes) -> Tensor {
        var x = randomTensor(r, c, seed: 71, scale: 2).scalars
        let special: [Double] = [0, -0.0, .nan, .infinity, -.infinity, nodes.start, nodes.node(1), nodes.node(nodes.count - 1), 1e300]
        for k in x.indices where k % 5 == 2 { x[k] = special[(k / 5) % special.count] }
        return Tensor(rows: r, cols: c, scalars: x)
    }

    @Test(arguments: [(1, 1, 1), (3, 5, 2), (7, 9, 4), (13, 37, 11), (40, 70, 3), (130, 257, 21)])
    func kernelGivesTheLoopsBits(r: Int, c: Int, nodeCount: Int) {
        let nodes = HistogramNodes(start: -1.5, spacing: 3 / Double(nodeCount), count: nodeCount)
        let x = entries(r, c, nodes: nodes)
        let weights = randomTensor(r, nodeCount + 1, seed: 72), earlier = randomTensor(r, c, seed: 73)
        for mask in [Mask(rows: r, cols: c) { ($0 * 7 + $1 * 3) % 4 == 1 }, Mask(rows: r, cols: c) { ($0 / 3 + $1 / 4) % 2 == 0 }] {
            func run(_ kernel: GEMM.Kernel) -> (sums: [Double], counts: [Double], grad: [Double]) {
                var result: IntervalSums?
                let (_, grad) = valueWithGradient(at: [x]) { v in
                    let sums = v[0].rowIntervalSums(where: mask, nodes: nodes, kernel: kernel)
                    result = sums
                    // The gradient arrives on top of another's: the kernel adds, as the loop does.
                    return (sums.sums * weights).sum() + (v[0] * earlier).sum()
                }
                return (result!.sums.scalars, result!.counts.scalars, grad[0].scalars)
            }
            let loops = run(.portable), kernel = run(GEMM.kernel == .portable ? .avx2 : GEMM.kernel)
            #expect(loops.counts.reduce(0, +) == Double(mask.count), "every kept entry counted once")
            #expect(differingBits(kernel.sums, loops.sums) == 0, "sums, \(r)×\(c), \(nodeCount) nodes")
            #expect(differingBits(kernel.counts, loops.counts) == 0, "counts, \(r)×\(c), \(nodeCount) nodes")
            #expect(differingBits(kernel.grad, loops.grad) == 0, "gradient, \(r)×\(c), \(nodeCount) nodes")
        }
    }
}
