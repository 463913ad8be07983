extension Dataset: CustomStringConvertible {
    /// A one-line summary for a notebook's output: name, size, dimension and class sizes.
    public var description: String {
        var sizes = [Int](repeating: 0, count: classes)
        for label in labels { sizes[label] += 1 }
        let sizeText = Set(sizes).count == 1 ? "\(classes) × \(sizes.first ?? 0)"
                                             : sizes.map(String.init).joined(separator: " + ")
        let modeCount = Set(zip(labels, modes).map { [$0.0, $0.1] }).count
        let modeText = modeCount > classes ? ", \(modeCount) modes" : ""
        return "\(name): \(count) points in \(dimension)-D, \(classes) classes (\(sizeText))\(modeText)"
    }
}
