import Foundation

/// Sentence embeddings of class names, read from a committed file: the language side of language
/// guidance (Roth, Vinyals & Akata 2022). A script ran the language model once over the names
/// (`data/language/embed_class_names.py`, all-MiniLM-L6-v2), so nothing at run time needs it.
///
/// The file is CSV: `#` lines of provenance, a header `name,text,e0,e1,…`, then a row per class
/// name: the name as a data set gives it, the text the model embedded, the embedding.
public struct LanguageEmbeddings: Sendable {
    /// The file that ships with MetricLab, in the data folder.
    public static let shippedFile = "language/minilm-class-names.csv"

    /// The class names, in the file's order.
    public let names: [String]
    /// The text embedded for each name.
    public let texts: [String]
    /// Each name's embedding, a row per name.
    public let vectors: [[Double]]

    /// Embeddings given directly, a row per name.
    public init(names: [String], texts: [String]? = nil, vectors: [[Double]]) {
        precondition(names.count == vectors.count, "LanguageEmbeddings: \(names.count) names for \(vectors.count) vectors")
        self.names = names
        self.texts = texts ?? names
        self.vectors = vectors
    }

    /// The embeddings in the file at `path`.
    /// - Throws: `CSVError` naming the file and line of a malformed row, a repeated name or a
    ///   width that differs from the header's.
    public init(contentsOfFile path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var names: [String] = [], texts: [String] = [], vectors: [[Double]] = []
        var width: Int?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let expected = width else {
                guard fields.count > 2, fields[0] == "name", fields[1] == "text" else {
                    throw CSVError(path: path, line: number, reason: "the header must be name,text, then one column per embedding coordinate")
                }
                width = fields.count - 2
                continue
            }
            guard fields.count == expected + 2 else {
                throw CSVError(path: path, line: number, reason: "\(fields.count) fields, the header has \(expected + 2)")
            }
            guard !names.contains(fields[0]) else {
                throw CSVError(path: path, line: number, reason: "the name '\(fields[0])' is given twice")
            }
            let values = fields[2...].map { Double($0) }
            if let bad = values.firstIndex(where: { $0 == nil || !$0!.isFinite }) {
                throw CSVError(path: path, line: number, reason: "coordinate \(bad) is '\(fields[bad + 2])', not a finite number")
            }
            names.append(fields[0])
            texts.append(fields[1])
            vectors.append(values.map { $0! })
        }
        guard width != nil, !names.isEmpty else { throw CSVError(path: path, line: nil, reason: "no embeddings in the file") }
        self.init(names: names, texts: texts, vectors: vectors)
    }

    /// The shipped embeddings, from the data folder (`DataFolder.resolve`: the folder given, else
    /// `$METRICLAB_DATA`, else `data/` under the working directory).
    public static func shipped(in folder: String? = nil) throws -> LanguageEmbeddings {
        try LanguageEmbeddings(contentsOfFile: DataFolder.resolve(explicit: folder).file(shippedFile))
    }

    /// The cosine similarity of every pair of `classNames`' embeddings, a row and column per name
    /// in the order given.
    /// - Throws: `LanguageEmbeddingsError.missingNames` naming every class name the file lacks.
    public func similarities(of classNames: [String]) throws -> [[Double]] {
        let missing = classNames.filter { !names.contains($0) }
        guard missing.isEmpty else { throw LanguageEmbeddingsError.missingNames(missing, known: names) }
        let unit = classNames.map { name -> [Double] in
            let v = vectors[names.firstIndex(of: name)!]
            let norm = Swift.max(v.reduce(0) { $0 + $1 * $1 }.squareRoot(), 1e-12)
            return v.map { $0 / norm }
        }
        return unit.map { a in unit.map { b in zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } } }
    }
}

/// Why language embeddings could not serve a data set's classes.
public enum LanguageEmbeddingsError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// Class names the embeddings file does not hold, and the names it does.
    case missingNames([String], known: [String])

    /// A sentence naming what is missing.
    public var description: String {
        switch self {
        case .missingNames(let missing, let known):
            "no language embedding for the class names \(missing.map { "'\($0)'" }.joined(separator: ", ")); the file has \(known.joined(separator: ", "))"
        }
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}
