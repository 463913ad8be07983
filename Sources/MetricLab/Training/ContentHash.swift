/// A 128-bit hash of bytes, the same in every process and on every machine: what names a cached
/// run's file and fingerprints the bulk numbers (points, labels) of its key.
///
/// Two independent 64-bit lanes of a multiply–xorshift mix over 8-byte words, each finished
/// with a full avalanche: not cryptographic, but accidental collisions among the keys a cache
/// holds are out of reach, and a cached entry also keeps its whole key to compare.
struct ContentHash {
    private var a: UInt64 = 0x6A09_E667_F3BC_C908
    private var b: UInt64 = 0xBB67_AE85_84CA_A73B
    private var length: UInt64 = 0

    /// An empty hash.
    init() {}

    /// Mixes in raw bytes.
    mutating func combine(_ raw: UnsafeRawBufferPointer) {
        var i = 0
        while i + 8 <= raw.count {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in raw[i...].enumerated() { tail |= UInt64(byte) << UInt64(8 * shift) }
        // The tail's length goes in too, so that trailing zero bytes are not a different input's same hash.
        mix(tail ^ (UInt64(raw.count - i) << 56) ^ 0x80)
        length &+= UInt64(raw.count)
    }

    /// Mixes in the bytes of an array of plain numbers.
    mutating func combine<T: BitwiseCopyable>(contentsOf values: [T]) {
        values.withUnsafeBytes { combine($0) }
    }

    /// Mixes in a string's UTF-8 bytes.
    mutating func combine(_ text: String) {
        combine(contentsOf: Array(text.utf8))
    }

    /// The hash as 32 hexadecimal digits.
    var hexDigest: String {
        [Self.avalanche(a ^ length), Self.avalanche(b &+ length)]
            .map { String($0, radix: 16).leftPadded(to: 16) }.joined()
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x9E37_79B9_7F4A_7C15
        a = (a ^ (a >> 32)).rotateLeft(23)
        b = (b &+ word) &* 0xD6E8_FEB8_6659_FD93
        b = (b ^ (b >> 29)).rotateLeft(41)
    }

    /// SplitMix64's finaliser: every input bit reaches every output bit.
    private static func avalanche(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private extension UInt64 {
    /// The bits rotated left by `k` places.
    func rotateLeft(_ k: UInt64) -> UInt64 { (self << k) | (self >> (64 - k)) }
}

private extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
