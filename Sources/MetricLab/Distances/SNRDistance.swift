/// The signal-to-noise ratio distance of Yuan et al. 2019 ("Signal-To-Noise Ratio: A Robust
/// Distance Metric for Deep Metric Learning", eq. 4): the variance of the difference, as noise,
/// over the variance of the anchor, as signal,
///
///     d(xᵢ, yⱼ) = var(xᵢ − yⱼ) / var(xᵢ),
///
/// variances taken over the coordinates of a row. It is not symmetric. With each row centred
/// (x̃ = x − mean x) the common 1/(D − 1) cancels, so d = ‖x̃ᵢ − ỹⱼ‖² / ‖x̃ᵢ‖². PML's SNRDistance
/// L2-normalises the rows first by default, as here.
public struct SNRDistance: Distance {
    /// Whether rows are L2-normalised first (PML's default).
    public var normalized: Bool

    /// The SNR distance; normalised rows by default, as PML's.
    public init(normalized: Bool = true) {
        self.normalized = normalized
    }

    public var ordering: DistanceOrdering { .smallerIsCloser }

    public func matrix(_ x: Tensor, _ y: Tensor) -> Tensor {
        let (a, b) = normalized ? (x.l2NormalizedRows(), y.l2NormalizedRows()) : (x, y)
        let centredA = a - a.rowMeans(), centredB = b - b.rowMeans()
        return centredA.pairwiseSquaredDistances(centredB) / centredA.squared().rowSums()
    }
}
