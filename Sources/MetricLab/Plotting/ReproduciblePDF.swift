import Foundation

/// PDFs that are the same bytes on every run. cairo stamps each PDF with the time it was drawn
/// (`/CreationDate (D:20240131120000Z)`), which would make every run a changed figure for
/// `metriclab check`; the stamp's digits are set to a fixed date, the same length, so that the
/// file's cross-reference offsets stay right.
enum ReproduciblePDF {
    /// The date written instead: the Unix epoch, 14 digits as PDF dates have them.
    static let fixedDigits = Array("19700101000000".utf8)

    /// `pdf` with the digits of its creation and modification dates fixed.
    static func fixed(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var start = 0
            while let found = firstIndex(of: pattern, in: bytes, from: start) {
                let digits = found + pattern.count
                var end = digits
                while end < bytes.count, end - digits < fixedDigits.count, (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[end]) {
                    end += 1
                }
                bytes.replaceSubrange(digits ..< end, with: fixedDigits[0 ..< (end - digits)])
                start = end
            }
        }
        return Data(bytes)
    }

    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0], Array(bytes[i ..< i + pattern.count]) == pattern { return i }
            i += 1
        }
        return nil
    }
}
