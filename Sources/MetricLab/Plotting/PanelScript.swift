/// The gnuplot text of one panel as its layers add to it: data blocks, settings, plot clauses.
struct PanelScript {
    /// One entry of the legend, with a sample that can be drawn without data (for a shared legend).
    struct KeyEntry: Equatable {
        let title: String
        /// A `with …` specification that draws the entry's sample from the function `NaN`.
        let sample: String
    }

    /// Number of data blocks defined so far in the whole script, so that names never collide.
    private(set) var blockCount: Int
    private(set) var blocks: [String] = []
    private(set) var settings: [String] = []
    private(set) var clauses: [String] = []
    private(set) var keyEntries: [KeyEntry] = []

    init(blockCount: Int) {
        self.blockCount = blockCount
    }

    /// Defines an inline data block holding `lines` and returns its name.
    mutating func addBlock(_ lines: [String]) -> String {
        blockCount += 1
        let name = "$data\(blockCount)"
        blocks.append(([name + " << EOD"] + lines + ["EOD"]).joined(separator: "\n"))
        return name
    }

    /// Adds a command run before the panel's `plot`.
    mutating func addSetting(_ command: String) {
        settings.append(command)
    }

    /// Adds a plot clause drawing `source` with `style`; a title already in the legend is not
    /// repeated, so a class drawn by two layers has one entry.
    mutating func addClause(_ source: String, style: String, title: String? = nil, sample: String? = nil) {
        var clause = "\(source) \(style)"
        if let title, !keyEntries.contains(where: { $0.title == title }) {
            clause += " title \(gnuplotQuoted(title))"
            keyEntries.append(KeyEntry(title: title, sample: sample ?? style))
        } else {
            clause += " notitle"
        }
        clauses.append(clause)
    }
}
