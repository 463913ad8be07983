import Foundation
import MetricLab

extension BenchmarkResult {
    /// The results as a fixed-width table for a terminal, one row each (a training step with its
    /// lower bound and its multiple of that bound), with the growth exponent
    /// of each loss and model over its sizes below (time ∝ batchᵏ).
    public static func table(_ results: [BenchmarkResult]) -> String {
        let header = ["benchmark", "loss / op", "model", "batch", "median µs", "min µs", "peak MiB", "bound µs", "× bound"]
        let rows = results.map { r in
            [r.benchmark, r.loss ?? "", r.details["model"] ?? "", "\(r.batch)",
             String(format: "%.1f", r.medianMicroseconds), r.details["min_us"] ?? "", r.details["peak_mib"] ?? "",
             r.details["bound_us"] ?? "", r.details["of_bound"].map { $0 + "×" } ?? ""]
        }
        var lines = format([header] + rows)
        let groups = Dictionary(grouping: results) { "\($0.benchmark) \($0.loss ?? "") \($0.details["model"] ?? "")" }
        let growth = groups.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }
        if !growth.isEmpty {
            lines.append("")
            lines.append("growth exponent k (time ∝ batchᵏ, least squares over the sizes):")
            for (key, group) in growth {
                lines.append("  \(key.trimmingCharacters(in: .whitespaces)): k = \(String(format: "%.2f", growthExponent(group)))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ cells: [[String]]) -> [String] {
        let widths = cells[0].indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c >= 3 ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
    }
}
