import Foundation
@testable import MetricLab

/// Small figures and file helpers shared by the plotting tests.
enum PlottingFixtures {
    /// Four points of two classes at hand-picked places.
    static let points = Tensor([[0, 0], [1, 0], [0, 2], [1, 2]])
    static let labels = [0, 0, 1, 1]

    /// The script `render` would write for `figure`, labelled `label`.
    static func script(_ figure: any Figure, label: String = "figure", format: ImageFormat = .png,
                       size: PixelSize? = nil) throws -> String {
        GnuplotScript(try figure.layout(), label: label, format: format, size: size).text
    }

    /// The lines of the data block named `name` in `script`.
    static func block(_ name: String, in script: String) -> [String] {
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "\(name) << EOD") else { return [] }
        return Array(lines[(start + 1)...].prefix { $0 != "EOD" })
    }

    /// A fresh empty folder for one test's files.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("metriclab-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Width and height from a PNG's IHDR chunk (big-endian, at bytes 16 and 20).
    static func pngSize(_ data: Data) -> PixelSize? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes[0 ..< 8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              bytes[12 ..< 16] == Array("IHDR".utf8)[...] else { return nil }
        let word = { (at: Int) in bytes[at ..< at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return PixelSize(width: word(16), height: word(20))
    }

    /// Width and height from a GIF's logical screen descriptor (little-endian, at bytes 6 and 8).
    static func gifSize(_ data: Data) -> PixelSize? {
        let bytes = [UInt8](data)
        guard bytes.count > 10, [Array("GIF87a".utf8), Array("GIF89a".utf8)].contains(Array(bytes[0 ..< 6])) else {
            return nil
        }
        return PixelSize(width: Int(bytes[6]) | Int(bytes[7]) << 8, height: Int(bytes[8]) | Int(bytes[9]) << 8)
    }
}
