/// The real data sets shipped in the repository's `data/` folder, for `Dataset.named(_:)`.
public enum DatasetName: String, CaseIterable, Sendable {
    /// scikit-learn's handwritten digits: 1,797 images of 8 × 8 pixels (grey levels 0–16), 10 classes.
    case digits
    /// Fisher's iris: 150 flowers, 4 measurements, 3 species.
    case iris
    /// The UCI wine recognition set: 178 wines, 13 chemical measurements, 3 cultivars.
    case wine
    /// Breast cancer Wisconsin (diagnostic): 569 tumours, 30 cell-nucleus features, malignant or benign.
    case breastCancer
    /// The Palmer penguins: 342 of 344 penguins (2 lack every measurement), 4 measurements, 3 species.
    case penguins
}

extension DatasetName {
    /// The name for tables and figure titles ("breast cancer").
    public var title: String { self == .breastCancer ? "breast cancer" : rawValue }
}
