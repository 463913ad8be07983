/// Which rows of a stacked batch of views belong together, read from instance labels.
///
/// The first row of each instance counts as its anchor view and the next as its second view (the
/// order the views were stacked in); further views are ignored. Instances are numbered in the
/// order their first rows appear.
struct ViewPairs {
    /// The first row of every instance.
    let anchors: [Int]
    /// For each instance with a second view: its number (an index into `anchors`) and that row.
    let seconds: [(instance: Int, row: Int)]

    init(labels: [Int]) {
        var instanceOf: [Int: Int] = [:]
        var anchors: [Int] = [], seconds: [(instance: Int, row: Int)] = []
        var hasSecond = Set<Int>()
        for (row, label) in labels.enumerated() {
            if let instance = instanceOf[label] {
                if hasSecond.insert(instance).inserted { seconds.append((instance, row)) }
            } else {
                instanceOf[label] = anchors.count
                anchors.append(row)
            }
        }
        self.anchors = anchors
        self.seconds = seconds
    }
}
