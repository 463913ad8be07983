import Testing
import MetricLab
import MetricLabVerification

/// The catalogue's PML names against the tables `metriclab verify` maps PML classes with: a card
/// names only classes the harness maps, and every PML loss the harness maps is on a card.
@Suite struct LossCatalogueMappingsTests {
    /// PML's compositions, mapped to MetricLab's wrappers, which have no card.
    static let compositions: Set<String> = ["CrossBatchMemory", "MultipleLosses", "SelfSupervisedLoss"]

    @Test func cardsNameExactlyTheMappedPMLLosses() {
        let named = LossCatalogue.cards.flatMap(\.pytorchMetricLearning)
        let mapped = Set(PMLMappings.all.keys).subtracting(Self.compositions)
        #expect(Set(named) == mapped, "on cards only: \(Set(named).subtracting(mapped).sorted()), mapped only: \(mapped.subtracting(named).sorted())")
        #expect(named.count == Set(named).count, "a PML class is on two cards")
    }

    /// The arguments PML requires of a class, beyond the sizes: PML gives them no default.
    static let required: [String: String] = [
        "P2SGradLoss": #"{"descriptors_dim": 4, "num_classes": 3}"#,
        "RankedListLoss": #"{"margin": 0.4, "Tn": 10}"#,
    ]

    /// ManifoldLoss takes its meta-classes from a case's indices tuple, which kwargs cannot give.
    static let builtOnlyFromACase: Set<String> = ["ManifoldLoss"]

    @Test func eachPMLNameMapsToItsCardsType() throws {
        for card in LossCatalogue.cards {
            for className in card.pytorchMetricLearning where !Self.builtOnlyFromACase.contains(className) {
                let sized = #"{"num_classes": 3, "embedding_size": 4}"#
                // Proxy and classifier losses need the sizes, the others refuse them; VICReg needs two views.
                let attempts = [Self.required[className], sized, "{}"].compactMap { $0 }
                let mapped = attempts.lazy.compactMap { kwargs in
                    (try? PMLMappings.loss(className, kwargs: kwargs, embeddingSize: 4, classes: 3))
                        ?? (try? PMLMappings.loss(className, kwargs: kwargs, embeddingSize: 4, classes: 3, views: true))
                }.first
                let type = mapped.map { String(describing: Swift.type(of: $0.loss)) }
                #expect(type == card.type, "\(className) maps to \(type ?? "nothing"), its card is \(card.type)")
            }
        }
    }
}
