/// Why a training run stopped.
public enum TrainingError: Error, CustomStringConvertible {
    /// The loss became NaN or infinite.
    case nonFinite(loss: String, step: Int, value: Double)

    public var description: String {
        switch self {
        case let .nonFinite(loss, step, value):
            "training with \(loss) stopped at step \(step): the loss is \(value.isNaN ? "NaN" : "\(value)")"
        }
    }
}
