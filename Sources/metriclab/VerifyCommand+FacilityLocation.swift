import MetricLab
import MetricLabVerification

extension VerifyCommand {
    /// Checks a `"format": "facility-location"` file with `FacilityLocationFixtures`.
    static func checkFacilityLocation(_ root: FixtureField, tolerance: Double) throws -> FixtureReport {
        try FacilityLocationFixtures(root).check(tolerance: tolerance)
    }
}
