extension HTMLText {
    /// `html` with the value of every double-quoted `href` and `src` replaced by what `replace`
    /// makes of it (the value as written, still escaped); the rest of the page stays as it is.
    static func replacingLinks(in html: String, _ replace: (Substring) throws -> String) rethrows -> String {
        var result = ""
        var rest = Substring(html)
        while let attribute = [rest.range(of: " href=\""), rest.range(of: " src=\"")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
            result += rest[..<attribute.upperBound]
            rest = rest[attribute.upperBound...]
            let value = rest.prefix { $0 != "\"" }
            rest = rest.dropFirst(value.count)
            result += try replace(value)
        }
        return result + rest
    }
}
