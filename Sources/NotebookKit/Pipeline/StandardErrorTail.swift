import Foundation

/// A notebook program's standard error, kept within bounds however much a cell writes there: its
/// first `headLimit` bytes, its last `tailLimit` bytes, and a line saying how much was cut between
/// them. A crash report ends the text, so the tail keeps it whole; the head keeps what a cell
/// wrote first, where the cause usually is.
struct StandardErrorTail {
    /// The most bytes kept from the start.
    let headLimit: Int
    /// The most bytes kept from the end.
    let tailLimit: Int
    private var head = Data()
    private var tail = Data()
    private var cutBytes = 0

    /// A tail of `tailLimit` bytes after a head of `headLimit`.
    init(headLimit: Int = 64 << 10, tailLimit: Int = 1 << 20) {
        self.headLimit = headLimit
        self.tailLimit = tailLimit
    }

    /// Keeps `bytes`, dropping the oldest bytes of the tail once it holds twice its limit, so
    /// the work stays linear in what was written.
    mutating func append(_ bytes: some Collection<UInt8>) {
        var rest = bytes[...]
        if head.count < headLimit {
            let taken = rest.prefix(headLimit - head.count)
            head.append(contentsOf: taken)
            rest = rest.dropFirst(taken.count)
        }
        tail.append(contentsOf: rest)
        if tail.count > 2 * tailLimit { trimTail() }
    }

    /// The kept text, with a note where bytes were cut.
    var text: String {
        var kept = self
        kept.trimTail()
        guard kept.cutBytes > 0 else { return String(decoding: head + tail, as: UTF8.self) }
        return String(decoding: kept.head, as: UTF8.self)
            + "\n[… \(kept.cutBytes) bytes of standard error not kept …]\n"
            + String(decoding: kept.tail, as: UTF8.self)
    }

    private mutating func trimTail() {
        guard tail.count > tailLimit else { return }
        let dropped = tail.count - tailLimit
        tail = Data(tail.suffix(tailLimit))
        cutBytes += dropped
    }
}
