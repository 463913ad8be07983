extension Animation {
    /// A run's snapshots as scatter frames titled "`title`, step N" (the loss's name by default),
    /// keeping the snapshots whose step is a multiple of `every` (all when nil) and always the last.
    ///
    /// ```swift
    /// let run = try train(.free, on: data, loss: Triplet(), optimizer: .adam(lr: 0.01), steps: 1500, seed: 1, snapshotEvery: 50)
    /// show(Animation(run, every: 100))
    /// ```
    public init(_ run: Run, title: String? = nil, every: Int? = nil, unitCircle: Bool = false,
                classNames: [String]? = nil, secondsPerFrame: Double = 0.1) {
        precondition(every.map { $0 > 0 } ?? true, "Animation(run, every: \(every ?? 0)): every must be a positive number of steps")
        let kept = run.snapshots.enumerated().filter { index, snapshot in
            index == run.snapshots.count - 1 || every.map { snapshot.step % $0 == 0 } ?? true
        }
        self.init(kept.map { _, snapshot in
            Scatter(snapshot, labels: run.labels, title: title ?? run.name, unitCircle: unitCircle, classNames: classNames)
        }, secondsPerFrame: secondsPerFrame)
    }
}
