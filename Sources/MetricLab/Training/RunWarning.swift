/// Something about a finished run that its numbers do not say by themselves; `Run.description`
/// prints each, so that a notebook printing a run shows it.
public enum RunWarning: Sendable, Equatable, CustomStringConvertible {
    /// The loss grew by orders of magnitude, from `first` at step 0 to `peak` at `step`: the run
    /// diverged (a learning rate too large, most often), even though every number stayed finite.
    case diverged(first: Double, peak: Double, step: Int)
    /// Every example is of one class: clustering scores (NMI) and retrieval scores are undefined,
    /// and come out as NaN.
    case singleClass
    /// No class has two examples: no example has a positive to retrieve, so Recall@K and MAP@R
    /// are undefined, and come out as NaN.
    case noPositives

    /// How many times larger than its first value (or than 1, if the first is smaller) the loss
    /// must grow for the run to count as diverged: three orders of magnitude, far beyond the
    /// ups and downs of a mini-batch loss.
    public static let divergenceFactor = 1e3

    /// The warnings that `losses` and `labels` call for.
    static func warnings(losses: [Double], labels: [Int]) -> [RunWarning] {
        var warnings: [RunWarning] = []
        if let first = losses.first, let peak = losses.indices.max(by: { abs(losses[$0]) < abs(losses[$1]) }),
           abs(losses[peak]) > divergenceFactor * Swift.max(abs(first), 1) {
            warnings.append(.diverged(first: first, peak: losses[peak], step: peak))
        }
        var classSizes: [Int: Int] = [:]
        for label in labels { classSizes[label, default: 0] += 1 }
        if classSizes.count == 1 {
            warnings.append(.singleClass)
        } else if !classSizes.values.contains(where: { $0 > 1 }) {
            warnings.append(.noPositives)
        }
        return warnings
    }

    public var description: String {
        switch self {
        case let .diverged(first, peak, step):
            "diverged: the loss grew from \(first) at step 0 to \(peak) at step \(step)"
        case .singleClass:
            "a single class: NMI and the retrieval scores are undefined (NaN)"
        case .noPositives:
            "no class has two examples: the retrieval scores are undefined (NaN)"
        }
    }
}
