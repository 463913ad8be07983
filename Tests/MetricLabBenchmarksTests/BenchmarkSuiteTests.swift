import Foundation
import MetricLab
import MetricLabBenchmarks
import Testing

@Suite struct BenchmarkSuiteTests {
    @Test func quickConfigurationPrintsParsableLinesForEveryFamily() throws {
        var lines: [String] = []
        try BenchmarkSuite.quick().run { lines.append($0.jsonLine) }
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(Set(objects.compactMap { $0["benchmark"] as? String }) == Set(BenchmarkSuite.families))
        for object in objects {
            #expect(object["batch"] is Int)
            #expect(object.keys.contains("loss"))
            #expect((object["median_us"] as? Double).map { $0 > 0 } == true)
        }
        let trained = Set(objects.filter { $0["benchmark"] as? String == "training-step" }.compactMap { $0["loss"] as? String })
        #expect(trained == Set(try BenchmarkLoss.shared().map(\.key)))
        let tensorOps = Set(objects.filter { $0["benchmark"] as? String == "tensor" }.compactMap { $0["loss"] as? String })
        #expect(tensorOps == Set(TensorBenchmark.ops))
    }

    /// The quick suite times every shared loss on the wide model too, and the full one at batch 256.
    @Test func wideModelStepsBesideThePlanes() throws {
        var models: [String: Set<String>] = [:]
        try BenchmarkSuite.quick().run(only: ["training-step"]) { models[$0.details["model"]!, default: []].insert($0.loss!) }
        #expect(Set(models.keys) == ["mlp", "free", "wide"])
        #expect(models["wide"] == Set(try BenchmarkLoss.shared().map(\.key)))
        #expect(try BenchmarkSuite.full().wideBatches == [256] && BenchmarkSuite.full().models.contains(.wide))
    }

    /// The wide model's data: 64 features, four classes, the batch's size; with views, two of half as many.
    @Test func wideDataHas64Features() throws {
        let data = TrainingStepBenchmark.data(batch: 256, dimension: 64)
        #expect(data.count == 256 && data.dimension == 64 && data.classes == 4)
        #expect(TrainingStepBenchmark.data(batch: 256, views: true, dimension: 64).dimension == 64)
        let triplet = try #require(try BenchmarkLoss.shared().first { $0.key == "triplet" })
        let result = try TrainingStepBenchmark(loss: triplet, batch: 256, model: .wide).run(runs: 1, budget: 0)
        #expect(result.batch == 256 && result.details["model"] == "wide" && result.medianMicroseconds > 0)
    }

    @Test func growthExponentRecoversAPowerLaw() {
        let results = [64, 128, 256, 512].map { m in
            BenchmarkResult(benchmark: "x", loss: nil, batch: m, medianMicroseconds: 3 * pow(Double(m), 2))
        }
        #expect(abs(growthExponent(results) - 2) < 1e-12)
    }

    @Test func tableHasARowPerResultAndTheGrowth() {
        let results = [32, 128].map { BenchmarkResult(benchmark: "training-step", loss: "triplet", batch: $0,
                                                       medianMicroseconds: Double($0 * $0), details: ["model": "mlp"]) }
        let table = BenchmarkResult.table(results)
        #expect(table.contains("training-step  triplet    mlp       32     1024.0"))
        #expect(table.contains("training-step  triplet    mlp      128    16384.0"))
        #expect(table.contains("training-step triplet mlp: k = 2.00"))
    }
}

@Suite struct BenchmarkLossTests {
    /// `--list` prints what pml_compare.py needs: every line JSON with a PML class and kwargs, keys unique.
    @Test func everySharedLossListsItsPMLConfiguration() throws {
        let shared = try BenchmarkLoss.shared()
        #expect(Set(shared.map(\.key)).count == shared.count)
        for loss in shared {
            let object = try #require(JSONSerialization.jsonObject(with: Data(loss.jsonLine.utf8)) as? [String: Any])
            #expect(object["key"] as? String == loss.key && object["pml_class"] as? String == loss.pmlClass)
            #expect(object["pml_kwargs"] is [String: Any] && object["views"] is Bool)
        }
    }

    /// The MetricLab side is the verify mapping of PML's class and kwargs: RankedListLoss(margin: 0.4, Tn: 10)
    /// puts the boundary at 1 + m/2 and weighs both terms ½, as PML does.
    @Test func lossesAreBuiltByTheVerifyMapping() throws {
        let ranked = try #require(try BenchmarkLoss.shared().first { $0.key == "ranked-list" }?.loss as? RankedList)
        #expect(ranked.margin == 0.4 && ranked.boundary == 1.2 && ranked.temperature == 10)
        #expect(ranked.positiveWeight == 0.5 && ranked.negativeWeight == 0.5)
    }
}
