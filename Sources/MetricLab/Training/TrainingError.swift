/// Why a training run stopped, or could not start.
public enum TrainingError: Error, CustomStringConvertible, Equatable {
    /// Something became NaN or infinite at a step (counting from 0): the run cannot go on from there.
    case nonFinite(loss: String, step: Int, quantity: NonFiniteQuantity)
    /// The loss's reducer left several numbers (`Reducer.none`): there is nothing to descend.
    case notReduced(loss: String, terms: Int)
    /// An argument of `train` that no run can have, with what it must be.
    case invalidArgument(name: String, value: String, expected: String)
    /// The data set has no examples to train on.
    case noExamples(data: String)

    public var description: String {
        switch self {
        case let .nonFinite(loss, step, quantity):
            "training with \(loss) stopped at step \(step): \(quantity)"
        case let .notReduced(loss, terms):
            "\(loss) gives \(terms) terms, not one number: train with a reducer other than .none"
        case let .invalidArgument(name, value, expected):
            "train: \(name) is \(value); it must be \(expected)"
        case let .noExamples(data):
            "train: the data set '\(data)' has no examples"
        }
    }
}

/// What became NaN or infinite in a training step, found by a finiteness scan after each stage.
public enum NonFiniteQuantity: Sendable, Equatable, CustomStringConvertible {
    /// The model's embedding of an example of the data set (its index there), in one column.
    case embedding(example: Int, column: Int, value: Double)
    /// The loss's value.
    case loss(Double)
    /// The gradient of a trainable parameter, named as in `parameterName`, at one entry.
    case gradient(parameter: String, entry: Int, value: Double)
    /// A trainable parameter after the optimizer's update, at one entry.
    case parameter(String, entry: Int, value: Double)

    public var description: String {
        switch self {
        case let .embedding(example, column, value):
            "the embedding of example \(example) is \(Self.text(value)) in column \(column)"
        case let .loss(value):
            "the loss is \(Self.text(value))"
        case let .gradient(parameter, entry, value):
            "the gradient of \(parameter) is \(Self.text(value)) at entry \(entry)"
        case let .parameter(parameter, entry, value):
            "the optimizer's update made \(parameter) \(Self.text(value)) at entry \(entry)"
        }
    }

    private static func text(_ value: Double) -> String {
        value.isNaN ? "NaN" : value > 0 ? "infinite" : "−infinite"
    }
}
