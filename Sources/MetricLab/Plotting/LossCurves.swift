/// Loss (or any quantity) against training step for one or more named runs on shared axes: the raw
/// values faint, a moving average over them bold, markers where a metric was measured; a legend
/// of the runs' names when there are two or more.
public struct LossCurves: Figure {
    /// One run's values.
    public struct Series: Sendable {
        /// The legend title.
        public var name: String
        /// The value at each step.
        public var values: [Double]
        /// The step of each value; 0, 1, 2, … when nil.
        public var steps: [Int]?
        /// Steps at which a metric was measured, marked on the smoothed line.
        public var metricSteps: [Int]

        /// A run named `name` with a value per step.
        public init(_ name: String, _ values: [Double], steps: [Int]? = nil, metricSteps: [Int] = []) {
            self.name = name
            self.values = values
            self.steps = steps
            self.metricSteps = metricSteps
        }
    }

    let series: [Series]
    let title: String?
    let logScale: Bool
    let smoothing: Int?
    let yLabel: String

    /// Curves of `series` on shared axes.
    ///
    /// - Parameters:
    ///   - logScale: a logarithmic y axis (non-positive values are left out and counted in a note).
    ///   - smoothing: the moving-average window in steps; about 1/25 of the longest run when nil,
    ///     and 1 (no smoothing, no faint raw line) for short runs.
    public init(_ series: [Series], title: String? = nil, logScale: Bool = false, smoothing: Int? = nil,
                yLabel: String = "loss") {
        self.series = series
        self.title = title
        self.logScale = logScale
        self.smoothing = smoothing
        self.yLabel = yLabel
    }

    /// Curves of named value lists, in the order written: `LossCurves(["triplet": a, "lifted": b])`.
    public init(_ runs: KeyValuePairs<String, [Double]>, title: String? = nil, logScale: Bool = false,
                smoothing: Int? = nil, yLabel: String = "loss") {
        self.init(runs.map { Series($0.key, $0.value) }, title: title, logScale: logScale,
                  smoothing: smoothing, yLabel: yLabel)
    }

    /// The centred moving average of `values` over `window` steps, narrower at the ends; NaNs are
    /// skipped, so one diverged step does not erase its neighbourhood.
    static func movingAverage(_ values: [Double], window: Int) -> [Double] {
        let half = window / 2
        return values.indices.map { i in
            let neighbours = values[max(0, i - half) ... min(values.count - 1, i + half)].filter(\.isFinite)
            return neighbours.isEmpty ? .nan : neighbours.reduce(0, +) / Double(neighbours.count)
        }
    }

    /// One panel of every run's raw, smoothed and marked curves.
    public func layout() throws -> FigureLayout {
        for run in series {
            if let steps = run.steps, steps.count != run.values.count {
                throw FigureError("LossCurves '\(run.name)': \(run.values.count) values but \(steps.count) steps")
            }
        }
        let longest = series.map(\.values.count).max() ?? 0
        let window = max(1, smoothing ?? ((longest / 25) | 1))
        var panel = Panel(title: title, xLabel: "step", yLabel: yLabel, logScaleY: logScale, gridLines: true)
        // One curve needs no legend: its name would only repeat the panel's title or y label.
        let named = series.count > 1
        for (index, run) in series.enumerated() {
            let xs = (run.steps ?? Array(run.values.indices)).map(Double.init)
            let color = Palette.seriesColor(index)
            let smoothed = window > 1 ? Self.movingAverage(run.values, window: window) : run.values
            if window > 1 {
                panel.layers.append(CurveLayer(xs: xs, ys: run.values, color: color, dash: 1, lineWidth: 1,
                                               opacity: 0.3, title: nil))
            }
            let stepIndex = Dictionary(xs.enumerated().map { (Int($1), $0) }, uniquingKeysWith: { first, _ in first })
            var curve = CurveLayer(xs: xs, ys: smoothed, color: color, dash: Palette.seriesDash(index),
                                   lineWidth: 2, opacity: 1, title: named ? run.name : nil)
            curve.markers = run.metricSteps.compactMap { stepIndex[$0] }
            curve.markerShape = Palette.classShape(index)
            panel.layers.append(curve)
            let hidden = run.values.filter { !$0.isFinite || (logScale && $0 <= 0) }.count
            if hidden > 0 {
                let reason = logScale ? "not positive or not finite" : "not finite"
                panel.notes.append("\(run.name): \(hidden) of \(run.values.count) values \(reason), not drawn")
            }
        }
        return .single(panel)
    }
}
