/// A typed column of a table whose rows are values of type `Row`: its title, and how to read a
/// row's cell. Runs have ready-made columns (`.loss`, `.nmi`, `.recallAt1`, …); any other is one
/// closure away: `Column("mode separation") { separation($0.finalEmbedding) }`.
public struct Column<Row> {
    /// The header of the column.
    public let title: String
    /// The cell of the column for a row.
    public let value: (Row) -> any TableValue

    /// A column titled `title` whose cell for a row is `value(row)`.
    public init(_ title: String, _ value: @escaping (Row) -> any TableValue) {
        self.title = title
        self.value = value
    }

    /// The same column under another header.
    public func titled(_ title: String) -> Column {
        Column(title, value)
    }
}

/// Puts a table into the notebook with a row for each of `rows` and a cell for each of `columns`.
///
/// ```swift
/// table(runs, columns: [.loss, .nmi, .recallAt1, .mapAtR])
/// ```
public func table<Row>(_ rows: some Sequence<Row>, columns: [Column<Row>], digits: Int = 3) {
    markdown(MarkdownTable(rows, columns: columns, digits: digits).text)
}

/// Puts a table into the notebook with the cells `row` gives for each of `items`, under the
/// headers `columns`. The closure's result type is known here, so a cell of several statements
/// needs no `-> [any TableValue]`.
///
/// ```swift
/// table(runs, columns: ["loss", "mean positive distance"]) { run in
///     let pairs = PairDistances(run.finalEmbedding, labels: run.labels)
///     return [run.name, Summary(pairs.positive).mean]
/// }
/// ```
public func table<Item>(_ items: some Sequence<Item>, columns: [String], digits: Int = 3,
                        row: (Item) throws -> [any TableValue]) rethrows {
    markdown(try MarkdownTable(items, columns: columns, digits: digits, row: row).text)
}

extension MarkdownTable {
    /// The table of `rows` with a cell for each of `columns`.
    init<Row>(_ rows: some Sequence<Row>, columns: [Column<Row>], digits: Int) {
        self.init(values: rows.map { row in columns.map { $0.value(row) } }, columns: columns.map(\.title), digits: digits)
    }

    /// The table of the cells `row` gives for each of `items`.
    init<Item>(_ items: some Sequence<Item>, columns: [String], digits: Int,
               row: (Item) throws -> [any TableValue]) rethrows {
        self.init(values: try items.map(row), columns: columns, digits: digits)
    }
}
