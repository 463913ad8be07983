import Foundation

/// Runs one notebook through every stage: parse, generate, compile, execute, weave.
public struct NotebookRunner: Sendable {
    /// The compiler (and through it the library).
    public var compiler: Compiler
    /// Time limits.
    public var execution: Execution
    /// Whether compiled programs and run records may be reused (`--no-cache` turns this off).
    public var useCache: Bool

    /// A runner.
    public init(compiler: Compiler, execution: Execution = Execution(), useCache: Bool = true) {
        self.compiler = compiler
        self.execution = execution
        self.useCache = useCache
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

    /// Runs the notebook at `paths` and weaves its outputs back, atomically. On any failure the
    /// notebook and its figures stay exactly as they were.
    public func run(_ paths: NotebookPaths, progress: (RunProgress) -> Void) throws -> Summary {
        let start = Date()
        AtomicFile.removeAbandonedTemporaries(in: (paths.notebook as NSString).deletingLastPathComponent)
        let text = try String(contentsOfFile: paths.notebook, encoding: .utf8)
        let notebook = try Notebook(text: text, name: paths.name, displayPath: paths.displayPath)
        let program = GeneratedProgram(notebook: notebook)
        var compiler = compiler
        compiler.cacheDirectory = (paths.cache as NSString).appendingPathComponent("build")
        let key = compiler.outputKey(for: program)
        let recordPath = RunRecord.path(in: paths.cache, name: paths.name)

        let record: RunRecord
        var upToDate = false
        if useCache, let previous = RunRecord.load(from: recordPath), previous.programKey == key,
           previous.figuresAreCurrent(in: paths.figures) {
            record = previous
            upToDate = true
            progress(.upToDate)
        } else if program.cells.isEmpty {
            let figures = try FigureFolder.publish(from: "", to: paths.figures, reported: [], notebook: paths.displayPath)
            record = RunRecord(programKey: key, outputs: [:], figures: figures)
        } else {
            let compileStart = Date()
            let (binary, cached) = try compiler.binary(for: program, notebook: notebook, workingDirectory: paths.root, useCache: useCache)
            progress(.compiled(seconds: Date().timeIntervalSince(compileStart), cached: cached))
            let scratchRoot = (paths.cache as NSString).appendingPathComponent("scratch")
            AtomicFile.removeAbandonedTemporaries(in: scratchRoot)
            let scratch = AtomicFile.temporaryPath(besides: (scratchRoot as NSString).appendingPathComponent(paths.name))
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let outputs = try execution.run(binary: binary, program: program, notebook: notebook, directory: paths.root,
                                            figureDirectory: scratch, fullOutput: FullOutputFolder(for: paths), progress: progress)
            let reported = outputs.values.flatMap(\.figureFiles)
            let figures = try FigureFolder.publish(from: scratch, to: paths.figures, reported: reported, notebook: paths.displayPath)
            record = RunRecord(programKey: key, outputs: outputs, figures: figures)
            try record.save(to: recordPath)
        }
        let woven = Weaver(notebook: notebook, figureLink: paths.figureLink).weave(record.outputs)
        let changed = woven != text
        if changed {
            try AtomicFile.write(woven, toPath: paths.notebook)
        }
        if !upToDate || changed {
            progress(.finished(seconds: Date().timeIntervalSince(start), cells: program.cells.count,
                               figures: record.outputs.values.flatMap(\.figureFiles).count, notebookChanged: changed))
        }
        return Summary(upToDate: upToDate, notebookChanged: changed, cells: program.cells.count, figures: record.figures.keys.sorted())
    }

}
