import Foundation
import Synchronization
import Testing
@testable import MetricLab

/// The steps the training loop counts for a listener: all runs in progress in one tally.
@Suite struct TrainingProgressTests {
    final class Heard: Sendable {
        let reports = Mutex<[[Int]]>([])
        var all: [[Int]] { reports.withLock { $0 } }
    }

    /// A tally of its own (the shared one sees every test's training) that hears every publication.
    func listened() -> (TrainingProgress, Heard) {
        let tally = TrainingProgress()
        let heard = Heard()
        tally.listen(every: 0) { done, planned, seconds in
            #expect(seconds >= 0)
            heard.reports.withLock { $0.append([done, planned]) }
        }
        return (tally, heard)
    }

    @Test func withoutAListenerTheLoopsOwnCallbackIsUntouched() {
        let tally = TrainingProgress()
        #expect(tally.counting(steps: 10, nil) == nil)
        #expect(tally.begin(steps: 10) == nil)
    }

    @Test func runsSideBySideAddUpAndTheLastToEndReportsTheTotal() {
        let (tally, heard) = listened()
        var losses: [Double] = []
        do {
            let first = tally.counting(steps: 3) { _, loss in losses.append(loss) }
            let second = tally.counting(steps: 2, nil)
            first?(1, 0.5)
            second?(1, 0)
            first?(2, 0.25)
            second?(2, 0)
            first?(3, 0.125)
        }
        #expect(losses == [0.5, 0.25, 0.125])
        #expect(heard.all == [[1, 5], [2, 5], [3, 5], [4, 5], [5, 5], [5, 5]])
    }

    @Test func aRunThatStopsEarlyTakesItsUntakenStepsOutOfThePlan() {
        let (tally, heard) = listened()
        do {
            let run = tally.counting(steps: 10, nil)
            run?(1, 0)
            run?(2, 0)
        }
        #expect(heard.all.last == [2, 2])
        // The next run starts a new tally.
        do {
            let run = tally.counting(steps: 4, nil)
            run?(1, 0)
        }
        #expect(heard.all.suffix(2) == [[1, 4], [1, 1]])
    }

    @Test func runsStillToComeCountAtTheAverageOfThoseStartedAndKeepTheTallyOpen() {
        let (tally, heard) = listened()
        do {
            let expected = tally.expecting(runs: 3)
            withExtendedLifetime(expected) {
                for steps in [2, 4, 6] {
                    expected?.start()
                    let run = tally.counting(steps: steps, nil)
                    for step in 1 ... steps { run?(step, 0) }
                }
            }
        }
        // Two runs to come at 2 steps each, then one at (2 + 4) / 2, then none; the total once all end.
        #expect(heard.all == [[1, 6], [2, 6], [3, 9], [4, 9], [5, 9], [6, 9],
                              [7, 12], [8, 12], [9, 12], [10, 12], [11, 12], [12, 12], [12, 12]])
    }

    @Test func runsExpectedButNeverStartedLeaveThePlan() {
        let (tally, heard) = listened()
        do {
            let expected = tally.expecting(runs: 4)
            withExtendedLifetime(expected) {
                expected?.start()
                let run = tally.counting(steps: 5, nil)
                run?(1, 0)
            }
        }
        #expect(heard.all.first == [1, 20])
        #expect(heard.all.last == [1, 1])
        #expect(TrainingProgress().expecting(runs: 3) == nil)
    }

    @Test func betweenPublicationsStepsAreOnlyCounted() {
        let tally = TrainingProgress()
        let heard = Heard()
        tally.listen(every: 3600) { done, planned, _ in heard.reports.withLock { $0.append([done, planned]) } }
        do {
            let run = tally.counting(steps: 100, nil)
            for step in 1 ... 100 { run?(step, 0) }
        }
        // Nothing was reported within the hour, so the end of the tally has nothing to close.
        #expect(heard.all.isEmpty)
    }
}
