/// A single-panel figure on equal axes drawn `ratio` times as wide as it is high: for data that
/// fill a thin strip, where a square panel would leave the arrows between them a few pixels long.
public struct Aspect: Figure {
    let figure: any Figure
    let ratio: Double

    /// `figure` in a panel `ratio` times as wide as it is high (3 for a strip three times as long).
    public init(_ figure: any Figure, ratio: Double) {
        self.figure = figure
        self.ratio = ratio
    }

    /// The figure's one panel with its width-to-height ratio set.
    public func layout() throws -> FigureLayout {
        guard ratio.isFinite, ratio > 0 else { throw FigureError("Aspect: the ratio must be positive, got \(ratio)") }
        var panel = try figure.layout().onlyPanel(inside: "Aspect")
        panel.aspect = ratio
        return .single(panel)
    }
}

extension Figure {
    /// This figure in a panel `ratio` times as wide as it is high: `Overlay { … }.aspect(3)`.
    public func aspect(_ ratio: Double) -> Aspect {
        Aspect(self, ratio: ratio)
    }
}
