import Foundation
import Testing
@testable import NotebookKit

/// The training-run cache as the commands use it: `run` keeps runs in `notebooks/.metriclab/trained/`
/// and returns them after an edit elsewhere, `run --no-cache` neither reads nor writes them, and
/// `check` starts from an empty cache. A run's `seconds` are the same bits when it comes from the
/// cache; the entry's modification time, which a read refreshes, tells whether it was read; and the
/// notebook prints the folder it was given (two trainings can take the same time to the bit, so
/// different seconds prove nothing).
@Suite(.serialized, .enabled(if: TestWorkspace.executable != nil, "no release-built metriclab in .build/release: run `swift build -c release` first"))
struct RunCacheCommandTests {
    let notebook = """
        # Cached

        ```swift
        let data = Blobs(classes: 3, perClass: 4).sample(seed: 1)
        let run = try train(MLP([2, 4, 2]), on: data, loss: Contrastive(), optimizer: .adam(lr: 0.01), steps: 3, seed: 1)
        print("seconds bits", run.seconds.bitPattern)
        print("runs in", ProcessInfo.processInfo.environment["METRICLAB_RUN_CACHE"].map { URL(fileURLWithPath: $0).lastPathComponent } ?? "none")
        ```

        """

    func metriclab(_ arguments: String..., in workspace: TestWorkspace) throws -> (status: Int32, output: String) {
        try Subprocess.run([TestWorkspace.executable!] + arguments, in: workspace.root)
    }

    /// The bits of the run's seconds the woven notebook shows.
    func secondsBits(_ paths: NotebookPaths) throws -> String {
        let text = try String(contentsOfFile: paths.notebook, encoding: .utf8)
        return try #require(text.firstMatch(of: /seconds bits (\d+)/)).1.description
    }

    /// Each cached run's file name and bytes.
    func cachedRuns(_ workspace: TestWorkspace) -> [String: Data] {
        let folder = workspace.root + "/notebooks/.metriclab/trained"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: folder + "/" + $0) ?? Data()) })
    }

    /// When the one cached run was last written or read.
    func lastUse(_ workspace: TestWorkspace) throws -> Date? {
        let folder = workspace.root + "/notebooks/.metriclab/trained"
        let name = try #require(cachedRuns(workspace).keys.first)
        return try FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.modificationDate] as? Date
    }

    @Test func runReusesCheckStartsEmptyAndNoCacheBypasses() throws {
        let workspace = try TestWorkspace()
        let paths = try workspace.notebook("cached", notebook)
        let first = try metriclab("run", in: workspace)
        #expect(first.status == 0, "\(first.output)")
        let trained = try secondsBits(paths)
        let kept = cachedRuns(workspace)
        #expect(kept.count == 1 && kept.keys.allSatisfy { $0.hasSuffix(".run") })

        // An edit to another cell reruns the program; the training run comes from the cache.
        let edited = try String(contentsOfFile: paths.notebook, encoding: .utf8) + "\n```swift\nprint(\"edited\")\n```\n"
        try edited.write(toFile: paths.notebook, atomically: true, encoding: .utf8)
        let rerun = try metriclab("run", in: workspace)
        #expect(rerun.status == 0, "\(rerun.output)")
        #expect(try secondsBits(paths) == trained)
        #expect(try String(contentsOfFile: paths.notebook, encoding: .utf8).contains("```text\nedited\n```"))
        #expect(cachedRuns(workspace) == kept)
        #expect(try String(contentsOfFile: paths.notebook, encoding: .utf8).contains("runs in trained"))
        let used = try lastUse(workspace)

        // check gives the program a folder of its own, which it removes after, and leaves the cache
        // unread and unwritten: the notebook would change where it names the folder.
        let check = try metriclab("check", in: workspace)
        #expect(check.status != 0, "\(check.output)")
        #expect(check.output.contains(/notebooks\/cached\.md:\d+: would change/), "\(check.output)")
        #expect(try cachedRuns(workspace) == kept && lastUse(workspace) == used)
        let scratch = (try? FileManager.default.contentsOfDirectory(atPath: paths.cache + "/scratch")) ?? []
        #expect(!scratch.contains { $0.hasSuffix(".runs") }, "check left its run cache: \(scratch)")

        // --no-cache gives the program no folder, so it trains anew, and the cache is left unread and unwritten.
        let uncached = try metriclab("run", "--no-cache", in: workspace)
        #expect(uncached.status == 0, "\(uncached.output)")
        #expect(try String(contentsOfFile: paths.notebook, encoding: .utf8).contains("runs in none"))
        #expect(try cachedRuns(workspace) == kept && lastUse(workspace) == used)

        let help = try metriclab("run", "--help", in: workspace)
        #expect(help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("no cached training run is read or written"))
    }
}
