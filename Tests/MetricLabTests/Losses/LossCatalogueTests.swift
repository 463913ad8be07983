import Foundation
import Testing
@testable import MetricLab

/// The loss catalogue: every loss type of the library has a card, each card is complete, and its
/// settings are read from the values themselves.
@Suite struct LossCatalogueTests {
    static let losses = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/MetricLab/Losses")

    /// The types the loss folder declares as losses: structs conforming to `Loss` or to one of its
    /// refinements, less the wrappers (a loss built around another) and `WeightedSum` (a sum of
    /// losses), which are compositions rather than losses of a paper.
    static func declaredLossTypes() throws -> Set<String> {
        let refinements = ["Loss", "ReferenceLoss", "LargeMarginSoftmax", "TupleStatefulLoss"]
        let files = try FileManager.default.contentsOfDirectory(atPath: losses.path).filter { $0.hasSuffix(".swift") }
        var types = Set<String>()
        for file in files {
            let text = try String(contentsOf: losses.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /public struct (\w+)(?:<[^>]*>)?: ([\w, ]+) \{/) {
                let conformances = match.2.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if conformances.contains(where: refinements.contains), !conformances.contains("LossWrapper") {
                    types.insert(String(match.1))
                }
            }
        }
        return types.subtracting(["WeightedSum"])
    }

    @Test func everyLossTypeHasExactlyOneCard() throws {
        let declared = try Self.declaredLossTypes()
        let carded = LossCatalogue.cards.map(\.type)
        #expect(declared.count >= 40, "the source scan found only \(declared.sorted())")
        #expect(Set(carded) == declared, "missing: \(declared.subtracting(carded).sorted()), extra: \(Set(carded).subtracting(declared).sorted())")
        #expect(carded.count == Set(carded).count, "a loss has two cards")
    }

    @Test func everyCardIsComplete() {
        for card in LossCatalogue.cards {
            let fields = [card.name, card.paper.authors, card.paper.title, card.paper.venue, card.paper.place, card.equation]
            #expect(!fields.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(card.type) has an empty field")
            #expect((1950 ... 2030).contains(card.paper.year), "\(card.type): year \(card.paper.year)")
            #expect(card.paper.place.hasPrefix("Eq") || card.paper.place.hasPrefix("§") || card.paper.place.hasPrefix("Figure")
                    || card.paper.place == "the whole paper", "\(card.type): place \(card.paper.place) is neither an equation nor a section")
            #expect(!card.defaults.isEmpty || card.type == "MMC", "\(card.type) shows no default settings")
            #expect(card.pytorchMetricLearning.allSatisfy { $0.hasSuffix("Loss") }, "\(card.type): \(card.pytorchMetricLearning)")
        }
    }

    @Test func familiesHoldEveryCardInOrderOfPublication() {
        let grouped = LossFamily.allCases.flatMap { LossCatalogue.cards(in: $0) }
        #expect(grouped.map(\.type) == LossCatalogue.cards.map(\.type))
        for family in LossFamily.allCases {
            let years = LossCatalogue.cards(in: family).map(\.paper.year)
            #expect(!years.isEmpty, "\(family) is empty")
            #expect(years == years.sorted(), "\(family): \(years)")
        }
    }

    @Test func defaultsAreReadFromTheValue() throws {
        let triplet = try #require(LossCatalogue.cards.first { $0.type == "Triplet" })
        #expect(triplet.defaults == LossSetting.settings(of: Triplet()))
        #expect(triplet.defaults.contains(LossSetting("margin", "0.05")))
        #expect(triplet.defaults.contains(LossSetting("distance", "Euclidean(squared: false, normalized: true)")))
        #expect(triplet.defaults.contains(LossSetting("reducer", ".meanOfPositive")))
        // A different value gives different settings: nothing is restated by hand.
        #expect(LossSetting.settings(of: Triplet(margin: 0.3)).contains(LossSetting("margin", "0.3")))
        #expect(Triplet(margin: 0.3).card.defaults != triplet.defaults)
    }

    @Test func presetShowsOnlyWhatThePaperChanges() throws {
        let triplet = try #require(LossCatalogue.cards.first { $0.type == "Triplet" })
        #expect(triplet.preset == [
            LossSetting("margin", "0.2"),
            LossSetting("distance", "Euclidean(squared: true, normalized: true)"),
            LossSetting("reducer", ".mean"),
            LossSetting("miner", "SemiHardNegatives(distance: Euclidean(squared: true, normalized: true))"),
        ])
        let proxyAnchor = try #require(LossCatalogue.cards.first { $0.type == "ProxyAnchor" })
        #expect(proxyAnchor.preset.isEmpty, "Proxy-Anchor's preset is its default: \(proxyAnchor.preset)")
        let snr = try #require(LossCatalogue.cards.first { $0.type == "SignalToNoiseRatioContrastive" })
        #expect(snr.preset == [LossSetting("regularizer", "ZeroMeanRegularizer(reducer: .mean)"), LossSetting("weight", "1"),
                             LossSetting("target", ".embeddings")])
    }

    @Test func stateCarriedAcrossStepsIsNoSetting() throws {
        let fresh = try #require(LossCatalogue.cards.first { $0.type == "DynamicSoftMargin" })
        #expect(!fresh.defaults.map(\.name).contains("histogram"))
        #expect(fresh.defaults.map(\.name) == ["minimum", "bins", "momentum", "power"])
        let facility = try #require(LossCatalogue.cards.first { $0.type == "FacilityLocation" })
        #expect(!facility.defaults.map(\.name).contains("epoch"))
        #expect(facility.preset == [LossSetting("marginDecay", "0.94")])
    }

    @Test func valuesReadAsSwift() {
        #expect(LossSetting.text(of: 28.6479) == "28.6479")
        #expect(LossSetting.text(of: 0.5 * 180 / Double.pi) == "28.6479")
        #expect(LossSetting.text(of: -2.0) == "-2")
        #expect(LossSetting.text(of: Reducer.threshold(low: 0.1, high: nil)) == ".threshold(low: 0.1, high: nil)")
        #expect(LossSetting.text(of: Reducer.perAnchor(.sum)) == ".perAnchor(.sum)")
        // Dictionaries have no order of their own; the text must not change from run to run.
        let bySubLoss = Reducer.bySubLoss([.positive: .sum, .negative: .meanOfPositive, .margin: .mean])
        #expect(LossSetting.text(of: bySubLoss) == ".bySubLoss([.margin: .mean, .negative: .meanOfPositive, .positive: .sum], otherwise: .mean)")
    }

    @Test func markdownShowsTheCardAsWritten() throws {
        let card = try #require(LossCatalogue.cards.first { $0.type == "MultiSimilarity" })
        let text = card.markdown
        #expect(text.hasPrefix("#### multi-similarity (`MultiSimilarity`)\n"))
        #expect(text.contains("Wang, Han, Huang, Dong & Scott, “Multi-Similarity Loss with General Pair Weighting for Deep Metric Learning”, CVPR 2019, §4. PML: `MultiSimilarityLoss`."))
        #expect(text.contains("```text\n\(card.equation)\n```"))
        #expect(text.contains("- `init()`: `alpha: 2`, `beta: 50`, `base: 0.5`, `distance: CosineSimilarity()`, `reducer: .mean`"))
        #expect(text.contains("- `.paper`: `base: 1`, `miner: MultiSimilarityMiner(epsilon: 0.1, distance: CosineSimilarity())`"))
        #expect(LossCard.plain("a_b*c") == "a\\_b\\*c")
        #expect(LossCard.plain("A & B &amp; C") == "A & B \\&amp; C")
        #expect(LossCard.code("x`y") == "`` x`y ``")
    }
}
