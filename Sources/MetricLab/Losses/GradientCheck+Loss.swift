extension GradientCheck {
    /// Checks `loss` on `embeddings` with `labels`: the gradient with respect to the embeddings
    /// and to each of the loss's own parameters (a learned β, proxies), which are named as the
    /// loss names them. Make `parameters` with the loss's `makeParameters` when it has any.
    public init(_ loss: some Loss, embeddings: Tensor, labels: [Int], parameters: LossParameters = .none,
                step h: Double = 1e-5) throws {
        try self.init(at: [embeddings] + parameters.tensors, names: ["embeddings"] + parameters.names, step: h) { inputs in
            try loss(inputs[0], labels: labels, parameters: parameters.replacing(Array(inputs.dropFirst())))
        }
    }
}
