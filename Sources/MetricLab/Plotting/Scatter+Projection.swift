/// Scatters of projections, titled with the method that placed the points.
extension Scatter {
    /// A projection's points coloured by class, titled with the method (`t-SNE (perplexity 30)`),
    /// after `title` when one is given (`32-D: PCA (64% of variance)`).
    public init(_ projection: Projection, labels: [Int], title: String? = nil, classNames: [String]? = nil) {
        self.init(projection.points, labels: labels, title: title.map { "\($0): \(projection.title)" } ?? projection.title,
                  classNames: classNames)
    }

    /// A projection of `data`'s rows coloured by its classes, named in the legend as the data set names them.
    public init(_ projection: Projection, of data: Dataset, title: String? = nil) {
        self.init(projection, labels: data.labels, title: title, classNames: data.classNames)
    }
}
