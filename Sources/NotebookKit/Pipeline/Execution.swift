import Foundation

/// Runs a compiled notebook program with time limits and collects each cell's output.
public struct Execution: Sendable {
    /// Default limit for one cell, in seconds, when the cell sets no `//| timeout:`.
    public var cellTimeout: Double = 300
    /// Limit for the whole notebook, in seconds.
    public var notebookTimeout: Double = 900
    /// How much of a cell's printed text is woven.
    public var outputLimit = OutputLimit.standard

    /// The environment variable that gives the program the runner's process id, so that it can
    /// ask to end with the runner (see MetricLab's `NotebookRuntime`).
    static let runnerVariable = "METRICLAB_RUNNER_PID"

    /// Default limits.
    public init(cellTimeout: Double = 300, notebookTimeout: Double = 900, outputLimit: OutputLimit = .standard) {
        self.cellTimeout = cellTimeout
        self.notebookTimeout = notebookTimeout
        self.outputLimit = outputLimit
    }

    /// Runs `binary` in `directory`, its figures going to `figureDirectory`, and returns the output
    /// of each cell by number; a trap, an uncaught error, a non-zero exit or a time limit throws a
    /// `NotebookError` at the failing line. Printed text past the output limit is left out of the
    /// outputs, and after a successful run kept whole in `fullOutput`. The program keeps finished
    /// training runs in `runCache`, keyed by its cells' code where they define types; none without.
    public func run(binary: String, program: GeneratedProgram, notebook: Notebook, directory: String,
                    figureDirectory: String, fullOutput: FullOutputFolder? = nil, runCache: String? = nil,
                    progress: (RunProgress) -> Void) throws -> [Int: CellOutput] {
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment[RecordStream.tokenVariable] = token
        environment[RecordStream.figureFolderVariable] = figureDirectory
        environment[Self.runnerVariable] = String(getpid())
        environment[RunCacheMode.folderVariable] = runCache
        environment[RunCacheMode.codeVariable] = runCache.map { _ in
            var hash = StableHash()
            hash.combine(program.identity)
            return hash.hexDigest
        }
        // A short backtrace: its frames carry the notebook line a trap happened at.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,registers=none,images=none,threads=crashed,limit=16,top=0,sanitize=yes"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice

        var state = State(program: program, notebookTimeout: notebookTimeout, cellTimeout: cellTimeout, stream: RecordStream(token: token),
                          limit: outputLimit, staging: fullOutput.map { AtomicFile.temporaryPath(besides: $0.path) })
        defer { state.discardStaging() }
        var stderrText = StandardErrorTail()
        var limitPassed: (cell: Cell?, seconds: Double)?
        try StopSignals.run(process, stop: .killGroup) {
            var descriptors = [stdout.fileHandleForReading.fileDescriptor, stderr.fileHandleForReading.fileDescriptor]
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while !descriptors.isEmpty {
                var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
                _ = poll(&polled, nfds_t(polled.count), 100)
                for entry in polled where entry.revents != 0 {
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count <= 0 {
                        descriptors.removeAll { $0 == entry.fd }
                    } else if entry.fd == stdout.fileHandleForReading.fileDescriptor {
                        state.handle(state.stream.feed(buffer[..<count]), progress: progress)
                    } else {
                        stderrText.append(buffer[..<count])
                    }
                }
                if limitPassed == nil, let passed = state.passedLimit() {
                    limitPassed = passed
                    StopSignals.stop(process.processIdentifier, .killGroup)
                }
            }
            state.handle(state.stream.finish(), progress: progress)
            process.waitUntilExit()
        }

        let succeeded = limitPassed == nil && process.terminationReason == .exit && process.terminationStatus == 0 && state.finished
        try state.finishText(keepingIn: succeeded ? fullOutput : nil, notebook: notebook)
        let failedCell = state.currentCell ?? program.cells.last
        let line = failedCell?.firstCodeLineNumber ?? 1
        let crashReport = stderrText.text
        let errors = program.lineMapping.rewrite(StackTrace.essentials(of: crashReport))
        func failure(_ message: String, at site: (line: Int, column: Int?)? = nil) -> NotebookError {
            var details = ""
            if let failedCell, let text = state.outputs[failedCell.number]?.text, !text.isEmpty {
                details += "output of the cell before it stopped:\n\(text)"
            }
            if !errors.isEmpty { details += (details.isEmpty ? "" : "\n") + errors }
            let location = site ?? StackTrace.location(in: errors, file: notebook.displayPath)
            return NotebookError(file: notebook.displayPath, line: location?.line ?? line, column: location?.column ?? 1,
                                 message: message, details: details)
        }
        if let limitPassed {
            let which = limitPassed.cell.map { "cell \($0.number)" } ?? "the notebook"
            throw failure("\(which) passed its time limit of \(Self.format(limitPassed.seconds)) s")
        }
        let cellName = failedCell.map { "cell \($0.number)" } ?? "the program"
        if process.terminationReason == .uncaughtSignal {
            if let message = StackTrace.uncaughtError(in: crashReport) {
                throw failure("\(cellName) stopped: it threw an error that nothing caught: \(message)",
                              at: throwSite(state.lastThrowSite, binary: binary, program: program, cell: failedCell, file: notebook.displayPath))
            }
            if [SIGILL, SIGTRAP].contains(process.terminationStatus), let message = StackTrace.fatalError(in: crashReport) {
                throw failure("\(cellName) stopped: \(message)")
            }
            throw failure("\(cellName) stopped: \(Self.signalName(process.terminationStatus))")
        }
        if process.terminationStatus != 0 {
            throw failure("\(cellName) exited with status \(process.terminationStatus)")
        }
        if !state.finished {
            throw failure("\(cellName) ended the program early (exit() in a cell?)")
        }
        if !errors.isEmpty {
            progress(.standardError(errors))
        }
        return state.outputs
    }

    /// The notebook line and column of the statement at top level that the last error thrown
    /// came out of, when it lies in `cell`: the runtime's own report names only code the
    /// compiler generated.
    private func throwSite(_ site: String?, binary: String, program: GeneratedProgram, cell: Cell?,
                           file: String) -> (line: Int, column: Int?)? {
        guard let site, let cell, let source = StackTrace.sourceLocation(ofSite: site, in: binary),
              let location = StackTrace.location(in: program.lineMapping.rewrite(source), file: file),
              cell.codeLines.contains(location.line - 1) else { return nil }
        return location
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL, SIGTRAP: "it trapped (a failed precondition, an index out of range, an overflow…)"
        case SIGSEGV, SIGBUS: "it crashed (invalid memory access)"
        case SIGFPE: "it crashed (arithmetic error)"
        case SIGABRT: "it aborted"
        case SIGKILL: "it was killed"
        default: "signal \(signal)"
        }
    }

    /// What the reading loop knows about the run so far.
    private struct State {
        let program: GeneratedProgram
        let notebookTimeout: Double
        let cellTimeout: Double
        var stream: RecordStream
        let limit: OutputLimit
        /// Where the whole text of cut cells is written during the run.
        let staging: String?
        let start = Date()
        var currentCell: Cell?
        var cellStart = Date()
        var outputs: [Int: CellOutput] = [:]
        var printed: [Int: PrintedText] = [:]
        var fullFiles: [Int: FileHandle] = [:]
        var stagingFailure: (cell: Int, reason: String)?
        var lastThrowSite: String?
        var finished = false

        init(program: GeneratedProgram, notebookTimeout: Double, cellTimeout: Double, stream: RecordStream,
             limit: OutputLimit, staging: String?) {
            self.program = program
            self.notebookTimeout = notebookTimeout
            self.cellTimeout = cellTimeout
            self.stream = stream
            self.limit = limit
            self.staging = staging
        }

        mutating func handle(_ events: [RecordStream.Event], progress: (RunProgress) -> Void) {
            for event in events {
                switch event {
                case .text(let text):
                    guard let cell = currentCell else { continue }
                    let full = printed[cell.number, default: PrintedText(limit: limit)].add(text, to: &outputs[cell.number, default: CellOutput()])
                    if let full { keep(full, cell: cell.number) }
                case .record(let kind, let fields):
                    handle(kind: kind, fields: fields, progress: progress)
                }
            }
        }

        /// Appends to cell `number`'s full copy in the staging folder; a failure is reported
        /// when the run ends, not where the pipe is read.
        private mutating func keep(_ text: String, cell number: Int) {
            guard let staging, stagingFailure == nil else { return }
            do {
                if fullFiles[number] == nil {
                    try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
                    let path = (staging as NSString).appendingPathComponent("cell-\(number).txt")
                    guard FileManager.default.createFile(atPath: path, contents: nil) else {
                        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
                    }
                    fullFiles[number] = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                }
                try fullFiles[number]?.write(contentsOf: Data(text.utf8))
            } catch {
                stagingFailure = (number, error.localizedDescription)
            }
        }

        /// Closes the full copies and writes each cut cell's note; with `folder`, the copies
        /// replace the folder's and the notes name them.
        mutating func finishText(keepingIn folder: FullOutputFolder?, notebook: Notebook) throws {
            for file in fullFiles.values { try? file.close() }
            fullFiles = [:]
            if let folder, let stagingFailure {
                let cell = program.cells.first { $0.number == stagingFailure.cell }
                throw NotebookError(file: notebook.displayPath, line: cell?.firstCodeLineNumber ?? 1,
                                    message: "cannot keep the full output of cell \(stagingFailure.cell) in \(folder.shownAs): \(stagingFailure.reason)")
            }
            for (number, text) in printed {
                text.finish(&outputs[number, default: CellOutput()], file: folder?.shownFile(cell: number))
            }
            if let folder {
                let kept = staging.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
                try folder.publish(kept)
            }
        }

        /// Removes what is left of the staging folder (after a failed run, all of it).
        func discardStaging() {
            if let staging { try? FileManager.default.removeItem(atPath: staging) }
        }

        private mutating func handle(kind: String, fields: [String: String], progress: (RunProgress) -> Void) {
            let number = Int(fields["cell"] ?? "") ?? currentCell?.number ?? 0
            switch kind {
            case "begin":
                currentCell = program.cells.first { $0.number == number }
                cellStart = Date()
                outputs[number] = CellOutput()
                printed[number] = PrintedText(limit: limit)
                if let cell = currentCell { progress(.cellStarted(cell: number, line: cell.firstCodeLineNumber)) }
            case "end":
                if let cell = currentCell {
                    progress(.cellFinished(cell: number, line: cell.firstCodeLineNumber, seconds: Date().timeIntervalSince(cellStart)))
                }
                currentCell = nil
            case "figure":
                guard let cell = currentCell, let file = fields["file"] else { return }
                let also = (fields["also"] ?? "").split(separator: " ").map(String.init)
                outputs[cell.number, default: CellOutput()].segments.append(.figure(file: file, caption: fields["caption"] ?? "", also: also))
            case "markdown":
                guard let cell = currentCell else { return }
                outputs[cell.number, default: CellOutput()].segments.append(.markdown(fields["text"] ?? ""))
            case "timing":
                progress(.timing(cell: number, label: fields["label"] ?? "", seconds: Double(fields["seconds"] ?? "") ?? 0))
            case "progress":
                progress(.progress(cell: number, label: fields["label"] ?? "", percent: Int(fields["percent"] ?? "") ?? 0))
            case "steps":
                progress(.training(cell: number, done: Int(fields["done"] ?? "") ?? 0, planned: Int(fields["planned"] ?? "") ?? 0,
                                   seconds: Double(fields["seconds"] ?? "") ?? 0))
            case "throw":
                lastThrowSite = fields["site"]
            case "finish":
                finished = true
            default:
                break
            }
        }

        /// The cell (or nil for the whole notebook) whose time limit has passed, and that limit.
        func passedLimit() -> (cell: Cell?, seconds: Double)? {
            if Date().timeIntervalSince(start) > notebookTimeout { return (nil, notebookTimeout) }
            guard let cell = currentCell else { return nil }
            let limit = cell.options.timeout ?? cellTimeout
            return Date().timeIntervalSince(cellStart) > limit ? (cell, limit) : nil
        }
    }
}
