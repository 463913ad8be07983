/// Why a miner cannot mine a batch: a configuration it cannot honour (semi-hard against all) or a
/// batch it is not defined on (rows that are not whole triplets). The message says what is wrong.
public struct MinerError: Error, CustomStringConvertible, Equatable {
    /// The miner's name.
    public let source: String
    /// What is wrong.
    public let message: String

    /// An error from the miner `source`.
    public init(_ source: String, _ message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
