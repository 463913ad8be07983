/// Scatters whose edges come straight from what a loss or miner chose.
extension Scatter {
    /// A scatter with each triplet's anchor–positive edge in blue and anchor–negative edge in red,
    /// each pair drawn once.
    public init(_ points: Tensor, labels: [Int], title: String? = nil, highlighted: [Int] = [],
                triplets: TripletIndices, classNames: [String]? = nil) {
        self.init(points, labels: labels, title: title, highlighted: highlighted,
                  positivePairs: Self.distinctPairs(zip(triplets.anchors, triplets.positives)),
                  negativePairs: Self.distinctPairs(zip(triplets.anchors, triplets.negatives)),
                  classNames: classNames)
    }

    /// A scatter with the entries of two pair masks as blue and red edges, each unordered pair once.
    public init(_ points: Tensor, labels: [Int], title: String? = nil, highlighted: [Int] = [],
                positives: Mask, negatives: Mask, classNames: [String]? = nil) {
        self.init(points, labels: labels, title: title, highlighted: highlighted,
                  positivePairs: Self.distinctPairs(Self.entries(of: positives)),
                  negativePairs: Self.distinctPairs(Self.entries(of: negatives)),
                  classNames: classNames)
    }

    /// The (row, column) pairs where a mask is set, row by row.
    static func entries(of mask: Mask) -> [(Int, Int)] {
        (0 ..< mask.rows).flatMap { i in (0 ..< mask.cols).filter { mask[i, $0] }.map { (i, $0) } }
    }

    /// Unordered pairs without repeats or self-pairs, in increasing order, so that (i, j) and
    /// (j, i) make one edge and the script is the same whatever order the pairs came in.
    static func distinctPairs<S: Sequence>(_ pairs: S) -> [(Int, Int)] where S.Element == (Int, Int) {
        let keys = Set(pairs.filter { $0.0 != $0.1 }.map { [min($0.0, $0.1), max($0.0, $0.1)] })
        return keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { ($0[0], $0[1]) }
    }
}
