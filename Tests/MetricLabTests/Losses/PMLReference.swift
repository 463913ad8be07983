import Foundation
import MetricLab

/// A case of `../shared/fixtures/pml-reference.json` as plain values, read straight from the JSON
/// so that loss tests can check PML's numbers before the verification harness is at hand.
struct PMLReference {
    let embeddings: Tensor
    let labels: [Int]
    let parameters: [String: Tensor]
    let value: Double
    let gradient: Tensor
    let parameterGradients: [String: Tensor]

    /// The fixture file, found from this source file's path (the package sits in /work/…/wt/NAME or
    /// /work/main; the fixtures in /work/shared).
    static let file: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared/fixtures/pml-reference.json")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        fatalError("pml-reference.json not found above \(#filePath)")
    }()

    /// The first case of PML class `loss`, with or without a miner.
    init(_ loss: String, mined: Bool = false) throws {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.file)) as! [String: Any]
        let cases = root["cases"] as! [[String: Any]]
        guard let c = cases.first(where: { $0["loss"] as? String == loss && (($0["miner"] as? [String: Any]) != nil) == mined })
        else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "no case \(loss)"]) }
        func matrix(_ any: Any?) -> Tensor { Tensor((any as! [[Any]]).map { $0.map { ($0 as! NSNumber).doubleValue } }) }
        embeddings = matrix(c["embeddings"] ?? root["embeddings"])
        labels = ((c["labels"] ?? root["labels"]) as! [Any]).map { ($0 as! NSNumber).intValue }
        parameters = ((c["parameters"] as? [String: Any]) ?? [:]).mapValues(matrix)
        value = (c["value"] as! NSNumber).doubleValue
        gradient = matrix(c["gradient"])
        parameterGradients = ((c["parameterGradients"] as? [String: Any]) ?? [:]).mapValues(matrix)
    }

    /// The largest errors of `loss` against the case: value, ∂embeddings, then each named parameter.
    func errors(of loss: some Loss, parameters names: [String] = []) -> [Double] {
        let given = names.map { parameters[$0]! }
        let (v, g) = valueWithGradient(at: [embeddings] + given) { x in
            loss(x[0], labels: labels, parameters: Array(x.dropFirst()))
        }
        func worst(_ a: Tensor, _ b: Tensor) -> Double {
            zip(a.scalars, b.scalars).reduce(0) { Swift.max($0, Swift.abs($1.0 - $1.1)) }
        }
        return [Swift.abs(v - value), worst(g[0], gradient)]
            + names.enumerated().map { k, name in worst(g[k + 1], parameterGradients[name]!) }
    }
}
