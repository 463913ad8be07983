import Foundation

/// Code in the library's own image, whose address tells which loaded file holds the library (a
/// variable's might lie in memory no file backs).
private func imageAnchor() {}

extension RunCache {
    /// What identifies the library build that trains: a hash of the loaded file that holds this
    /// code (libMetricLab.so, or a program it is linked into), found in the process's memory map.
    /// Every change to the library changes it, so no run of an older build is ever returned;
    /// nil when the file cannot be found or read (then nothing is cached).
    static let libraryBuild: String? = {
        let address = unsafeBitCast(imageAnchor as @convention(c) () -> Void, to: UInt.self)
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return nil }
        // Lines read `start-end perms offset dev inode path`, addresses in hex.
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let range = fields.first?.split(separator: "-").compactMap { UInt($0, radix: 16) } ?? []
            guard fields.count >= 6, range.count == 2, range[0] <= address, address < range[1] else { continue }
            let path = fields[5...].joined(separator: " ")
            guard path.hasPrefix("/"), let image = FileManager.default.contents(atPath: path) else { return nil }
            var hash = ContentHash()
            image.withUnsafeBytes { hash.combine($0) }
            return hash.hexDigest
        }
        return nil
    }()
}
