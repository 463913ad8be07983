/// A loss that describes itself for the catalogue: it says by hand only what the code cannot
/// know (`catalogueEntry`), and its card reads every setting from the values themselves.
public protocol CataloguedLoss: Loss {
    /// The type of the paper's preset (the loss itself, or the loss mined or regularized).
    associatedtype Preset: Loss
    /// The paper's settings.
    static var paper: Preset { get }
    /// The paper, formula, family and PML counterparts.
    static var catalogueEntry: CatalogueEntry { get }
    /// Stored properties that are state carried across steps, not settings (a running histogram).
    static var carriedState: Set<String> { get }
}

extension CataloguedLoss {
    public static var carriedState: Set<String> { [] }

    /// The card of this value: the entry's facts, this value's settings as the defaults, and
    /// what `.paper` sets differently (`LossCatalogue` makes each card from `init()`).
    public var card: LossCard {
        let defaults = LossSetting.settings(of: self, hiding: Self.carriedState)
        let preset = LossSetting.settings(of: Self.paper, hiding: Self.carriedState)
        let entry = Self.catalogueEntry
        return LossCard(name: name, type: String(describing: Self.self), family: entry.family,
                        paper: entry.paper, equation: entry.equation,
                        pytorchMetricLearning: entry.pytorchMetricLearning,
                        defaults: defaults, preset: preset.filter { !defaults.contains($0) })
    }
}
