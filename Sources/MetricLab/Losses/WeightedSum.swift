/// A weighted sum of losses, Σₖ λₖ Lₖ (PML's MultipleLosses with weights): softmax plus center loss,
/// for example, written `Softmax() + 0.01 * Center()`.
///
/// Each part is reduced by its own reducer and keeps its own parameters, as a part of the sum's
/// (`parameters.parts[k]`); a part with a miner brings it along (`a.mined(by: m) + b`).
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

    /// The sum of the given weighted parts.
    public init(_ terms: [Term]) {
        self.terms = terms
    }

    /// The sum of `losses`, each with weight 1.
    public init(_ losses: [any Loss]) {
        self.init(losses.map { Term(weight: 1, loss: $0) })
    }

    public var name: String {
        terms.map { $0.weight == 1 ? $0.loss.name : "\(formatted($0.weight))·\($0.loss.name)" }.joined(separator: " + ")
    }

    public func makeParameters(embeddingSize: Int, classes: Int, using rng: inout RNG) -> LossParameters {
        LossParameters(parts: terms.map { $0.loss.makeParameters(embeddingSize: embeddingSize, classes: classes, using: &rng) })
    }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard parameters.parts.count == terms.count || (parameters.tensors.isEmpty && parameters.parts.isEmpty) else {
            throw LossError(name, "\(parameters.parts.count) parts of parameters for \(terms.count) losses")
        }
        return LossTerms(try terms.enumerated().map { k, term in
            let own = parameters.parts.isEmpty ? LossParameters.none : parameters.parts[k]
            return TermGroup(reduced: term.weight * (try term.loss(batch, parameters: own)))
        })
    }

    /// Each part's parameters constrained by that part.
    public func constrained(_ parameters: LossParameters) -> LossParameters {
        guard parameters.parts.count == terms.count else { return parameters }
        return LossParameters(parameters.entries, parts: zip(terms, parameters.parts).map { $0.loss.constrained($1) })
    }

    public func atEpoch(_ epoch: Int) -> WeightedSum {
        WeightedSum(terms.map { Term(weight: $0.weight, loss: $0.loss.atEpoch(epoch)) })
    }

    public func advanced(past batch: LossBatch) -> WeightedSum {
        WeightedSum(terms.map { Term(weight: $0.weight, loss: $0.loss.advanced(past: batch)) })
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
