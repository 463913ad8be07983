/// Named lines y(x) on shared, labelled axes: functions, boundaries and scores against a setting,
/// where `LossCurves` is for values against training steps.
public struct Curves: Figure {
    /// One named line through (x, y) points, drawn in order.
    public struct Line: Sendable {
        /// The legend title.
        public var name: String
        /// The x of each point.
        public var xs: [Double]
        /// The y of each point; a value that is not finite breaks the line there.
        public var ys: [Double]

        /// A line named `name` through the points (xs[k], ys[k]).
        public init(_ name: String, xs: [Double], ys: [Double]) {
            self.name = name
            self.xs = xs
            self.ys = ys
        }
    }

    let lines: [Line]
    let title: String?
    let xLabel: String
    let yLabel: String
    let equalAxes: Bool

    /// `lines` on one panel, each in the next series colour and dash.
    ///
    /// - Parameter equalAxes: one unit on x as long as one on y, for curves in a plane such as a
    ///   decision boundary, whose shape (a circle, a diagonal) is the point.
    public init(_ lines: [Line], title: String? = nil, xLabel: String = "x", yLabel: String = "y",
                equalAxes: Bool = false) {
        self.lines = lines
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.equalAxes = equalAxes
    }

    /// One panel of every line; throws when a line's x and y counts differ.
    public func layout() throws -> FigureLayout {
        var panel = Panel(title: title, xLabel: xLabel, yLabel: yLabel, equalAxes: equalAxes, gridLines: true)
        for (index, line) in lines.enumerated() {
            guard line.xs.count == line.ys.count else {
                throw FigureError("Curves '\(line.name)': \(line.xs.count) x values but \(line.ys.count) y values")
            }
            panel.layers.append(CurveLayer(xs: line.xs, ys: line.ys, color: Palette.seriesColor(index),
                                           dash: Palette.seriesDash(index), lineWidth: 2.5, opacity: 1, title: line.name))
        }
        return .single(panel)
    }
}
