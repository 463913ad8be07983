import Foundation

extension ProgressPrinter {
    /// How long training must have run before its live line appears: a run of a few seconds
    /// or less finishes before a reader could use it.
    static let trainingLineDelay = 2.0

    /// The live line of training runs in progress: steps done of planned, the rate so far, and
    /// the time left at that rate (the total time once every step is done).
    static func training(done: Int, planned: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let steps = "training \(done)/\(planned) steps · \(String(format: "%.0f", rate)) steps/s"
        guard done < planned else { return "\(steps) · done in \(duration(seconds, rounding: .toNearestOrAwayFromZero))" }
        guard rate > 0 else { return steps }
        return "\(steps) · \(duration(Double(planned - done) / rate, rounding: .up)) left"
    }

    /// `seconds` as a reader takes it in at a glance: `42 s`, `3 min 05 s`; time left is rounded
    /// up, so that it never reads 0 s before the end.
    static func duration(_ seconds: Double, rounding: FloatingPointRoundingRule) -> String {
        let whole = Int(seconds.rounded(rounding))
        return whole < 60 ? "\(whole) s" : String(format: "%d min %02d s", whole / 60, whole % 60)
    }
}
