extension Tensor {
    /// A variable: a leaf of the graph whose gradient `backward()` fills.
    public init(variable value: Tensor) {
        self.init(rows: value.rows, cols: value.cols, scalars: value.scalars,
                  node: Node(rows: value.rows, cols: value.cols, inputs: [], pullback: nil))
    }

    /// This value as a variable, cut from whatever graph it came from.
    public var asVariable: Tensor { Tensor(variable: self) }

    /// Whether gradients flow through this value.
    public var isTracked: Bool { node != nil }

    /// The gradient accumulated by `backward()`; zeros where none reached this value.
    public var grad: Tensor {
        guard let g = node?.grad, !g.isEmpty else { return .zeros(rows, cols) }
        return Tensor(rows: rows, cols: cols, scalars: g)
    }

    /// Back-propagates from this 1×1 value to every variable it depends on.
    public func backward() {
        precondition(count == 1, "backward(): needs a 1×1 value, got \(rows)×\(cols)")
        node?.backpropagate(seed: [1])
    }

    /// Records an op's result: a node is made only when some input is tracked.
    ///
    /// `pullback` receives the result's gradient and adds the inputs' gradients through
    /// `Node.accumulate`; it is written beside the op's forward loop.
    static func record(rows: Int, cols: Int, scalars: [Double], inputs: [Tensor],
                       pullback: @escaping (UnsafeBufferPointer<Double>) -> Void) -> Tensor {
        let tracked = inputs.compactMap(\.node)
        let node = tracked.isEmpty ? nil : Node(rows: rows, cols: cols, inputs: tracked, pullback: pullback)
        return Tensor(rows: rows, cols: cols, scalars: scalars, node: node)
    }
}

/// The value of `f` at `points` and its gradient with respect to each of them.
public func valueWithGradient(at points: [Tensor], of f: ([Tensor]) throws -> Tensor) rethrows -> (value: Double, gradients: [Tensor]) {
    let variables = points.map(\.asVariable)
    let y = try f(variables)
    y.backward()
    return (y.scalar, variables.map(\.grad))
}
