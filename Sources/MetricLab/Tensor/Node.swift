/// A node of the autodiff graph: the only reference type of the tensor layer.
///
/// Each op that has a tracked input makes one node, holding the pullback that adds the op's
/// gradient into its inputs' gradients. Gradients start empty and are allocated on first use, so a
/// branch that no gradient reaches costs nothing.
final class Node {
    let rows: Int
    let cols: Int
    let inputs: [Node]
    /// Sends this node's gradient (the argument) on to `inputs`; nil for a variable.
    let pullback: ((UnsafeBufferPointer<Double>) -> Void)?
    private(set) var grad: [Double] = []
    /// Set while `topologicalOrder` walks the graph, cleared before it returns.
    private var visited = false

    init(rows: Int, cols: Int, inputs: [Node], pullback: ((UnsafeBufferPointer<Double>) -> Void)?) {
        self.rows = rows
        self.cols = cols
        self.inputs = inputs
        self.pullback = pullback
    }

    /// Adds into this node's gradient through `body`, which receives the gradient buffer.
    @inline(__always)
    func accumulate(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
        if grad.isEmpty { grad = [Double](repeating: 0, count: rows * cols) }
        grad.withUnsafeMutableBufferPointer { body($0) }
    }

    /// Adds into this node's gradient through `body`, which receives the gradient buffer and
    /// whether it is fresh: then nothing has arrived yet, the buffer is unset, and `body` must
    /// write every entry as 0 + what it would add (the very numbers adding into zeros gives, −0
    /// included). An m×m gradient so skips a pass of zeros before its first pass of values. An op
    /// that adds several values into one entry (a broadcast side) passes `whole: false` and adds.
    @inline(__always)
    func accumulate(writingFresh whole: Bool = true, _ body: (UnsafeMutableBufferPointer<Double>, _ fresh: Bool) -> Void) {
        guard grad.isEmpty && whole else { return accumulate { body($0, false) } }
        grad = [Double](unsafeUninitializedCapacity: rows * cols) { g, initialized in
            body(g, true)
            initialized = rows * cols
        }
    }

    /// Every node this one depends on, inputs before the nodes that use them.
    ///
    /// Visited nodes are marked in place rather than in a set of identifiers, whose hashing took
    /// 5% of ArcFace's loss alone at batch 512; every marked node ends in `order`, where the
    /// marks are cleared.
    func topologicalOrder() -> [Node] {
        var order: [Node] = []
        var stack: [(Node, Bool)] = [(self, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded { order.append(node); continue }
            guard !node.visited else { continue }
            node.visited = true
            stack.append((node, true))
            for input in node.inputs where !input.visited {
                stack.append((input, false))
            }
        }
        for node in order { node.visited = false }
        return order
    }

    /// Runs every pullback from this node back to the variables, seeding this node's gradient.
    func backpropagate(seed: [Double]) {
        let order = topologicalOrder()
        accumulate { g in for i in g.indices { g[i] += seed[i] } }
        for node in order.reversed() where !node.grad.isEmpty {
            guard let pullback = node.pullback else { continue }
            node.grad.withUnsafeBufferPointer(pullback)
        }
    }
}
