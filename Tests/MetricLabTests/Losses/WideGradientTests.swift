@testable import MetricLab
import MetricLabTestSupport
import Testing

/// Every loss of the catalogue on a batch of 32-D embeddings, far from the plane the notebooks
/// draw: its gradient with respect to the embeddings and to its own parameters (proxies, class
/// weights) against central differences, on raw and on L2-normalised embeddings. The batch is two
/// views of six examples stacked, so that the view losses (NT-Xent, CLIP, VICReg) and the class
/// losses read it alike.
@Suite struct WideGradientTests {
    static let width = 32
    static let labels = Array(0 ..< 6) + Array(0 ..< 6)

    @Test(arguments: LossCatalogue.everyLoss.map { $0.name })
    func gradientMatchesDifferencesIn32Dimensions(name: String) throws {
        let catalogued = try #require(LossCatalogue.everyLoss.first { $0.name == name })
        // Manifold's default draws a meta-class for each of 50 proxies from the batch; here each
        // example's class is its meta-class, as the manifold tests give them.
        let loss: any Loss = catalogued is Manifold ? Manifold(proxyCount: 6, metaClasses: Self.labels) : catalogued
        var rng = RNG(seed: 161)
        let parameters = loss.makeParameters(embeddingSize: Self.width, classes: 6, using: &rng)
        // P2SGrad's class weights follow PML's gradient, not the derivative of its value (its
        // normalisation is detached on purpose; P2SGradTests checks that gradient): only the
        // embeddings' gradient is a derivative to compare with differences.
        let checked = loss is P2SGrad ? [] : parameters.tensors
        let x = randomTensor(12, Self.width, seed: 162)
        for normalized in [false, true] {
            let embed = { (x: Tensor) in normalized ? x.l2NormalizedRows() : x }
            let check = try GradientCheck(at: [x] + checked, names: ["embeddings"] + parameters.names.prefix(checked.count)) { inputs in
                let held = parameters.replacing(checked.isEmpty ? parameters.tensors : Array(inputs.dropFirst()))
                // Circle's self-paced weights are constants of the step: the differences hold them at x.
                if let circle = loss as? Circle { return try circle(embed(inputs[0]), labels: Self.labels, weightsAt: embed(x)) }
                return try loss(embed(inputs[0]), labels: Self.labels, parameters: held)
            }
            #expect(check.largestError < 1e-6, "\(name)\(normalized ? " (L2-normalised)" : ""): \(check.inputs.map { "\($0.name) \($0.largestError)" })")
        }
    }
}
