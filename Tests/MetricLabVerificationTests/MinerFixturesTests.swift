import Foundation
import MetricLab
import MetricLabVerification
import MetricLabTestSupport
import Testing

/// Losses on what PML's miners chose: `Tests/Fixtures/pml-extra-miners.json` (made by
/// `pml-extra-miners.py`) and the miner cases of the shared zoo reference, each at 1e-6.
@Suite struct MinerFixturesTests {
    /// The family's own fixture file.
    static let extra = Result {
        try PMLFixtures(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/pml-extra-miners.json").path)
    }

    /// The zoo reference (the shared copy, else the package's).
    static let zoo = Result {
        try PMLFixtures(contentsOf: sharedFixturePath("pml-zoo-reference.json") ?? "shared/fixtures/pml-zoo-reference.json")
    }

    /// The miners the zoo issue adds, beside the three MetricLab had.
    static let family: Set = ["PairMarginMiner", "BatchEasyHardMiner", "HDCMiner", "AngularMiner",
                              "EmbeddingsAlreadyPackagedAsTriplets"]

    @Test func everyExtraCasePasses() throws {
        let fixtures = try Self.extra.get()
        #expect(fixtures.cases.count == 43)
        for parsed in fixtures.cases {
            let c = try parsed.get()
            let check = PMLFixtures.check(c, tolerance: 1e-6)
            #expect(check.passed, "\(check.summary)")
        }
    }

    /// Every deterministic miner of the family, and every strategy pair BatchEasyHardMiner allows.
    @Test func extraCasesCoverTheFamily() throws {
        let cases = try Self.extra.get().cases.map { try $0.get() }
        let miners = cases.compactMap(\.miner)
        #expect(Self.family.isSubset(of: Set(miners.map(\.className))))
        let strategies = Set(try miners.filter { $0.className == "BatchEasyHardMiner" }.map {
            "\(try $0.text("pos_strategy", default: "easy"))/\(try $0.text("neg_strategy", default: "semihard"))"
        })
        #expect(strategies.count == 13)
        #expect(Set(cases.map { $0.embeddings.cols }).isSuperset(of: [2, 3, 8]))
        #expect(cases.contains { $0.refEmbeddings != nil && $0.miner != nil })
    }

    /// Zoo cases 20–24: contrastive, triplet and angular losses on mined tuples.
    @Test func zooMinerCasesPass() throws {
        let cases = try Self.zoo.get().cases.map { try $0.get() }.filter { $0.miner != nil }
        #expect(cases.map(\.index) == [20, 21, 22, 23, 24])
        for c in cases {
            let check = PMLFixtures.check(c, tolerance: 1e-6)
            #expect(check.passed, "\(check.summary)")
        }
    }

    @Test func disallowedStrategiesAreRefusedByTheMapping() throws {
        let body = #"""
        {"format": "pytorch-metric-learning", "embeddings": [[0, 1], [1, 0], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [{"loss": "TripletMarginLoss", "miner": {"class": "BatchEasyHardMiner",
                    "kwargs": {"pos_strategy": "all", "neg_strategy": "semihard"}},
                    "value": 0, "gradient": [[0,0],[0,0],[0,0],[0,0]]}]}
        """#
        let fixtures = try PMLFixtures(text: body)
        let check = fixtures.check().checks[0]
        #expect(check.failure?.contains("semi-hard cannot be combined with all") == true)
    }

    @Test func angularMinerRefusesAnotherDistance() throws {
        let body = #"""
        {"format": "pytorch-metric-learning", "embeddings": [[0, 1], [1, 0], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [{"loss": "AngularLoss", "miner": {"class": "AngularMiner",
                    "kwargs": {"distance": {"class": "CosineSimilarity", "kwargs": {}}}},
                    "value": 0, "gradient": [[0,0],[0,0],[0,0],[0,0]]}]}
        """#
        let fixtures = try PMLFixtures(text: body)
        let check = fixtures.check().checks[0]
        #expect(check.failure?.contains("AngularMiner requires LpDistance(p=2, power=1, normalize_embeddings=True)") == true)
    }

    /// The sampling miners have mappings (every kwarg read) though no fixture can hold torch's draws.
    @Test func samplingMinersMapEveryKeyword() throws {
        let body = #"""
        {"format": "pytorch-metric-learning", "embeddings": [[0, 1], [1, 0], [1, 1], [-1, 0]], "labels": [0, 0, 1, 1],
         "cases": [{"loss": "TripletMarginLoss", "miner": {"class": "DistanceWeightedMiner",
                    "kwargs": {"cutoff": 0.3, "nonzero_loss_cutoff": 1.2}}, "value": 0, "gradient": [[0,0],[0,0],[0,0],[0,0]]},
                   {"loss": "ContrastiveLoss", "miner": {"class": "UniformHistogramMiner",
                    "kwargs": {"num_bins": 7, "pos_per_bin": 3, "neg_per_bin": 4}}, "value": 0, "gradient": [[0,0],[0,0],[0,0],[0,0]]}]}
        """#
        let fixtures = try PMLFixtures(text: body)
        let specs = try fixtures.cases.map { try #require(try $0.get().miner) }
        let weighted = try #require(try PMLMiners.miner(for: specs[0]) as? DistanceWeightedMiner)
        #expect((weighted.cutoff, weighted.nonzeroLossCutoff) == (0.3, 1.2))
        let histogram = try #require(try PMLMiners.miner(for: specs[1]) as? UniformHistogramMiner)
        #expect((histogram.bins, histogram.positivesPerBin, histogram.negativesPerBin) == (7, 3, 4))
    }
}
