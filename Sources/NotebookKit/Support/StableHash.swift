import Foundation

/// A 128-bit content hash, stable across runs and machines, for cache keys.
///
/// Two independent 64-bit lanes of a multiply-xorshift mix over 8-byte words: not
/// cryptographic, but fast on large libraries and far from colliding on the inputs a cache sees.
public struct StableHash: Sendable {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344
    private var length: UInt64 = 0

    /// An empty hash.
    public init() {}

    /// Mixes in bytes.
    public mutating func combine(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { raw in
            var i = 0
            let count = raw.count
            while i + 8 <= count {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(raw[i]) << shift
                shift += 8
                i += 1
            }
            mix(tail ^ 0xFF)
            length &+= UInt64(count)
        }
    }

    /// Mixes in a string's UTF-8 bytes.
    public mutating func combine(_ text: String) {
        combine(Array(text.utf8))
    }

    /// The hash as 32 hexadecimal digits.
    public var hexDigest: String {
        let x = Self.finalize(a ^ length), y = Self.finalize(b &+ length)
        return String(format: "%016llx%016llx", x, y)
    }

    /// The hash of a file's contents, or nil when it cannot be read.
    public static func ofFile(atPath path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var hash = StableHash()
        hash.combine(data)
        return hash.hexDigest
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x9E37_79B9_7F4A_7C15
        a ^= a >> 29
        b = (b &+ word) &* 0xBF58_476D_1CE4_E5B9
        b ^= b >> 31
        b = b.rotateLeft(17)
    }

    private static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private extension UInt64 {
    func rotateLeft(_ n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}
