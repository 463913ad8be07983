import ArgumentParser
import Foundation
import MetricLab
import MetricLabBenchmarks
import NotebookKit

/// `metriclab bench`: time training steps, facility location, the tensor core and the notebooks.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time training steps, facility location, tensor ops and notebooks (use a release build)."
    )

    @Flag(help: "Print one JSON object per line instead of a table.")
    var json = false

    @Flag(help: "A tiny configuration that touches every library family in seconds (no notebooks).")
    var quick = false

    @Flag(help: "Print the shared losses as JSON lines (key, PML class and kwargs) and exit: what bench/pml_compare.py reads.")
    var list = false

    @Option(help: "Run only these families (repeatable): \((BenchmarkSuite.families + ["notebooks"]).joined(separator: ", ")).")
    var only: [String] = []

    @Option(help: "Time only these losses in the training-step families (repeatable), e.g. triplet.")
    var loss: [String] = []

    @Option(help: "Time only these batch sizes in the training-step and tensor families, the wide model's too (repeatable).")
    var batch: [Int] = []

    @Option(help: "Time only this model in the training-step and model-step families: mlp, free or wide (MLP 64-128-32 on 64-D blobs).")
    var model: TrainingStepBenchmark.Model?

    @Option(help: "The folder of notebooks to time cold and warm.")
    var notebooks = "notebooks"

    func validate() throws {
        if let size = batch.first(where: { $0 < 4 }) { throw ValidationError("--batch: \(size) is below 4, one point per blob") }
        let known = Set(BenchmarkSuite.families + ["notebooks"])
        if let unknown = only.first(where: { !known.contains($0) }) {
            throw ValidationError("--only: unknown family \(unknown); known: \(known.sorted().joined(separator: ", "))")
        }
    }

    func run() throws {
        if list {
            for loss in try BenchmarkLoss.shared() { print(loss.jsonLine) }
            return
        }
        var results: [BenchmarkResult] = []
        let report = { (r: BenchmarkResult) in
            results.append(r)
            if json { print(r.jsonLine) } else { FileHandle.standardError.write(Data("\(r.benchmark) \(r.loss ?? "") \(r.batch)\n".utf8)) }
        }
        var suite = try quick ? BenchmarkSuite.quick() : .full()
        if !batch.isEmpty { suite.batches = batch; suite.wideBatches = batch }
        if let model { suite.models = [model] }
        try suite.run(only: Set(only), lossKeys: Set(loss), report)
        var failures: [any Error] = []
        if !quick && (only.isEmpty || only.contains("notebooks")) {
            failures = try benchNotebooks(report)
        }
        if !json { print(BenchmarkResult.table(results)) }
        for failure in failures { FileHandle.standardError.write(Data("bench: notebook not timed: \(failure)\n".utf8)) }
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// Times the notebooks and returns the errors of those that failed.
    private func benchNotebooks(_ report: (BenchmarkResult) -> Void) throws -> [any Error] {
        let paths = try NotebookBatch.notebooks(in: [notebooks]).map { NotebookPaths(notebook: $0) }
        let compiler = Compiler(library: try MetricLabLibrary.nextToExecutable(), cacheDirectory: "")
        let (rows, failures) = try NotebookBenchmark.run(paths, compiler: compiler)
        for row in rows {
            for (kind, seconds) in [("cold", row.coldSeconds), ("warm", row.warmSeconds)] {
                report(BenchmarkResult(benchmark: "notebook-\(kind)", loss: row.name, batch: 0, medianMicroseconds: seconds * 1e6,
                                       details: ["peak_mib": String(format: "%.1f", row.peakChildMiB), "runs": "1"]))
            }
        }
        return failures
    }
}

extension TrainingStepBenchmark.Model: ExpressibleByArgument {}
