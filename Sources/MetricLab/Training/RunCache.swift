import Foundation

/// Finished training runs kept on disk, so that the same `train` call later returns the same run,
/// bit for bit, without training.
///
/// A run is filed under its `RunKey`: the library build, the model, a fingerprint of the data, the
/// loss with every stored property, the optimizer, steps, batch plan, schedule, seed and snapshot
/// and evaluation settings. Any difference trains anew; a call whose arguments cannot be described
/// completely is never cached. An entry is written under a temporary name and renamed into place,
/// so that parallel writers never leave a torn one, and it carries its whole key and a checksum,
/// so that a corrupt or truncated entry is never returned (it is trained anew and rewritten).
/// Beyond `sizeLimit`, the least recently used entries go first (the folder is measured at a
/// process's first write and whenever its writes since could pass the limit).
///
/// `train` uses `RunCache.current`: none in a plain program or a test, unless asked
/// (`try RunCache(folder: "runs").using { try train(…) }`); the notebook runner names a folder in
/// the program's environment (`METRICLAB_RUN_CACHE`), which `metriclab run --no-cache` leaves out.
public struct RunCache: Sendable {
    /// The folder that holds the entries.
    public let folder: String
    /// The most bytes the entries may take together.
    public let sizeLimit: Int
    /// The hash of the code that defines the types from outside the library a run may use (a
    /// notebook's cells); without it, such runs are not cached.
    public let code: String?
    /// What identifies the library build that trains; nil when it cannot be read (then nothing is cached).
    let build: String?

    /// The environment variable naming the cache folder of a program the runner starts.
    public static let folderVariable = "METRICLAB_RUN_CACHE"
    /// The environment variable holding the hash of that program's code.
    public static let codeVariable = "METRICLAB_RUN_CACHE_CODE"
    /// The size limit unless one is given: 1 GiB.
    public static let defaultSizeLimit = 1 << 30

    /// A cache in `folder` (made when first written) of at most `sizeLimit` bytes; `code` keys
    /// runs whose types come from outside the library.
    public init(folder: String, sizeLimit: Int = defaultSizeLimit, code: String? = nil) {
        self.init(folder: folder, sizeLimit: sizeLimit, code: code, build: Self.libraryBuild)
    }

    /// A cache filing runs as trained by the library build `build`.
    init(folder: String, sizeLimit: Int, code: String?, build: String?) {
        self.folder = folder
        self.sizeLimit = sizeLimit
        self.code = code
        self.build = build
    }

    /// The cache `train` uses here: the one bound by `using(_:)`, else the one the environment names.
    @TaskLocal public static var current: RunCache? = fromEnvironment

    /// The cache the runner names in the environment, if any.
    private static var fromEnvironment: RunCache? {
        let environment = ProcessInfo.processInfo.environment
        guard let folder = environment[folderVariable], !folder.isEmpty else { return nil }
        return RunCache(folder: folder, code: environment[codeVariable])
    }

    /// Runs `body` with this cache as `RunCache.current` (and in the workers of any `parallelMap` it starts).
    public func using<T>(_ body: () throws -> T) rethrows -> T {
        try Self.$current.withValue(self, operation: body)
    }

    /// The key of a run, or nil when it is not to be cached.
    func key(_ fields: KeyValuePairs<String, Any>) -> RunKey? {
        guard let build else { return nil }
        return RunKey(build: build, code: code, fields: fields)
    }

    /// The run filed under `key`, of `loss`, `model` and `data`, or nil when there is none whole
    /// and of that key. A hit counts as a use for eviction.
    func run(for key: RunKey, loss: any Loss, model: any EmbeddingModel, data: Dataset) -> Run? {
        value(for: key) { try Run(reading: &$0, loss: loss, model: model, data: data) }
    }

    /// Files `run` under `key`, then evicts the least recently used entries beyond the size
    /// limit. A cache that cannot be written is skipped: the run is still returned.
    func store(_ run: Run, for key: RunKey) {
        store(for: key) { run.write(to: &$0) }
    }

    /// The value `read` makes of the entry filed under `key`, or nil when there is none whole, of
    /// that key, and read to its end. A hit counts as a use for eviction.
    func value<T>(for key: RunKey, read: (inout RunBytesReader) throws -> T) -> T? {
        let path = self.path(of: key)
        guard let bytes = FileManager.default.contents(atPath: path).map(Array.init),
              var reader = try? Self.open(bytes, key: key),
              let value = try? read(&reader), reader.isAtEnd else { return nil }
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        return value
    }

    /// Files what `write` writes under `key`, then evicts the least recently used entries beyond
    /// the size limit; a cache that cannot be written is skipped.
    func store(for key: RunKey, write: (inout RunBytesWriter) -> Void) {
        let path = self.path(of: key)
        let temporary = path + ".tmp-\(getpid())-\(UInt64.random(in: 0 ... .max))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let entry = Self.encode(key: key, write: write)
            try Data(entry).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw RunBytesError(reason: "rename failed") }
            if RunCacheLedger.shared.mayPassLimit(adding: entry.count, in: folder, limit: sizeLimit) { evict() }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    /// Removes the least recently used entries (and abandoned temporaries) until the rest fit the
    /// limit, and notes what is left.
    func evict() {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        var entries = names.compactMap { name -> (path: String, size: Int, used: Date)? in
            guard name.hasSuffix(Self.fileExtension) || name.contains(Self.fileExtension + ".tmp-") else { return nil }
            let path = (folder as NSString).appendingPathComponent(name)
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? Int, let used = attributes[.modificationDate] as? Date else { return nil }
            return (path, size, used)
        }
        var total = entries.reduce(0) { $0 + $1.size }
        entries.sort { ($0.used, $0.path) < ($1.used, $1.path) }
        for entry in entries where total > sizeLimit {
            try? manager.removeItem(atPath: entry.path)
            total -= entry.size
        }
        RunCacheLedger.shared.note(total, in: folder)
    }

    /// The entry file of `key`.
    func path(of key: RunKey) -> String {
        (folder as NSString).appendingPathComponent(key.fileName + Self.fileExtension)
    }

    /// The ending of entry files.
    static let fileExtension = ".run"

    /// The first bytes of every entry: the format and its version.
    private static let magic = Array("MetricLab cached run 1\n".utf8)

    /// An entry: the magic, the key's text, what `write` writes, and a hash of all of it as 32 hex digits.
    static func encode(key: RunKey, write: (inout RunBytesWriter) -> Void) -> [UInt8] {
        var writer = RunBytesWriter()
        writer.write(key.text)
        write(&writer)
        let body = magic + writer.bytes
        return body + Array(checksum(body[...]).utf8)
    }

    /// A reader of the value in `bytes`, which must be a whole entry of `key`.
    static func open(_ bytes: [UInt8], key: RunKey) throws -> RunBytesReader {
        guard bytes.count >= magic.count + 32, bytes.starts(with: magic) else { throw RunBytesError(reason: "not an entry") }
        let body = bytes[..<(bytes.count - 32)]
        guard String(decoding: bytes[body.endIndex...], as: UTF8.self) == checksum(body) else {
            throw RunBytesError(reason: "checksum mismatch")
        }
        var reader = RunBytesReader(Array(body), from: magic.count)
        guard try reader.readString() == key.text else { throw RunBytesError(reason: "another key") }
        return reader
    }

    /// The hash of an entry's body, as hex digits.
    private static func checksum(_ body: ArraySlice<UInt8>) -> String {
        var hash = ContentHash()
        body.withUnsafeBytes { hash.combine($0) }
        return hash.hexDigest
    }
}
