/// Every loss of the library, each described by itself (`CataloguedLoss.card`): what the
/// catalogue notebook renders, and what a test checks against the loss types in the source.
public enum LossCatalogue {
    /// The cards of every loss, family by family, each family in order of publication.
    public static let cards: [LossCard] = LossFamily.allCases.flatMap { cards(in: $0) }

    /// The cards of `family`'s losses, oldest paper first (then by name).
    public static func cards(in family: LossFamily) -> [LossCard] {
        everyLoss.map { $0.card }.filter { $0.family == family }.sorted { ($0.paper.year, $0.name) < ($1.paper.year, $1.name) }
    }

    /// The cards of `family` as Markdown, one section a loss, for a notebook's `markdown(_:)`.
    public static func markdown(_ family: LossFamily) -> String {
        cards(in: family).map(\.markdown).joined(separator: "\n\n")
    }

    /// Every loss with its default settings, in no particular order (`cards(in:)` orders them).
    static let everyLoss: [any CataloguedLoss] = [
        Angular(), ArcFace(), CLIP(), Center(), Circle(), Contrastive(), CosFace(), DVML(), DeepClustering(),
        DynamicSoftMargin(),
        FacilityLocation(), FastAP(), HistogramLoss(), InstanceLoss(), InstanceSpreading(), IntraPairVariance(),
        LSoftmax(), LiftedStructure(), MMC(), Magnet(), Manifold(), Margin(), MultiSimilarity(), NCA(), NPair(),
        NTXent(), NormalizedSoftmax(), P2SGrad(), PNP(), Prototypical(), ProxyAnchor(), ProxyNCA(), Quadruplet(), RankedList(),
        SignalToNoiseRatioContrastive(), SmoothAP(), SoftTriple(), Softmax(), SphereFace(), SubCenterArcFace(),
        SupCon(), ThresholdConsistentMargin(), Triplet(), TupletMargin(), VICReg(),
    ]
}
