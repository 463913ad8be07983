/// One set of axes and what is drawn on them, in drawing order.
public struct Panel: Sendable {
    var title: String?
    var xLabel: String?
    var yLabel: String?
    /// One unit on x is as long as one unit on y (embeddings, input planes).
    var equalAxes = false
    var logScaleY = false
    /// Light grid lines behind the data (curves and histograms).
    var gridLines = false
    /// The y axis starts at zero when the data are non-negative (histograms).
    var yFromZero = false
    /// Whether the axes leave a margin around the data; regions fill their panel exactly.
    var padded = true
    /// Width over height of an equal-axes panel, whose ranges widen to fill it: data that fill a
    /// thin strip get a wide panel instead of a square one (nil: square).
    var aspect: Double?
    var layers: [any Layer] = []
    /// Short remarks printed in a corner, such as how many points were not finite.
    var notes: [String] = []
    /// gnuplot commands that draw the panel on their own, for figures written as raw gnuplot.
    var commands: String?

    /// The panel with another panel's layers drawn over its own; the first title and labels win.
    func overlaid(with top: Panel) -> Panel {
        var merged = self
        merged.title = title ?? top.title
        merged.xLabel = xLabel ?? top.xLabel
        merged.yLabel = yLabel ?? top.yLabel
        merged.equalAxes = equalAxes || top.equalAxes
        merged.logScaleY = logScaleY || top.logScaleY
        merged.gridLines = gridLines || top.gridLines
        merged.yFromZero = yFromZero || top.yFromZero
        merged.padded = padded && top.padded
        merged.aspect = aspect ?? top.aspect
        merged.layers += top.layers
        merged.notes += top.notes
        return merged
    }
}
