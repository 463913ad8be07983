import MetricLab
import MetricLabBenchmarks
import Testing

@Suite struct FacilityLocationBenchmarkTests {
    /// The benchmark's shape, not its speed: one result per size, the paper's C/m, the settings used.
    @Test func oneResultPerSizeWithThePapersClassRatio() throws {
        var rng = RNG(seed: 1)
        let results = try FacilityLocation().benchmark(sizes: [16, 32], budget: 0.01, using: &rng)
        #expect(results.map(\.batch) == [16, 32])
        #expect(results.map { $0.details["classes"] } == ["4", "8"])
        #expect(results.allSatisfy { $0.benchmark == "facility-location" && $0.details["refinement"] == "pam" })
        #expect(results.allSatisfy { $0.medianMicroseconds > 0 && $0.details["dim"] == "2" })
    }
}
