import Foundation

/// Code in the library's own image, whose address tells which loaded file holds the library (a
/// variable's might lie in memory no file backs).
private func imageAnchor() {}

extension RunCache {
    /// What identifies the library build that trains: a hash of the loaded file that holds this
    /// code (libMetricLab.so, or a program it is linked into). Every change to the library changes
    /// it, so no run of an older build is ever returned; nil when the file cannot be found or read
    /// (then nothing is cached).
    static let libraryBuild: String? = {
        let address = unsafeBitCast(imageAnchor as @convention(c) () -> Void, to: UInt.self)
        guard let object = LoadedObject.containing(address),
              let image = FileManager.default.contents(atPath: object.path) else { return nil }
        var hash = ContentHash()
        image.withUnsafeBytes { hash.combine($0) }
        return hash.hexDigest
    }()
}
