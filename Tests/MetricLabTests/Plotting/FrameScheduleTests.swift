@testable import MetricLab
import Testing

/// Choosing an animation's frames so that motion is spread over them.
@Suite struct FrameScheduleTests {
    /// One point that moves 1 unit per step for the first 4 of 20 steps, then stays still.
    static let steps = Array(0 ... 20)
    static let positions = steps.map { step in Tensor([[Double(min(step, 4)), 0]]) }

    @Test func evenMotionKeepsTheFramesWhereSomethingMoved() {
        let kept = FrameSchedule.evenMotion(frames: 5).indices(steps: Self.steps, positions: Self.positions)
        // The point moves 4 units in steps 1–4: a frame a unit, the still steps 5–19 skipped, the
        // last frame (where the point has stood since step 4) kept.
        #expect(kept == [0, 1, 2, 3, 20])
    }

    @Test func logarithmicFramesAreDenseEarly() {
        let kept = FrameSchedule.logarithmic(frames: 4).indices(steps: [0, 1, 3, 7, 15, 31, 63], positions: [])
        // Targets at log(1 + step) = 0, ln 64 / 3, 2 ln 64 / 3, ln 64: steps 0, 3, 15, 63.
        #expect(kept == [0, 2, 4, 6])
    }

    @Test func allKeepsEverySnapshotAndStillnessFallsBackToEvenSpacing() {
        #expect(FrameSchedule.all.indices(steps: Self.steps, positions: Self.positions) == Array(0 ... 20))
        let still = Array(repeating: Tensor([[1.0, 1]]), count: 9)
        #expect(FrameSchedule.evenMotion(frames: 3).indices(steps: Array(0 ..< 9), positions: still) == [0, 4, 8])
    }

    @Test func anAnimationOfSnapshotsShowsTheScheduledFrames() throws {
        let snapshots = zip(Self.steps, Self.positions).map { (step: $0, embedding: $1) }
        let animation = Animation(snapshots: snapshots, labels: [0], title: "moving", frames: .evenMotion(frames: 5))
        let titles = try animation.layout().panels.map(\.title)
        #expect(titles == [0, 1, 2, 3, 20].map { "moving, step \($0)" })
    }
}
