import Foundation

/// Compiles notebook programs with `swiftc -Onone` and keeps the binaries in a cache keyed by a
/// hash of the program, the compiler arguments and the library.
public struct Compiler: Sendable {
    /// The library programs link against.
    public var library: MetricLabLibrary
    /// Hash of the library's content, computed once.
    public var libraryHash: String
    /// Where compiled programs are kept (`notebooks/.metriclab/build`).
    public var cacheDirectory: String

    /// A compiler for `library`, caching under `cacheDirectory`.
    public init(library: MetricLabLibrary, cacheDirectory: String) {
        self.library = library
        self.libraryHash = library.contentHash()
        self.cacheDirectory = cacheDirectory
    }

    /// Notebook programs are scripts: Swift 5 mode spares a cell that defines a helper function
    /// over a top-level `var` the concurrency errors that protect nothing in a one-thread script.
    /// Line tables (not full debug info) let a trap's backtrace name the notebook line.
    var arguments: [String] {
        ["swiftc", "-Onone", "-gline-tables-only", "-swift-version", "5", "-diagnostic-style", "llvm", "-module-name", "NotebookProgram"]
            + library.compilerArguments
    }

    /// The cache key of a program's binary: what it says, how it is compiled, what it links.
    public func key(for program: GeneratedProgram) -> String {
        key(source: program.source)
    }

    /// The cache key of a program's outputs: like `key(for:)`, but blind to where the cells sit
    /// in the notebook, which weaving changes.
    public func outputKey(for program: GeneratedProgram) -> String {
        key(source: program.identity)
    }

    private func key(source: String) -> String {
        var hash = StableHash()
        hash.combine(source)
        hash.combine(arguments.joined(separator: "\u{0}"))
        hash.combine(libraryHash)
        return hash.hexDigest
    }

    /// The compiled binary of `program`: from the cache unless `useCache` is false, otherwise
    /// compiled now. Compiler diagnostics come back at the notebook's own lines.
    public func binary(for program: GeneratedProgram, notebook: Notebook, workingDirectory: String, useCache: Bool) throws -> (path: String, cached: Bool) {
        let key = key(for: program)
        let entry = (cacheDirectory as NSString).appendingPathComponent("\(notebook.name)-\(key)")
        let binary = (entry as NSString).appendingPathComponent("program")
        if useCache && FileManager.default.isExecutableFile(atPath: binary) {
            return (binary, true)
        }
        AtomicFile.removeAbandonedTemporaries(in: cacheDirectory)
        let staging = AtomicFile.temporaryPath(besides: entry)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        let source = (staging as NSString).appendingPathComponent("main.swift")
        try program.source.write(toFile: source, atomically: false, encoding: .utf8)
        // The Swift driver makes a TemporaryDirectory.XXXXXX in TMPDIR and leaves it when it is
        // stopped mid-compile; inside the staging folder it goes with that folder (the next
        // compile removes a stopped run's staging folder), never piling up in /tmp.
        let driverTemporaries = (staging as NSString).appendingPathComponent("tmp")
        try FileManager.default.createDirectory(atPath: driverTemporaries, withIntermediateDirectories: false)
        let (status, output) = try Subprocess.run(
            arguments + [source, "-o", (staging as NSString).appendingPathComponent("program")], in: workingDirectory,
            environment: ["TMPDIR": driverTemporaries])
        try? FileManager.default.removeItem(atPath: driverTemporaries)
        let diagnostics = program.lineMapping.rewrite(output)
        let mapped = DiagnosticMapper(generatedFile: source, program: program, notebookPath: notebook.displayPath).map(diagnostics)
        let shown = mapped.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("error: emit-module command failed") && !$0.hasPrefix("error: compile command failed") }
            .joined(separator: "\n")
        guard status == 0 else {
            throw CompileError(notebook: notebook.displayPath, diagnostics: shown)
        }
        if !shown.trimmingWhitespace().isEmpty {
            FileHandle.standardError.write(Data((shown.trimmingTrailingNewlines() + "\n").utf8))
        }
        try? FileManager.default.removeItem(atPath: entry)
        try AtomicFile.move(staging, over: entry)
        removeStaleEntries(of: notebook.name, keeping: entry)
        return (binary, false)
    }

    /// Keeps one compiled program per notebook, so the cache does not grow with every edit.
    private func removeStaleEntries(of name: String, keeping entry: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory)) ?? []
        for other in entries where other.hasPrefix(name + "-") && other.count == name.count + 33 {
            let path = (cacheDirectory as NSString).appendingPathComponent(other)
            if path != entry { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}

/// A notebook program that did not compile, with the compiler's diagnostics.
public struct CompileError: Error, CustomStringConvertible {
    /// The notebook path.
    public var notebook: String
    /// The diagnostics, pointing at the notebook's lines.
    public var diagnostics: String
    /// The diagnostics, then a summary line.
    public var description: String {
        diagnostics.trimmingTrailingNewlines() + "\nerror: \(notebook) does not compile"
    }
}
