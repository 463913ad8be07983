import Foundation
import Testing
@testable import NotebookKit

/// Training inside a running notebook reports its steps to the runner, and nothing of it is woven.
@Suite(.serialized, .enabled(if: TestWorkspace.library != nil, "no release-built MetricLab in .build/release: run `swift build -c release` first"))
struct TrainingProgressRunTests {
    @Test func trainingStepsArriveAsProgressAndAreNotWoven() throws {
        let workspace = try TestWorkspace()
        // Two runs of fifty thousand steps on four points: well over the quarter second between reports.
        let text = """
            ```swift
            let data = SplitClass(classes: 2, perClass: 2).sample(seed: 1)
            let runs = try train(.free, on: data, loss: Contrastive(), optimizer: .sgd(lr: 0.01), steps: 50_000, seeds: 0 ..< 2)
            print("trained", runs.count)
            ```

            ```swift
            print("no training here")
            ```

            """
        let paths = try workspace.notebook("train", text)
        var reports: [(cell: Int, done: Int, planned: Int, seconds: Double)] = []
        _ = try workspace.runner().run(paths) { event in
            if case .training(let cell, let done, let planned, let seconds) = event { reports.append((cell, done, planned, seconds)) }
        }
        #expect(reports.count >= 2)
        #expect(reports.allSatisfy { $0.cell == 1 && $0.done <= $0.planned && $0.planned <= 100_000 })
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.done <= $1.done && $0.seconds <= $1.seconds })
        let last = try #require(reports.last)
        #expect(last.done == 100_000 && last.planned == 100_000)
        let woven = try workspace.text(paths)
        #expect(woven.contains("<!-- metriclab:output -->\n```text\ntrained 2\n```\n\n<!-- metriclab:end "))
        #expect(woven.contains("<!-- metriclab:output -->\n```text\nno training here\n```\n\n<!-- metriclab:end "))
        #expect(!woven.contains("planned") && !woven.contains("steps/s"))
        #expect(!woven.contains("\u{1E}"))
    }
}
