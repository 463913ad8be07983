import Foundation
import MetricLab

/// Timing of a repeated piece of work: the median and spread of many runs, in microseconds.
public struct Timing: Sendable {
    /// The median run.
    public let medianMicroseconds: Double
    /// The fastest run.
    public let minMicroseconds: Double
    /// How many runs were timed.
    public let runs: Int

    /// Times `body` after `warmup` untimed runs, running it until `runs` runs or `budget` seconds.
    public static func measure(warmup: Int = 3, runs: Int = 200, budget: Double = 2,
                               _ body: () throws -> Void) rethrows -> Timing {
        for _ in 0 ..< warmup { try body() }
        var samples: [Double] = []
        let deadline = Date().addingTimeInterval(budget)
        while samples.count < runs && (samples.count < 3 || Date() < deadline) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
        samples.sort()
        return Timing(medianMicroseconds: samples[samples.count / 2], minMicroseconds: samples[0], runs: samples.count)
    }
}
