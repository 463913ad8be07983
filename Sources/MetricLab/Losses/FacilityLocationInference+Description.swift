import Foundation

extension FacilityLocationInference: CustomStringConvertible {
    /// The search step by step, for a notebook cell to print: each greedy step's medoid, F, Δ and
    /// F + γΔ, the medoids after each PAM sweep, the oracle medoids and the terms of the loss.
    public var description: String {
        func number(_ x: Double) -> String { String(format: "%.4f", x) }
        var lines = ["facility location, γ = \(number(marginMultiplier)), \(medoids.count) medoids for \(labels.count) points",
                     "greedy step | medoid | F | Δ | F + γΔ"]
        for (t, step) in greedySteps.enumerated() {
            lines.append("\(t + 1) | \(step.medoid) | \(number(step.facilityEnergy)) | \(number(step.margin)) | \(number(step.augmentedScore))")
        }
        for (s, sweep) in sweeps.enumerated() { lines.append("PAM sweep \(s + 1): medoids \(sweep)") }
        lines.append("medoids \(medoids), oracle medoids \(oracleMedoids) (classes \(classes))")
        lines.append("F = \(number(facilityEnergy)), F̃ = \(number(oracleScore)), score = \(number(clusteringScore)), "
                     + "Δ = \(number(margin)), loss = \(number(loss))")
        return lines.joined(separator: "\n")
    }
}
