extension Scatter {
    /// A run's final embedding coloured by class, titled with the loss's name unless `title` says
    /// otherwise; facility location's medoids bold (`run.medoids`), and the unit circle drawn when
    /// asked.
    public init(_ run: Run, title: String? = nil, highlighted: [Int]? = nil, unitCircle: Bool = false,
                classNames: [String]? = nil) {
        self.init(run.finalEmbedding, labels: run.labels, title: title ?? run.name,
                  highlighted: highlighted ?? run.medoids, unitCircle: unitCircle, classNames: classNames)
    }

    /// A snapshot's embedding coloured by `labels`, titled "`title`, step N".
    public init(_ snapshot: Snapshot, labels: [Int], title: String, highlighted: [Int] = [], unitCircle: Bool = false,
                classNames: [String]? = nil) {
        self.init(snapshot.embeddings, labels: labels, title: "\(title), step \(snapshot.step)",
                  highlighted: highlighted, unitCircle: unitCircle, classNames: classNames)
    }
}
