extension LossCurves {
    /// The loss curves of `runs` on shared axes, each named by its loss (or by `names`, one a run,
    /// when the runs share a loss).
    public init(of runs: [Run], names: [String]? = nil, title: String? = nil, logScale: Bool = false,
                smoothing: Int? = nil) {
        precondition(names == nil || names?.count == runs.count,
                     "LossCurves: \(names?.count ?? 0) names for \(runs.count) runs")
        self.init(runs.enumerated().map { k, run in Series(names?[k] ?? run.name, run.losses) },
                  title: title, logScale: logScale, smoothing: smoothing)
    }
}
