/// How much method A gains over method B when both were scored over the same seeds: the mean of
/// the per-seed differences aᵢ − bᵢ with its Student's t interval at `level` (0.95 for 95%).
///
/// A paired interval: it measures the spread of the differences, not of each method's scores, so a
/// seed that is hard for both methods does not widen it. The scores must be paired, the i-th of each
/// from the same seed (and fold); `crossValidate`'s `perSeed` gives them in that order.
public func gain(_ a: [Double], over b: [Double], level: Double = 0.95) -> ConfidenceInterval {
    precondition(a.count == b.count, "gain(_:over:): \(a.count) scores against \(b.count); pair them seed by seed")
    return Summary(zip(a, b).map { $0 - $1 }).confidenceInterval(level: level)
}
