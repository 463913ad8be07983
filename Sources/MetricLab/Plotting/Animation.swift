/// An animated GIF of figures shown one after another on fixed axes (the union of all frames'
/// data), looping: an embedding moving over training, the step in each frame's title.
public struct Animation: Figure {
    let frames: [any Figure]
    let secondsPerFrame: Double

    /// The single-panel `frames` in order, each shown for `secondsPerFrame`.
    public init(_ frames: [any Figure], secondsPerFrame: Double = 0.1) {
        self.frames = frames
        self.secondsPerFrame = secondsPerFrame
    }

    /// Snapshots of an embedding over training as scatter frames titled "`title`, step N", the
    /// ones `frames` picks (`.evenMotion(frames: 30)` spreads the motion over the frames), with
    /// `classNames` in the legend.
    public init(snapshots: [(step: Int, embedding: Tensor)], labels: [Int], title: String,
                highlighted: [Int] = [], unitCircle: Bool = false, secondsPerFrame: Double = 0.1,
                frames: FrameSchedule = .all, classNames: [String]? = nil) {
        let kept = frames.indices(steps: snapshots.map(\.step), positions: snapshots.map(\.embedding))
        self.init(kept.map { index in
            let snapshot = snapshots[index]
            return Scatter(snapshot.embedding, labels: labels, title: "\(title), step \(snapshot.step)",
                           highlighted: highlighted, unitCircle: unitCircle, classNames: classNames)
        }, secondsPerFrame: secondsPerFrame)
    }

    /// The frames on axes fixed across the animation.
    public func layout() throws -> FigureLayout {
        let panels = try frames.map { try $0.layout().onlyPanel(inside: "Animation") }
        guard !panels.isEmpty else { throw FigureError("Animation: no frames to draw") }
        guard secondsPerFrame > 0 else { throw FigureError("Animation: secondsPerFrame must be positive") }
        return FigureLayout(arrangement: .animation(secondsPerFrame: secondsPerFrame), panels: panels, sharedAxes: true)
    }
}
