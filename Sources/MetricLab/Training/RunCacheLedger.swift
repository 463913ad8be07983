import Foundation

/// The bytes this process knows each cache folder to hold: measuring a folder of thousands of
/// entries after every write would cost more than training small runs, so a folder is measured
/// (and evicted from) at the process's first write to it and whenever its writes since could
/// pass the limit.
final class RunCacheLedger: @unchecked Sendable {
    /// The ledger of this process.
    static let shared = RunCacheLedger()

    private let lock = NSLock()
    /// Bytes per folder at its last measure, plus what this process wrote there since.
    private var bytes: [String: Int] = [:]

    /// Adds a write of `count` bytes to `folder`; true when the folder is to be measured (never
    /// measured, or now possibly past `limit`).
    func mayPassLimit(adding count: Int, in folder: String, limit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let known = bytes[folder] else { return true }
        bytes[folder] = known + count
        return known + count > limit
    }

    /// Notes `total` bytes in `folder`, as just measured.
    func note(_ total: Int, in folder: String) {
        lock.lock()
        defer { lock.unlock() }
        bytes[folder] = total
    }
}
