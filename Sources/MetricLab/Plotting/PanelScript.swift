/// The gnuplot text of one panel as its layers add to it: data blocks, settings, plot clauses.
struct PanelScript {
    /// One entry of the legend, drawn as a `keyentry` rather than by the clause itself, so that
    /// its sample has a readable size and classes come before edges and arrows in the legend.
    struct KeyEntry: Equatable {
        let title: String
        /// A `with …` specification of the entry's sample.
        let sample: String
        /// Entries sort by rank, then by order of appearance: classes (0) before other marks (1).
        let rank: Int

        /// The plot clause that draws the entry.
        var clause: String { "keyentry \(sample) title \(gnuplotQuoted(title))" }
    }

    /// Number of data blocks defined so far in the whole script, so that names never collide.
    private(set) var blockCount: Int
    private(set) var blocks: [String] = []
    private(set) var settings: [String] = []
    private(set) var clauses: [String] = []
    private var entries: [KeyEntry] = []

    /// The legend entries, classes first.
    var keyEntries: [KeyEntry] {
        entries.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

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

    /// Adds a plot clause drawing `source` with `style`, and a legend entry for `title` (drawn with
    /// `sample`, or `style`) unless the legend has one with that title or sample already, so a
    /// class drawn by two layers has one entry.
    mutating func addClause(_ source: String, style: String, title: String? = nil, sample: String? = nil,
                            rank: Int = 1) {
        clauses.append("\(source) \(style) notitle")
        let sample = sample ?? style
        if let title, !entries.contains(where: { $0.title == title || $0.sample == sample }) {
            entries.append(KeyEntry(title: title, sample: sample, rank: rank))
        }
    }
}
