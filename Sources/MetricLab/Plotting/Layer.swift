/// One kind of mark on a panel (points, edges, arrows, curves, bars, an image of regions).
protocol Layer: Sendable {
    /// The rectangle the layer covers, for choosing axis ranges; nil when it has no finite data.
    func extent(in context: LayerContext) -> Extent?
    /// Adds the layer's data blocks, settings and plot clauses to the panel's script.
    func draw(into script: inout PanelScript, context: LayerContext)
    /// The longest arrow the layer draws when its arrows are fitted to the figure; nil otherwise.
    var longestFittedArrow: Double? { get }
}

extension Layer {
    var longestFittedArrow: Double? { nil }
}

/// What a layer needs to know about the whole figure while it is drawn.
struct LayerContext: Sendable {
    /// Factor applied to fitted arrows so that the longest arrow of the figure has a readable length.
    var arrowScale: Double = 1
    /// Whether the panel's y axis is logarithmic, so that non-positive values cannot be drawn.
    var logScaleY = false
    /// Point size multiplier of the picture (small multiples use smaller marks).
    var markScale: Double = 1
}
