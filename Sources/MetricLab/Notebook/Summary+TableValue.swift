extension Summary: TableValue {
    /// "mean ± standard deviation", both with `digits` decimals: "0.123 ± 0.045".
    public func tableText(digits: Int) -> String {
        "\(mean.tableText(digits: digits)) ± \(standardDeviation.tableText(digits: digits))"
    }
}
