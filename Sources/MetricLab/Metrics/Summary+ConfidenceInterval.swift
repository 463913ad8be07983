extension Summary {
    /// The two-sided Student's t interval for the mean at `level` (0.95 for 95%):
    /// mean ± t_{(1+level)/2, n−1} · standardError. It assumes the values independent draws of
    /// one roughly normal score (one per seed); with n − 1 degrees of freedom it is honest about
    /// how little a handful of seeds says. NaN ends for fewer than two values.
    public func confidenceInterval(level: Double = 0.95) -> ConfidenceInterval {
        guard level > 0 && level < 1 else {
            fatalError("Summary.confidenceInterval: the level must lie strictly between 0 and 1, got \(level)")
        }
        guard count >= 2 else { return ConfidenceInterval(level: level, mean: mean, halfWidth: .nan) }
        let t = StudentT(degreesOfFreedom: Double(count - 1)).quantile((1 + level) / 2)
        return ConfidenceInterval(level: level, mean: mean, halfWidth: t * standardError)
    }
}
