import MetricLab
import MetricLabVerification
import MetricLabTestSupport

/// The verification harness's check of the first case for PML class `className` in
/// `shared/fixtures/pml-reference.json`, mapped with the classifier table.
func classifierFixtureCheck(_ className: String) throws -> FixtureCheck {
    let fixtures = try PMLFixtures(contentsOf: sharedFixturePath("pml-reference.json") ?? "shared/fixtures/pml-reference.json")
    let cases = try fixtures.cases.map { try $0.get() }
    guard let found = cases.first(where: { $0.loss.className == className }) else {
        return FixtureCheck(name: className, failure: "no case in the fixture file", tolerance: 1e-6)
    }
    return PMLFixtures.check(found, mappings: PMLMappings.classifiers)
}

extension FixtureCheck {
    /// The check's outcome in one line, for test messages.
    var summary: String {
        "\(name): \(failure ?? measurements.map { "\($0.label) \($0.error)" }.joined(separator: ", "))"
    }
}
