/// Named groups of values as rows of dots, one row a group from the top down, each group's mean a
/// bar across its row: the spread of seeds behind a ranking, which a table's mean ± std hides.
public struct Strips: Figure {
    let groups: [(name: String, values: [Double])]
    let xLabel: String
    let title: String?

    /// Rows of `groups`' values (a dot each) in the order given, with `xLabel` under the axis.
    public init(_ groups: [(name: String, values: [Double])], xLabel: String = "value", title: String? = nil) {
        self.groups = groups
        self.xLabel = xLabel
        self.title = title
    }

    /// The mean of a group's finite values; NaN (not drawn) when it has none.
    static func mean(_ values: [Double]) -> Double {
        let finite = values.filter(\.isFinite)
        return finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
    }

    public func gnuplotBody() -> String {
        let rows = Array(groups.enumerated())
        let tics = rows.map { "\(gnuplotQuoted($1.name)) \($0)" }.joined(separator: ", ")
        let dots = rows.flatMap { row, group in group.values.map { "\(gnuplotNumber($0)) \(row)" } }
        let bars = rows.map { row, group in "\(gnuplotNumber(Self.mean(group.values))) \(gnuplotNumber(Double(row) - 0.4))" }
        return ([title.map { "set title \(gnuplotQuoted($0))" } ?? "unset title",
                 "set ytics (\(tics))",
                 "set yrange [\(gnuplotNumber(Double(max(groups.count, 1)) - 0.5)):-0.5]",
                 "set xlabel \(gnuplotQuoted(xLabel))",
                 "set grid xtics",
                 "set key off",
                 "$dots << EOD"] + dots + ["EOD", "$means << EOD"] + bars + ["EOD",
                 "plot $dots using 1:2 with points pt 7 ps 0.7 lc rgb '\(Palette.positive)', \\",
                 "     $means using 1:2:(0):(0.8) with vectors nohead lw 3 lc rgb '\(Palette.neutral)'"])
            .joined(separator: "\n")
    }
}
