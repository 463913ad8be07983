/// Why a loss, reducer or regularizer cannot compute a batch (a miner throws `MinerError`): a bad configuration (class
/// weights shorter than the classes) or a batch it is not defined on (Smooth-AP with unequal
/// class counts). The message says what is wrong and, where it helps, what would be right.
public struct LossError: Error, CustomStringConvertible, Equatable {
    /// Who refused: the loss's, reducer's or regularizer's name.
    public let source: String
    /// What is wrong.
    public let message: String

    /// An error from `source`.
    public init(_ source: String, _ message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
