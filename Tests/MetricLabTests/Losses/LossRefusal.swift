import MetricLab
import Testing

/// Expects `body` to throw a `LossError` whose message contains `fragment`.
func expectRefused(_ fragment: String, sourceLocation: SourceLocation = #_sourceLocation, by body: () throws -> Any) {
    let error = #expect(throws: LossError.self, sourceLocation: sourceLocation) { _ = try body() }
    #expect(error?.message.contains(fragment) == true, "message: \(error?.message ?? "none")", sourceLocation: sourceLocation)
}
