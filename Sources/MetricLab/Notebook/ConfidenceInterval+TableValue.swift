extension ConfidenceInterval: TableValue {
    /// "mean [lower, upper]", each with `digits` decimals: "0.412 [0.371, 0.453]".
    public func tableText(digits: Int) -> String {
        "\(mean.tableText(digits: digits)) [\(lower.tableText(digits: digits)), \(upper.tableText(digits: digits))]"
    }
}
