import Foundation

/// The links of a site's pages, made to work from `file://` and from any static host: every
/// relative `href` or `src` that names a notebook of the site points at its page, every other
/// file of the project is copied into the site's `files/` folder and linked there, and a link to
/// anything else is an error, so that the site never has a broken link.
struct SiteLinks {
    /// The project the notebooks belong to: the only files a site copies.
    var root: String
    /// Each notebook's file (standardized, links resolved) and the link to its page.
    var pages: [String: String]
    /// The project files the pages link to, by their place in the site (`files/figures/NAME/fig.pdf`).
    private(set) var copies: [String: String] = [:]

    /// The folder copied files go to inside the site.
    static let filesFolder = "files"

    /// Links of a site whose notebooks, pages and project root are given.
    init(root: String, pages: [String: String]) {
        self.root = Self.canonical(root)
        self.pages = Dictionary(pages.map { (Self.canonical($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// `html` with its relative links rewritten for the site, read from `folder`; `document`
    /// names the page's source in errors.
    mutating func rewrite(_ html: String, from folder: String, document: String) throws -> String {
        try HTMLText.replacingLinks(in: html) { value in
            try target(of: HTMLText.unescape(value), from: folder, document: document).map(HTMLText.escape) ?? String(value)
        }
    }

    /// The site's link for `link`, or nil when it stays as it is (a fragment, a URL with a scheme, an embedded image).
    private mutating func target(of link: String, from folder: String, document: String) throws -> String? {
        var destination = link.trimmingWhitespace()
        if destination.hasPrefix("<"), destination.hasSuffix(">") {
            destination = destination.dropFirst().dropLast()
        }
        guard !destination.isEmpty, !destination.hasPrefix("#"), !Self.hasScheme(destination) else { return nil }
        let fragmentStart = destination.firstIndex { $0 == "#" || $0 == "?" } ?? destination.endIndex
        let fragment = destination[fragmentStart...]
        let encoded = destination[..<fragmentStart]
        let decoded = encoded.removingPercentEncoding ?? String(encoded)
        let path = Self.canonical(decoded.hasPrefix("/") ? decoded : (folder as NSString).appendingPathComponent(decoded))
        if let page = pages[path] {
            return page + fragment
        }
        let base = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(base), POSIXFile.kind(of: path) == .file else {
            throw FileError(path: document, message: "links to \(link), which is not a file of the project (\(root)): the site would have a broken link")
        }
        let place = Self.filesFolder + "/" + path.dropFirst(base.count)
        copies[place] = path
        return place.split(separator: "/").map { NotebookPaths.percentEncoded(String($0)) }.joined(separator: "/") + fragment
    }

    /// Whether `link` starts with a URL scheme (`https:`, `mailto:`, `data:`), as a browser reads it.
    private static func hasScheme(_ link: Substring) -> Bool {
        guard let colon = link.firstIndex(of: ":") else { return false }
        let scheme = link[..<colon]
        return !scheme.isEmpty && scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// `path` absolute, standardized and with its links resolved, so that two names of one file compare equal.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return ((absolute as NSString).standardizingPath as NSString).resolvingSymlinksInPath
    }
}
