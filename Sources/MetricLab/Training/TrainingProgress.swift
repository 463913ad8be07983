import Foundation
import Synchronization

/// The steps of the training runs in progress, counted for whoever shows progress.
///
/// The notebook runtime listens when a notebook runs under `metriclab`, which shows steps done,
/// rate and time left on the terminal; with no listener the training loop counts nothing. Runs
/// trained side by side (`train(…, seeds:)`) add up to one tally, which starts with the first
/// run and ends with the last. A run publishes its count at most once per `interval`, so a step
/// costs one clock read, and the listener hears at most once per `interval` too.
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
        var done = 0
        var planned = 0
        var start: UInt64 = 0
        var lastReport: UInt64 = 0
        var reported = false
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
            if state.active == 0 {
                let now = DispatchTime.now().uptimeNanoseconds
                state = State(listener: state.listener, interval: state.interval, start: now, lastReport: now)
            }
            state.active += 1
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
            state.listener?(state.done, state.planned, Double(now - state.start) / 1e9)
        }
    }

    /// Ends a run with `steps` more steps done and `unplanned` steps it will not take (it threw),
    /// telling the listener the final count when the last run of a reported tally ends.
    func end(adding steps: Int, unplanned: Int) {
        state.withLock { state in
            state.done += steps
            state.planned -= unplanned
            state.active -= 1
            guard state.active == 0, state.reported else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            state.listener?(state.done, state.planned, Double(now - state.start) / 1e9)
        }
    }
}
