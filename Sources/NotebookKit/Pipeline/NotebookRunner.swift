import Foundation

/// Runs one notebook through every stage: read, parse, generate, compile, execute, weave, write.
public struct NotebookRunner: Sendable {
    /// The compiler (and through it the library).
    public var compiler: Compiler
    /// Time limits.
    public var execution: Execution
    /// Whether compiled programs and run records may be reused (`--no-cache` turns this off).
    public var useCache: Bool
    /// Where the program keeps finished training runs.
    public var runCache: RunCacheMode
    /// A step of the final write made to fail, for tests.
    var writeFault: NotebookWrite.Fault?

    /// A runner.
    public init(compiler: Compiler, execution: Execution = Execution(), useCache: Bool = true, runCache: RunCacheMode = .kept) {
        self.compiler = compiler
        self.execution = execution
        self.useCache = useCache
        self.runCache = runCache
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// Whether outputs were current and nothing ran.
        public var upToDate: Bool
        /// Whether the notebook file was rewritten.
        public var notebookChanged: Bool
        /// The number of cells that ran.
        public var cells: Int
        /// The figure files in place.
        public var figures: [String]
    }

    /// Runs the notebook at `paths` and weaves its outputs back. The notebook and its figures
    /// change together or not at all: on any failure, or when the notebook was edited while it
    /// ran, they stay exactly as they were. With `parameters`, the notebook runs with their
    /// values in place of its parameters cell's defaults and the result is written where
    /// `parameters.resultPaths(for:)` says; errors still point at the notebook's own lines.
    public func run(_ paths: NotebookPaths, parameters: ParameterRequest = ParameterRequest(),
                    progress: (RunProgress) -> Void) throws -> Summary {
        let start = Date()
        let target = parameters.resultPaths(for: paths)
        AtomicFile.removeAbandonedTemporaries(in: (target.notebook as NSString).deletingLastPathComponent)
        AtomicFile.removeAbandonedTemporaries(in: target.figures)
        let source: Data
        do {
            source = try POSIXFile.read(paths.notebook)
        } catch let error as FileError {
            throw FileError(path: paths.displayPath, message: error.message)
        }
        guard let text = String(data: source, encoding: .utf8) else {
            throw FileError(path: paths.displayPath, message: "is not UTF-8 text")
        }
        var notebook = try Notebook(text: text, name: target.name, displayPath: paths.displayPath)
        if !parameters.isEmpty {
            notebook = try Notebook(text: try parameters.injected(into: notebook), name: target.name, displayPath: paths.displayPath)
        }
        let original = target.notebook == paths.notebook ? source : try? POSIXFile.read(target.notebook)
        notebook.warnings.forEach { progress(.warning($0)) }
        let scratch = AtomicFile.temporaryPath(besides: (target.cache as NSString).appendingPathComponent("scratch/\(target.name)"))
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let program = GeneratedProgram(notebook: notebook)
        let outcome: Outcome
        do {
            outcome = try self.outcome(of: program, notebook: notebook, at: target, scratch: scratch, progress: progress)
        } catch {
            staleOutputs(of: program, notebook: notebook, record: RunRecord.load(from: RunRecord.path(in: target.cache, name: target.name)))
                .forEach { progress(.warning($0)) }
            throw error
        }

        let woven = Data(Weaver(notebook: notebook, figureLink: target.figureLink).weave(outcome.record.outputs).utf8)
        let changed = woven != original
        let write = NotebookWrite(notebook: target.notebook, displayPath: target.displayPath, original: original, woven: changed ? woven : nil,
                                  figureFolder: target.figures, figures: outcome.figures.writes, removals: outcome.figures.removals,
                                  root: target.root, fault: writeFault)
        try write.commit()
        let cells = program.cells.count
        if !outcome.upToDate || changed {
            progress(.finished(seconds: Date().timeIntervalSince(start), cells: cells,
                               figures: outcome.record.outputs.values.flatMap(\.figureFiles).count, notebookChanged: changed))
        }
        return Summary(upToDate: outcome.upToDate, notebookChanged: changed, cells: cells, figures: outcome.record.figures.keys.sorted())
    }

    /// The output sections a failed run leaves under cells that changed since the last run that
    /// succeeded: they stay (nothing good is rewritten), but they no longer show what the cell
    /// above them does, and the user must be told.
    private func staleOutputs(of program: GeneratedProgram, notebook: Notebook, record: RunRecord?) -> [NotebookWarning] {
        guard let known = record?.cellIdentities.map(Set.init) else { return [] }
        return zip(program.cells, program.cellIdentities).compactMap { cell, identity in
            guard cell.outputSection != nil, !known.contains(identity) else { return nil }
            return NotebookWarning(file: notebook.displayPath, line: cell.firstCodeLineNumber, message: """
                cell \(cell.number) changed since its output was woven, and the run failed: the output below it is \
                stale until the notebook runs
                """)
        }
    }

    /// What a run produced: the record to weave from, and the figure folder's changes.
    private struct Outcome {
        var record: RunRecord
        var upToDate: Bool
        var figures = FigureFolder.Changes()
    }

    /// The outputs of `notebook`'s `program`: the last run's when the program and figures are
    /// unchanged, otherwise those of running it now, with its figures drawn in `scratch`.
    private func outcome(of program: GeneratedProgram, notebook: Notebook, at paths: NotebookPaths, scratch: String,
                         progress: (RunProgress) -> Void) throws -> Outcome {
        var compiler = compiler
        compiler.cacheDirectory = (paths.cache as NSString).appendingPathComponent("build")
        let key = compiler.outputKey(for: program)
        let recordPath = RunRecord.path(in: paths.cache, name: paths.name)
        let previous = RunRecord.load(from: recordPath)
        if useCache, runCache != .empty, let previous, previous.programKey == key, previous.figuresAreCurrent(in: paths.figures) {
            progress(.upToDate)
            return Outcome(record: previous, upToDate: true)
        }
        let owned = FigureFolder.owned(by: notebook, figureLink: paths.figureLink, record: previous, in: paths.figures)
        guard !program.cells.isEmpty else {
            let figures = try FigureFolder.changes(drawnIn: nil, folder: paths.figures, reported: [], owned: owned, notebook: paths.displayPath)
            return Outcome(record: RunRecord(programKey: key, outputs: [:], figures: [:], cellIdentities: []), upToDate: false, figures: figures)
        }
        let compileStart = Date()
        let (binary, cached) = try compiler.binary(for: program, notebook: notebook, workingDirectory: paths.root, useCache: useCache)
        progress(.compiled(seconds: Date().timeIntervalSince(compileStart), cached: cached))
        AtomicFile.removeAbandonedTemporaries(in: (scratch as NSString).deletingLastPathComponent)
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let runs = runCache.folder(cache: paths.cache, scratch: scratch)
        defer { if runCache == .empty, let runs { try? FileManager.default.removeItem(atPath: runs) } }
        let outputs = try execution.run(binary: binary, program: program, notebook: notebook, directory: paths.root,
                                        figureDirectory: scratch, fullOutput: FullOutputFolder(for: paths), runCache: runs,
                                        progress: progress)
        try FigureFolder.checkDistinct(outputs, cells: notebook.cells, notebook: paths.displayPath)
        let figures = try FigureFolder.changes(drawnIn: scratch, folder: paths.figures, reported: outputs.values.flatMap(\.imageFiles),
                                               owned: owned, notebook: paths.displayPath)
        let record = RunRecord(programKey: key, outputs: outputs, figures: figures.hashes, cellIdentities: program.cellIdentities)
        // The record says what the program draws, true whether or not the write below succeeds.
        try record.save(to: recordPath)
        return Outcome(record: record, upToDate: false, figures: figures)
    }
}
