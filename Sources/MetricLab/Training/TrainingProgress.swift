import Foundation
import Synchronization

/// The steps of the training runs in progress, counted for whoever shows progress.
///
/// The notebook runtime listens when a notebook runs under `metriclab`, which shows steps done,
/// rate and time left on the terminal; with no listener the training loop counts nothing. Runs
/// trained side by side (`train(…, seeds:)`) add up to one tally, which starts with the first
/// run and ends with the last. `parallelMap` says how many runs are still to come, which count
/// as many steps each as the runs started so far, on average, so that the time left covers them
/// too. A run publishes its count at most once per `interval`, so a step costs one clock read,
/// and the listener hears at most once per `interval` too.
final class TrainingProgress: Sendable {
    /// What a listener hears: steps done and planned across the runs in progress, and seconds
    /// since the first of them started.
    typealias Listener = @Sendable (_ done: Int, _ planned: Int, _ seconds: Double) -> Void

    /// The tally the training loop reports to.
    static let shared = TrainingProgress()

    private struct State {
        var listener: Listener?
        var interval: UInt64 = 0
        var active = 0
        /// Open expectations of runs to come (`parallelMap`s), which keep the tally open between runs.
        var expectations = 0
        /// Runs expected but not started.
        var pending = 0
        var started = 0
        var done = 0
        var planned = 0
        var start: UInt64 = 0
        var lastReport: UInt64 = 0
        var reported = false

        /// The steps planned, runs expected but not started counted at the average of those started.
        var estimatedPlan: Int {
            planned + (started == 0 ? 0 : pending * planned / started)
        }

        /// Starts a new tally unless one is open.
        mutating func open() {
            guard active == 0, expectations == 0 else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            self = State(listener: listener, interval: interval, start: now, lastReport: now)
        }

        /// Tells the listener the final count when the last run or expectation of a reported tally ends.
        func closeIfDone() {
            guard active == 0, expectations == 0, reported else { return }
            listener?(done, planned, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
    }

    private let state = Mutex(State())

    /// Calls `listener` at most every `interval` seconds while runs train, and once more when the
    /// last run of a tally it reported on ends, so that a display can show the run complete.
    func listen(every interval: Double, _ listener: @escaping Listener) {
        state.withLock {
            $0.listener = listener
            $0.interval = UInt64(max(0, interval) * 1e9)
        }
    }

    /// `progress` with the steps of a run of `steps` steps counted: the training loop's one hook.
    /// Without a listener, `progress` itself, so an unobserved run pays nothing.
    func counting(steps: Int, _ progress: ((_ step: Int, _ loss: Double) -> Void)?) -> ((_ step: Int, _ loss: Double) -> Void)? {
        guard let interval = begin(steps: steps) else { return progress }
        let counter = Counter(tally: self, steps: steps, interval: interval)
        return { step, loss in
            counter.step()
            progress?(step, loss)
        }
    }

    /// Says that `runs` runs are to come, each announced by `start()` as it begins; nil when
    /// nobody listens. The expectation ends with its last reference.
    func expecting(runs: Int) -> Expectation? {
        state.withLock { state in
            guard state.listener != nil else { return nil }
            state.open()
            state.expectations += 1
            state.pending += runs
            return Expectation(tally: self, runs: runs)
        }
    }

    /// Runs announced before they start, so that the steps planned include them.
    final class Expectation: Sendable {
        let tally: TrainingProgress
        private let remaining: Mutex<Int>

        init(tally: TrainingProgress, runs: Int) {
            self.tally = tally
            remaining = Mutex(runs)
        }

        /// One of the runs starts now (its own `train` call then plans its steps).
        func start() {
            let expected = remaining.withLock { remaining in
                defer { remaining = max(0, remaining - 1) }
                return remaining > 0
            }
            if expected { tally.state.withLock { $0.pending = max(0, $0.pending - 1) } }
        }

        deinit {
            let left = remaining.withLock { $0 }
            tally.state.withLock { state in
                state.pending = max(0, state.pending - left)
                state.expectations -= 1
                state.closeIfDone()
            }
        }
    }

    /// One run's steps, published to the tally at most once per interval and when the run ends
    /// (the counter's last reference goes with the training loop, even when it throws).
    private final class Counter {
        let tally: TrainingProgress
        let steps: Int
        let interval: UInt64
        var taken = 0
        var unpublished = 0
        var nextPublish: UInt64

        init(tally: TrainingProgress, steps: Int, interval: UInt64) {
            self.tally = tally
            self.steps = steps
            self.interval = interval
            nextPublish = DispatchTime.now().uptimeNanoseconds + interval
        }

        func step() {
            taken += 1
            unpublished += 1
            let now = DispatchTime.now().uptimeNanoseconds
            guard now >= nextPublish else { return }
            nextPublish = now + interval
            tally.add(unpublished, at: now)
            unpublished = 0
        }

        deinit {
            tally.end(adding: unpublished, unplanned: steps - taken)
        }
    }

    /// Adds a run of `steps` to the tally; the listener's interval, or nil when nobody listens.
    func begin(steps: Int) -> UInt64? {
        state.withLock { state in
            guard state.listener != nil else { return nil }
            state.open()
            state.active += 1
            state.started += 1
            state.planned += steps
            return state.interval
        }
    }

    /// Counts `steps` more steps done, telling the listener when its interval has passed.
    func add(_ steps: Int, at now: UInt64) {
        state.withLock { state in
            state.done += steps
            guard now >= state.lastReport + state.interval else { return }
            state.lastReport = now
            state.reported = true
            state.listener?(state.done, state.estimatedPlan, Double(now - state.start) / 1e9)
        }
    }

    /// Ends a run with `steps` more steps done and `unplanned` steps it will not take (it threw),
    /// telling the listener the final count when it closes a reported tally.
    func end(adding steps: Int, unplanned: Int) {
        state.withLock { state in
            state.done += steps
            state.planned -= unplanned
            state.active -= 1
            state.closeIfDone()
        }
    }
}
