import Foundation

/// Puts a gradient check into the notebook as a table: a row per input, its shape, its largest
/// error against finite differences and its largest gradient entry.
public func table(_ check: GradientCheck) {
    table(check.inputs.map { input in
        [input.name, "\(input.rows)×\(input.cols)", String(format: "%.1e", input.largestError),
         String(format: "%.3g", input.largestGradient)]
    }, columns: ["input", "shape", "largest error", "largest |gradient|"])
}
