import Foundation

/// Images embedded in the page, so that it stands alone.
extension HTMLExporter {
    /// Image types that are embedded, by file extension.
    static let imageTypes = ["png": "image/png", "gif": "image/gif", "svg": "image/svg+xml", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"]

    /// Replaces each `<img src="relative path">` naming an image file inside `root` with the
    /// image's bytes as a data URL. The path is read as a browser would: character references
    /// and percent escapes decoded, a `<…>` destination unwrapped. Anything else (a file outside
    /// the project, a file that is not an image) stays a link, so no page carries a file it should not.
    static func embedImages(in html: String, relativeTo folder: String, within root: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let range = rest.range(of: "<img src=\"") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let source = rest.prefix { $0 != "\"" }
            rest = rest.dropFirst(source.count)
            if let path = imagePath(String(source), relativeTo: folder, within: root),
               let type = imageTypes[(path as NSString).pathExtension.lowercased()],
               let data = FileManager.default.contents(atPath: path) {
                result += "data:\(type);base64,\(data.base64EncodedString())"
            } else {
                result += source
            }
        }
        return result + rest
    }

    /// The file an image source names, when it is a relative or absolute path inside `root`.
    static func imagePath(_ source: String, relativeTo folder: String, within root: String) -> String? {
        var destination = HTMLText.unescape(source).trimmingWhitespace()
        if destination.hasPrefix("<"), destination.hasSuffix(">") {
            destination = destination.dropFirst().dropLast()
        }
        guard !destination.isEmpty, !destination.contains(":") else { return nil }
        let decoded = destination.removingPercentEncoding ?? String(destination)
        let path = ((decoded.hasPrefix("/") ? decoded : (folder as NSString).appendingPathComponent(decoded)) as NSString).resolvingSymlinksInPath
        let base = (root as NSString).resolvingSymlinksInPath
        return path.hasPrefix(base.hasSuffix("/") ? base : base + "/") ? path : nil
    }
}
