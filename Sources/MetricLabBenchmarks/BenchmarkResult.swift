import Foundation
import MetricLab

/// One measured benchmark: what ran, at what size, how long it took and how much memory it held.
public struct BenchmarkResult: Sendable {
    /// The benchmark family (e.g. "training-step", "tensor", "facility-location").
    public let benchmark: String
    /// The loss or op measured, where there is one.
    public let loss: String?
    /// The batch size or problem size.
    public let batch: Int
    /// The median time of one run, in microseconds.
    public let medianMicroseconds: Double
    /// Further labelled facts (model, runs, peak memory in MiB).
    public let details: [String: String]

    /// A result.
    public init(benchmark: String, loss: String?, batch: Int, medianMicroseconds: Double, details: [String: String] = [:]) {
        self.benchmark = benchmark
        self.loss = loss
        self.batch = batch
        self.medianMicroseconds = medianMicroseconds
        self.details = details
    }

    /// One line of JSON with at least `benchmark`, `loss`, `batch` and `median_us`.
    public var jsonLine: String {
        var object: [String: Any] = ["benchmark": benchmark, "batch": batch,
                                     "median_us": (medianMicroseconds * 1000).rounded() / 1000]
        object["loss"] = loss ?? NSNull()
        for (k, v) in details { object[k] = v }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Peak resident memory of this process, in MiB, since the last `resetPeakMemory()` (Linux VmHWM).
public func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb / 1024
}

/// Starts a new peak-memory window (writing 5 to /proc/self/clear_refs resets VmHWM on Linux).
public func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}
