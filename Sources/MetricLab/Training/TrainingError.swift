/// Why a training run stopped.
public enum TrainingError: Error, CustomStringConvertible {
    /// The loss became NaN or infinite.
    case nonFinite(loss: String, step: Int, value: Double)
    /// The loss's reducer left several numbers (`Reducer.none`): there is nothing to descend.
    case notReduced(loss: String, terms: Int)

    public var description: String {
        switch self {
        case let .nonFinite(loss, step, value):
            "training with \(loss) stopped at step \(step): the loss is \(value.isNaN ? "NaN" : "\(value)")"
        case let .notReduced(loss, terms):
            "\(loss) gives \(terms) terms, not one number: train with a reducer other than .none"
        }
    }
}
