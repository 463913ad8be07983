/// Scatters of a data set's points, its class names in the legend.
extension Scatter {
    /// The points of `data` (two columns) coloured by class, the legend naming each class as the
    /// data set does (`A`, `B`, `C` rather than 0, 1, 2).
    public init(_ data: Dataset, title: String? = nil, highlighted: [Int] = [], pointLabels: [Int: String] = [:],
                positivePairs: [(Int, Int)] = [], negativePairs: [(Int, Int)] = [], unitCircle: Bool = false) {
        self.init(data.points, labels: data.labels, title: title, highlighted: highlighted, pointLabels: pointLabels,
                  positivePairs: positivePairs, negativePairs: negativePairs, unitCircle: unitCircle,
                  classNames: data.classNames)
    }

    /// `embedding` (a row per example of `data`) coloured by `data`'s classes, named in the legend.
    public init(_ embedding: Tensor, of data: Dataset, title: String? = nil, highlighted: [Int] = [],
                unitCircle: Bool = false) {
        self.init(embedding, labels: data.labels, title: title, highlighted: highlighted, unitCircle: unitCircle,
                  classNames: data.classNames)
    }
}
