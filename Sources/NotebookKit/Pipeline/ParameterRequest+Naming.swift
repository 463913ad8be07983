import Foundation

extension ParameterRequest {
    /// Where the run is written: the notebook itself when nothing is given or when overwriting,
    /// otherwise `NAME@a=1,b=x.md` beside it, with its own figure folder and cache entries.
    ///
    /// The name holds the values as given, sorted by name, so that the same `-P` arguments in any
    /// order write the same file. It is safe on every common file system: letters, digits, `-`,
    /// `.`, `_` stay, `@`, `=` and `,` join them, and any other byte is written `%XX`
    /// (no `/`, `\`, `:`, `*`, `?`, `"`, `<`, `>`, `|` or control character can appear); a name
    /// longer than 200 bytes is cut and ends in a hash of the whole, so that it stays unique.
    public func resultPaths(for paths: NotebookPaths) -> NotebookPaths {
        guard !isEmpty, !overwrite else { return paths }
        let folder = (paths.notebook as NSString).deletingLastPathComponent
        let file = (folder as NSString).appendingPathComponent(Self.resultName(notebook: paths.name, assignments) + ".md")
        return NotebookPaths(notebook: file, cache: paths.cache)
    }

    /// The result's name for `assignments` of the notebook called `notebook`.
    static func resultName(notebook: String, _ assignments: [Assignment]) -> String {
        let suffix = assignments.map { "\(encoded($0.name))=\(encoded($0.value))" }.joined(separator: ",")
        let name = "\(notebook)\(separator)\(suffix)"
        guard name.utf8.count > maximumLength else { return name }
        var hash = StableHash()
        hash.combine(name)
        let kept = String(decoding: name.utf8.prefix(maximumLength - 17), as: UTF8.self).filter { $0 != "\u{FFFD}" }
        return kept + "~" + hash.hexDigest.prefix(16)
    }

    /// Whether `file`, in a folder holding `files`, is a parameterised result rather than a
    /// notebook: `A@….md` beside a notebook `A.md`. A folder run skips it; named on its own it
    /// runs as the notebook it is (its parameters cell holds the values it ran with).
    public static func isResult(_ file: String, among files: Set<String>) -> Bool {
        guard file.hasSuffix(".md") else { return false }
        let stem = file.dropLast(3)
        return stem.indices.contains { stem[$0] == separator && $0 != stem.startIndex && files.contains(stem[..<$0] + ".md") }
    }

    /// What joins the notebook's name to its parameters.
    static let separator: Character = "@"

    /// The longest result name in bytes, below the 255 every common file system allows.
    static let maximumLength = 200

    /// `text` with every byte but ASCII letters, digits, `-`, `.` and `_` written `%XX`.
    static func encoded(_ text: String) -> String {
        text.utf8.map { byte in
            let scalar = Unicode.Scalar(byte)
            let kept = byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || "-._".unicodeScalars.contains(scalar))
            return kept ? String(scalar) : String(format: "%%%02X", byte)
        }.joined()
    }
}
