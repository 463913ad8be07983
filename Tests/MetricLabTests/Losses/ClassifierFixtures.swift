import Foundation
import MetricLab
import MetricLabTestSupport

/// One case of `../shared/fixtures/pml-reference.json`, read directly by the tests of the
/// classifier and contrastive losses: PML's value and gradients for its inputs.
struct ClassifierFixture {
    let embeddings: Tensor
    let labels: [Int]
    let weights: Tensor?
    let value: Double
    let gradient: Tensor
    let weightGradient: Tensor?

    /// `shared/fixtures/pml-reference.json` beside the package root (`../shared`) or beside one of
    /// its ancestors, so that a worktree one level deeper finds it too.
    static let fixtureURL: URL? = {
        var directory = URL(fileURLWithPath: #filePath)
        for _ in 0 ..< 4 { directory.deleteLastPathComponent() }
        while directory.path != "/" {
            directory.deleteLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/fixtures/pml-reference.json")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// The first case for the PML class `loss`, with the file's embeddings and labels unless it has its own.
    init(_ loss: String) throws {
        guard let url = Self.fixtureURL else { throw CocoaError(.fileNoSuchFile) }
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let cases = file["cases"] as! [[String: Any]]
        guard let found = cases.first(where: { $0["loss"] as? String == loss }) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no case for \(loss)"])
        }
        func matrix(_ value: Any?) -> Tensor? { (value as? [[Double]]).map { Tensor($0) } }
        embeddings = matrix(found["embeddings"] ?? file["embeddings"])!
        labels = (found["labels"] ?? file["labels"]) as! [Int]
        weights = matrix((found["parameters"] as? [String: Any])?["W"])
        value = found["value"] as! Double
        gradient = matrix(found["gradient"])!
        weightGradient = matrix((found["parameterGradients"] as? [String: Any])?["W"])
    }

    /// The largest error of `loss` against this case: value, embedding gradient and W's gradient.
    func error(of loss: some Loss) -> Double {
        let points = [embeddings] + (weights.map { [$0] } ?? [])
        let (value, gradients) = valueWithGradient(at: points) { loss($0[0], labels: labels, parameters: Array($0.dropFirst())) }
        var worst = max(abs(value - self.value), maxAbsDifference(gradients[0].scalars, gradient.scalars))
        if let weightGradient { worst = max(worst, maxAbsDifference(gradients[1].scalars, weightGradient.scalars)) }
        return worst
    }
}
