import Foundation
import MetricLab

extension FixtureReport {
    /// The report as a Markdown table: case, MetricLab counterpart, value error, gradient errors,
    /// result; a failure to compute is printed in the gradient column.
    public var table: String {
        let header = ["case", "MetricLab", "value error", "gradient errors", "result"]
        let rows = checks.map { check -> [String] in
            let value = check.measurements.first { $0.label == "value" }.map { Self.format($0.error) } ?? "—"
            let gradients = check.failure ?? check.measurements.filter { $0.label != "value" }
                .map { "\($0.label) \(Self.format($0.error))" }.joined(separator: ", ")
            return [check.name, check.subject, value, gradients.isEmpty ? "—" : gradients, check.passed ? "pass" : "FAIL"]
        }
        let widths = header.indices.map { k in ([header] + rows).map { $0[k].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| " + zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// A one-line verdict: how many checks passed, and the tolerance.
    public var summary: String {
        let tolerance = checks.first.map { Self.format($0.tolerance) } ?? "—"
        return "\(file): \(checks.count - failures.count) of \(checks.count) checks pass (\(format), tolerance \(tolerance))"
    }

    /// An error in scientific notation with two significant digits.
    static func format(_ x: Double) -> String {
        x.isNaN ? "NaN" : String(format: "%.1e", x)
    }
}
