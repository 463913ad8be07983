/// Points coloured and shaped by class, some of them drawn bold (medoids, proxies).
struct ClassPointsLayer: Layer {
    let xs: [Double]
    let ys: [Double]
    let classes: [Int]
    /// Whether each point is drawn bold.
    let bold: [Bool]
    /// Legend titles by class index; the index itself when absent.
    let classNames: [String]?

    func extent(in context: LayerContext) -> Extent? {
        Extent(xs: xs, ys: ys)
    }

    /// Marks shrink as points crowd, so that 10,000 points still show their classes' shapes.
    var pointSize: Double {
        switch xs.count {
        case ..<120: 1.1
        case ..<600: 0.8
        case ..<2500: 0.55
        default: 0.35
        }
    }

    /// Beyond this many classes a legend would be taller than the picture and is left out.
    static let legendLimit = 20

    func title(ofClass k: Int, among count: Int) -> String? {
        guard count <= Self.legendLimit else { return nil }
        if let classNames, k < classNames.count { return classNames[k] }
        return String(k)
    }

    /// The legend's mark for class `k`, full size whatever the size of the points.
    func keySample(_ k: Int) -> String {
        "with points pt \(Palette.classShape(k)) ps 1.2 lc rgb '\(Palette.classColor(k))'"
    }

    func draw(into script: inout PanelScript, context: LayerContext) {
        let size = pointSize * context.markScale
        let rowsByClass = Dictionary(grouping: classes.indices, by: { classes[$0] })
        let present = rowsByClass.keys.sorted()
        for k in present {
            let rows = rowsByClass[k, default: []].filter { !bold[$0] }
            guard !rows.isEmpty else { continue }
            let block = script.addBlock(rows.map { "\(gnuplotNumber(xs[$0])) \(gnuplotNumber(ys[$0]))" })
            let style = "with points pt \(Palette.classShape(k)) ps \(gnuplotNumber(size)) lc rgb '\(Palette.classColor(k))'"
            script.addClause(block, style: style, title: title(ofClass: k, among: present.count), sample: keySample(k), rank: 0)
        }
        for k in present {
            let rows = rowsByClass[k, default: []].filter { bold[$0] }
            guard !rows.isEmpty else { continue }
            let block = script.addBlock(rows.map { "\(gnuplotNumber(xs[$0])) \(gnuplotNumber(ys[$0]))" })
            let shape = Palette.filled(Palette.classShape(k))
            let boldSize = max(size, 0.8) * 2.2
            script.addClause(block, style: "with points pt \(shape) ps \(gnuplotNumber(boldSize)) lc rgb '\(Palette.neutral)'")
            script.addClause(block, style: "with points pt \(shape) ps \(gnuplotNumber(boldSize * 0.62)) lc rgb '\(Palette.classColor(k))'",
                             title: title(ofClass: k, among: present.count), sample: keySample(k), rank: 0)
        }
    }
}
