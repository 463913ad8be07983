import Foundation
@testable import MetricLab
import Testing

/// Every argument of one `train` call, so that a test can change exactly one.
private struct TrainCall: @unchecked Sendable {
    var model: any EmbeddingModel = MLP([2, 4, 2])
    var data = Blobs(classes: 3, perClass: 4).sample(seed: 1)
    var loss: any Loss = Contrastive()
    var optimizer: any Optimizer = Adam.adam(lr: 0.01)
    var steps = 3
    var batches = BatchPlan.full
    var seed: UInt64 = 1
    var schedule = LearningRateSchedule.constant
    var lossParameterRate = 10.0
    var snapshotEvery: Int?
    var evaluateEvery: Int?

    /// The call's run, through `RunCache.current`.
    func run(progress: ((Int, Double) -> Void)? = nil) throws -> Run {
        try train(model, on: data, loss: loss, optimizer: optimizer, steps: steps, batches: batches, seed: seed,
                  schedule: schedule, lossParameterRate: lossParameterRate, snapshotEvery: snapshotEvery,
                  evaluateEvery: evaluateEvery, progress: progress)
    }

    /// The call's run in `cache`.
    func run(in cache: RunCache) throws -> Run { try cache.using { try run() } }
}

/// A cache in a new empty folder, filing runs of the library build `build`.
private func emptyRunCache(sizeLimit: Int = RunCache.defaultSizeLimit, code: String? = nil, build: String = "test build") -> RunCache {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("runcache-\(UUID().uuidString)")
    return RunCache(folder: folder, sizeLimit: sizeLimit, code: code, build: build)
}

/// The entry files in `cache`'s folder.
private func entries(of cache: RunCache) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: cache.folder)) ?? []).filter { $0.hasSuffix(RunCache.fileExtension) }.sorted()
}

/// Whether two runs hold the same numbers, bit for bit, in every field a run computes.
private func identical(_ a: Run, _ b: Run) -> Bool {
    func bits(_ t: Tensor?) -> [UInt64]? { t.map { [UInt64($0.rows), UInt64($0.cols)] + $0.scalars.map(\.bitPattern) } }
    func bits(_ p: LossParameters) -> [String] {
        p.entries.map { "\($0.name) \(bits($0.value)!)" } + p.parts.flatMap { ["part"] + bits($0) }
    }
    func bits(_ e: Evaluation) -> [UInt64] {
        [UInt64(bitPattern: Int64(e.step ?? -1))] + ([e.nmi, e.recallAt1, e.rPrecision, e.mapAtR] + e.recalls).map(\.bitPattern)
    }
    return a.losses.map(\.bitPattern) == b.losses.map(\.bitPattern)
        && a.snapshots.map(\.step) == b.snapshots.map(\.step)
        && a.snapshots.map { bits($0.embeddings)! } == b.snapshots.map { bits($0.embeddings)! }
        && a.snapshots.map { bits($0.weightRows) } == b.snapshots.map { bits($0.weightRows) }
        && a.snapshots.map { bits($0.lossParameters) } == b.snapshots.map { bits($0.lossParameters) }
        && a.evaluations.map(bits) == b.evaluations.map(bits)
        && a.parameters.map { bits($0)! } == b.parameters.map { bits($0)! }
        && bits(a.lossParameters) == bits(b.lossParameters)
        && a.seconds.bitPattern == b.seconds.bitPattern
        && a.warnings == b.warnings
}

@Suite struct RunCacheTests {
    /// A run with snapshots, evaluations, loss parameters and a warning comes back from disk with
    /// every field bit for bit, its seconds included (a run trained again never takes the same
    /// time to the bit), and its losses replayed through `progress`.
    @Test func theSameCallReturnsTheStoredRun() throws {
        let cache = emptyRunCache()
        var call = TrainCall()
        call.loss = ProxyAnchor()
        call.steps = 6
        call.snapshotEvery = 2
        call.evaluateEvery = 3
        let first = try call.run(in: cache)
        #expect(entries(of: cache).count == 1)
        var replayed: [(Int, Double)] = []
        let second = try cache.using { try call.run { replayed.append(($0, $1)) } }
        #expect(identical(first, second))
        #expect(second.snapshots.count == 4 && second.evaluations.count == 3 && second.lossParameters[.proxies] != nil)
        #expect(replayed.map(\.0) == Array(1 ... 6) && replayed.map(\.1) == first.losses)
        #expect(entries(of: cache).count == 1)
        let uncached = try call.run()
        #expect(uncached.losses == first.losses && uncached.seconds != first.seconds)
    }

    @Test func warningsComeBack() throws {
        let cache = emptyRunCache()
        var call = TrainCall()
        call.data = Dataset(name: "one class", points: Tensor([[0, 0], [1, 0], [0, 1]]), labels: [0, 0, 0])
        let first = try call.run(in: cache)
        let second = try call.run(in: cache)
        #expect(first.warnings == [.singleClass] && identical(first, second))
        for warning: RunWarning in [.diverged(first: 0.5, peak: 1e9, step: 7), .singleClass, .noPositives] {
            var writer = RunBytesWriter()
            warning.write(to: &writer)
            var reader = RunBytesReader(writer.bytes)
            #expect(try RunWarning(reading: &reader) == warning && reader.isAtEnd)
        }
    }

    /// The parts of the key, each changed alone from `TrainCall()`'s, with what it is called.
    fileprivate static let keyParts: [(String, @Sendable (inout TrainCall) -> Void)] = [
        ("model", { $0.model = MLP([2, 5, 2]) }),
        ("model setting", { $0.model = MLP([2, 4, 2], normalized: true) }),
        ("initial parameters", { call in
            let pretrained = try! call.run()
            call.model = Pretrained(pretrained)
        }),
        ("data points", { call in
            var points = call.data.points.scalars
            points[5] = points[5].nextUp
            call.data = Dataset(name: call.data.name, points: Tensor(rows: call.data.count, cols: 2, scalars: points), labels: call.data.labels)
        }),
        ("data labels", { call in
            var labels = call.data.labels
            labels.swapAt(0, labels.count - 1)
            call.data = Dataset(name: call.data.name, points: call.data.points, labels: labels)
        }),
        ("loss", { $0.loss = Triplet() }),
        ("loss property", { $0.loss = Contrastive(negativeMargin: 0.9) }),
        ("nested distance", { $0.loss = Contrastive(distance: LpDistance(p: 1)) }),
        ("nested distance property", { $0.loss = Contrastive(distance: Euclidean(squared: true)) }),
        ("miner", { $0.loss = Contrastive().mined(by: PairMarginMiner()) }),
        ("reducer", { $0.loss = Contrastive(reducer: .sum) }),
        ("wrapper", { $0.loss = Contrastive().regularizing(embeddings: LpRegularizer(), weight: 0.5) }),
        ("optimizer", { $0.optimizer = SGD.sgd(lr: 0.01) }),
        ("learning rate", { $0.optimizer = Adam.adam(lr: 0.02) }),
        ("steps", { $0.steps = 4 }),
        ("batch plan", { $0.batches = .classes(2, size: 4) }),
        ("schedule", { $0.schedule = .exponential(factor: 0.9) }),
        ("seed", { $0.seed = 2 }),
        ("loss parameter rate", { $0.lossParameterRate = 5 }),
        ("snapshots", { $0.snapshotEvery = 1 }),
        ("evaluations", { $0.evaluateEvery = 1 }),
    ]

    /// A call that differs in one part of the key trains anew: the run is the one an uncached call
    /// gives, and the cache then holds two entries.
    @Test(arguments: keyParts.indices) func aDifferentPartTrainsAnew(_ index: Int) throws {
        let (part, change) = Self.keyParts[index]
        let cache = emptyRunCache()
        let base = TrainCall()
        var changed = base
        change(&changed)
        _ = try base.run(in: cache)
        let run = try changed.run(in: cache)
        let fresh = try changed.run()
        #expect(run.losses == fresh.losses && run.snapshots.count == fresh.snapshots.count, "\(part)")
        // Had the changed call found the base's entry, the cache would hold one entry, not two.
        #expect(entries(of: cache).count == 2, "\(part): the base's run came back")
    }

    /// A run of another library build is never returned.
    @Test func anotherLibraryBuildTrainsAnew() throws {
        let first = emptyRunCache(build: "build 1")
        let second = RunCache(folder: first.folder, sizeLimit: first.sizeLimit, code: nil, build: "build 2")
        let a = try TrainCall().run(in: first)
        let b = try TrainCall().run(in: second)
        #expect(a.losses == b.losses && a.seconds != b.seconds && entries(of: first).count == 2)
        #expect(RunCache.libraryBuild?.count == 32)
    }

    /// A loss whose type is defined outside the library (here, in the tests; in a notebook, in a
    /// cell) is cached only with the hash of the code that defines it, and keyed by that hash.
    @Test func aTypeFromOutsideTheLibraryIsKeyedByItsCode() throws {
        var call = TrainCall()
        call.loss = ScaledContrastive(scale: 2)
        let uncoded = emptyRunCache()
        _ = try call.run(in: uncoded)
        #expect(entries(of: uncoded).isEmpty)
        let coded = emptyRunCache(code: "code 1")
        let first = try call.run(in: coded)
        #expect(identical(first, try call.run(in: coded)))
        let recoded = RunCache(folder: coded.folder, sizeLimit: coded.sizeLimit, code: "code 2", build: "test build")
        #expect(try call.run(in: recoded).seconds != first.seconds)
        #expect(entries(of: coded).count == 2)
    }

    /// A loss holding a closure or a class instance is never cached, even with its code known:
    /// what they capture or hold can change with the code unchanged; nor is one whose own mirror
    /// may leave its properties out.
    @Test func closuresAndClassInstancesAreNotCached() throws {
        let cache = emptyRunCache(code: "code")
        for loss: any Loss in [ScaledContrastive(scale: 1, weigh: { $0 }), ScaledContrastive(scale: 1, counter: Counter()),
                               MirroredContrastive(margin: 0.5)] {
            var call = TrainCall()
            call.loss = loss
            _ = try call.run(in: cache)
        }
        #expect(entries(of: cache).isEmpty)
    }

    /// Every loss of the catalogue, as its default, is described completely (so cached), each
    /// under its own key.
    @Test func everyCataloguedLossIsKeyed() throws {
        let cache = emptyRunCache()
        let keys = LossCatalogue.everyLoss.map { cache.key(["loss": $0]) }
        let missing = zip(LossCatalogue.everyLoss, keys).filter { $1 == nil }.map { $0.0.name }
        #expect(missing.isEmpty, "not keyed: \(missing)")
        #expect(Set(keys.compactMap { $0?.text }).count == keys.count)
    }

    /// An enum case without a payload is keyed by its case, whatever its description says.
    @Test func enumCasesAreKeyedByName() throws {
        let cache = emptyRunCache()
        let texts = [Reducer.mean, .sum, .meanOfPositive].map { cache.key(["reducer": $0])?.text }
        #expect(Set(texts).count == 3 && texts[0]?.contains("MetricLab.Reducer.mean") == true)
    }

    /// A truncated entry, one with a byte changed, and one that is not an entry at all are each
    /// ignored: the call trains anew, gets the uncached run, and rewrites the entry whole.
    @Test(arguments: ["truncated", "flipped", "garbage", "empty"])
    func aDamagedEntryIsIgnoredAndRewritten(_ damage: String) throws {
        let cache = emptyRunCache()
        let call = TrainCall()
        let first = try call.run(in: cache)
        let path = (cache.folder as NSString).appendingPathComponent(try #require(entries(of: cache).first))
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        var damaged = whole
        switch damage {
        case "truncated": damaged = whole.prefix(whole.count / 2)
        case "flipped": damaged[whole.count / 2] ^= 0x10
        case "garbage": damaged = Data("not a run".utf8)
        default: damaged = Data()
        }
        try damaged.write(to: URL(fileURLWithPath: path))
        let second = try call.run(in: cache)
        #expect(second.losses == first.losses && second.seconds != first.seconds)
        let rewritten = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(rewritten.count == whole.count && rewritten != damaged)
        #expect(identical(try call.run(in: cache), second))
    }

    /// An entry whose key text differs (another call under the same file name) is not returned.
    @Test func anEntryOfAnotherKeyIsNotReturned() throws {
        let cache = emptyRunCache()
        let call = TrainCall()
        let run = try call.run(in: cache)
        let bytes = RunCache.encode(key: try #require(RunKey(build: "b", code: nil, fields: ["steps": 3]))) { run.write(to: &$0) }
        #expect(throws: RunBytesError.self) {
            try RunCache.open(bytes, key: try #require(RunKey(build: "b", code: nil, fields: ["steps": 4])))
        }
        var reader = try RunCache.open(bytes, key: try #require(RunKey(build: "b", code: nil, fields: ["steps": 3])))
        let back = try Run(reading: &reader, loss: call.loss, model: call.model, data: call.data)
        #expect(reader.isAtEnd)
        #expect(identical(back, run))
    }

    /// Beyond the size limit, the least recently used entries go: a hit counts as a use.
    @Test func evictionRemovesTheLeastRecentlyUsed() throws {
        let probe = emptyRunCache()
        _ = try TrainCall().run(in: probe)
        let probeKey = try #require(probe.key(TrainCall().keyFields))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: probe.path(of: probeKey))[.size] as? Int)
        // Room for three entries of this size, not four.
        let cache = emptyRunCache(sizeLimit: size * 3 + size / 2)
        let calls = (1 ... 4).map { seed -> TrainCall in
            var call = TrainCall()
            call.seed = UInt64(seed)
            return call
        }
        let runs = try calls[0 ..< 3].map { try $0.run(in: cache) }
        #expect(identical(try calls[0].run(in: cache), runs[0]))
        _ = try calls[3].run(in: cache)
        let kept = Set(entries(of: cache))
        let names = try calls.map { try #require(cache.key($0.keyFields)).fileName + RunCache.fileExtension }
        #expect(kept == [names[0], names[2], names[3]])
    }

    /// Parallel seeds and losses use the caller's cache in every worker, and give the same runs
    /// from disk as they trained.
    @Test func parallelRunsUseTheCache() throws {
        let cache = emptyRunCache()
        let call = TrainCall()
        let first = try cache.using {
            try train(call.model, on: call.data, loss: Contrastive(), optimizer: Adam.adam(lr: 0.01), steps: 3, seeds: 0 ..< 4)
        }
        #expect(entries(of: cache).count == 4)
        let second = try cache.using {
            try train(call.model, on: call.data, loss: Contrastive(), optimizer: Adam.adam(lr: 0.01), steps: 3, seeds: 0 ..< 4)
        }
        #expect(zip(first, second).allSatisfy { identical($0, $1) })
        #expect(entries(of: cache).count == 4)
    }

    /// Scores of the same embeddings and labels come from the cache: an entry planted under their
    /// key is what `score` returns; other labels are scored anew.
    @Test func scoresAreCachedByEmbeddingsAndLabels() throws {
        let cache = emptyRunCache()
        let data = TrainCall().data
        let measured = cache.using { score(data.points, labels: data.labels) }
        #expect(entries(of: cache).count == 1)
        let key = try #require(cache.key(["score": data.points, "labels": data.labels]))
        let planted = Evaluation(step: nil, nmi: 0.25, recallAt1: 0.5, rPrecision: 0.125, mapAtR: 0.0625, recalls: Array(repeating: 0.5, count: 8))
        cache.store(for: key) { planted.write(to: &$0) }
        let back = cache.using { score(data.points, labels: data.labels) }
        #expect(back.nmi == 0.25 && back.mapAtR == 0.0625 && measured.nmi != 0.25)
        var labels = data.labels
        labels.swapAt(0, labels.count - 1)
        let other = cache.using { score(data.points, labels: labels) }
        #expect(other.nmi == score(data.points, labels: labels).nmi && entries(of: cache).count == 2)
    }

    /// A library used outside the runner, with nothing asked, caches nothing.
    @Test func noCacheUnlessAsked() {
        #expect(ProcessInfo.processInfo.environment[RunCache.folderVariable] == nil)
        #expect(RunCache.current == nil)
    }
}

private extension TrainCall {
    /// The fields `train` keys this call by.
    var keyFields: KeyValuePairs<String, Any> {
        ["model": model, "data": data, "loss": loss, "optimizer": optimizer, "steps": steps, "batches": batches,
         "seed": seed, "schedule": schedule, "lossParameterRate": lossParameterRate,
         "snapshotEvery": snapshotEvery as Any, "evaluateEvery": evaluateEvery as Any]
    }
}

/// A reference type, which a key cannot describe.
private final class Counter: @unchecked Sendable {
    var count = 0
}

/// The contrastive loss with a negative margin of `scale`: a loss defined outside the library.
private struct ScaledContrastive: Loss {
    var scale: Double
    var weigh: (@Sendable (Double) -> Double)?
    var counter: Counter?

    init(scale: Double, weigh: (@Sendable (Double) -> Double)? = nil, counter: Counter? = nil) {
        self.scale = scale
        self.weigh = weigh
        self.counter = counter
    }

    var name: String { "scaled contrastive" }
    var reducer: Reducer { Contrastive().reducer }

    func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        try Contrastive(negativeMargin: scale).terms(batch, parameters: parameters)
    }
}

/// A contrastive loss whose hand-made mirror hides its margin.
private struct MirroredContrastive: Loss, CustomReflectable {
    var margin: Double
    var name: String { "mirrored contrastive" }
    var reducer: Reducer { Contrastive().reducer }
    var customMirror: Mirror { Mirror(self, children: [:]) }

    func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        try Contrastive(negativeMargin: margin).terms(batch, parameters: parameters)
    }
}
