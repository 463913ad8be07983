import Foundation
import MetricLabVerification

extension PMLFixtures {
    /// Fixtures parsed from JSON text, as if read from a file named `file`.
    init(text: String, file: String = "test.json") throws {
        try self.init(FixtureField(JSONValue.parse(Data(text.utf8), file: file), file: file))
    }
}
