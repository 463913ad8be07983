import Foundation

/// A line the running notebook program writes to stdout for the runner, among the cell's text.
///
/// The wire format, shared with NotebookKit's `RecordStream`: the record separator U+001E,
/// `metriclab:` and the run's token, a space, the kind, a space, and a JSON object of strings,
/// then a newline. The token comes from the runner, so that text a cell prints cannot pass for
/// a record.
struct NotebookRecord {
    /// The environment variables through which the runner configures a run.
    enum Environment {
        static let token = "METRICLAB_RUN_TOKEN"
        static let figureDirectory = "METRICLAB_FIGURES"
    }

    var kind: String
    var fields: [String: String]

    /// The record as one line.
    func line(token: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(fields)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "\u{1E}metriclab:\(token) \(kind) \(json)"
    }
}
