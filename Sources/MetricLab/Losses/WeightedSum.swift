/// A weighted sum of losses, Σₖ λₖ Lₖ: softmax plus center loss, for example.
///
/// Each part keeps its own parameters: `makeParameters` concatenates theirs in order, and
/// `callAsFunction` hands each part its own slice. Written `Softmax() + 0.01 * Center()`.
public struct WeightedSum: Loss {
    /// One part of the sum: a loss and its weight.
    public struct Term: Sendable {
        /// The weight λ of this part.
        public var weight: Double
        /// The loss.
        public var loss: any Loss

        /// A part with weight λ.
        public init(weight: Double, loss: any Loss) {
            self.weight = weight
            self.loss = loss
        }
    }

    /// The parts, in order.
    public let terms: [Term]
    /// How many parameter tensors each part makes, in the order of `terms`.
    private let parameterCounts: [Int]

    /// The sum of the given weighted parts.
    public init(_ terms: [Term]) {
        // How many tensors a loss makes does not depend on the sizes, so a small probe finds it.
        var probe = RNG(seed: 0)
        self.init(terms, parameterCounts: terms.map { $0.loss.makeParameters(embeddingSize: 2, classes: 2, using: &probe).count })
    }

    private init(_ terms: [Term], parameterCounts: [Int]) {
        self.terms = terms
        self.parameterCounts = parameterCounts
    }

    /// The sum of `losses`, each with weight 1.
    public init(_ losses: [any Loss]) {
        self.init(losses.map { Term(weight: 1, loss: $0) })
    }

    public var name: String {
        terms.map { $0.weight == 1 ? $0.loss.name : "\(formatted($0.weight))·\($0.loss.name)" }.joined(separator: " + ")
    }

    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> [Tensor] {
        terms.flatMap { $0.loss.makeParameters(embeddingSize: embeddingSize, classes: classes, using: &rng) }
    }

    public func callAsFunction(_ embeddings: Tensor, labels: [Int], parameters: [Tensor]) -> Tensor {
        precondition(parameters.count == parameterCounts.reduce(0, +),
                     "WeightedSum: \(parameters.count) parameters for parts that make \(parameterCounts.reduce(0, +))")
        var start = 0
        var total = Tensor(0)
        for (term, count) in zip(terms, parameterCounts) {
            let own = Array(parameters[start ..< start + count])
            start += count
            total = total + term.weight * term.loss(embeddings, labels: labels, parameters: own)
        }
        return total
    }

    public func atEpoch(_ epoch: Int) -> WeightedSum {
        WeightedSum(terms.map { Term(weight: $0.weight, loss: $0.loss.atEpoch(epoch)) }, parameterCounts: parameterCounts)
    }

    /// The parameters of the part at `index`, out of the parameters this sum made (for plots).
    public func parameters(ofPart index: Int, in parameters: [Tensor]) -> [Tensor] {
        let start = parameterCounts[..<index].reduce(0, +)
        return Array(parameters[start ..< start + parameterCounts[index]])
    }

    /// The parts of any loss as terms: a sum's own, or the loss itself with weight 1.
    static func terms(of loss: any Loss) -> [Term] {
        (loss as? WeightedSum)?.terms ?? [Term(weight: 1, loss: loss)]
    }

    /// A weight as written in a name: 0.01, 2, 0.003.
    private func formatted(_ weight: Double) -> String {
        weight == weight.rounded() && abs(weight) < 1e15 ? String(Int(weight)) : String(weight)
    }
}

extension Loss {
    /// The sum of two losses.
    public static func + (lhs: Self, rhs: some Loss) -> WeightedSum {
        WeightedSum(WeightedSum.terms(of: lhs) + WeightedSum.terms(of: rhs))
    }

    /// The loss with weight λ.
    public static func * (weight: Double, loss: Self) -> WeightedSum {
        WeightedSum(WeightedSum.terms(of: loss).map { WeightedSum.Term(weight: weight * $0.weight, loss: $0.loss) })
    }

    /// The loss with weight λ.
    public static func * (loss: Self, weight: Double) -> WeightedSum { weight * loss }
}
