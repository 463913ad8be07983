/// Several single-panel figures drawn on the same axes, in order, later ones on top:
/// `Overlay { Scatter(embedding, labels: labels); Arrows(embedding, forces, color: .attraction) }`.
public struct Overlay: Figure {
    let figures: [any Figure]

    /// The figures written in the block, drawn in that order on one panel.
    public init(@FigureBuilder _ content: () -> [any Figure]) {
        figures = content()
    }

    /// The figures drawn in order on one panel.
    public init(_ figures: [any Figure]) {
        self.figures = figures
    }

    /// The figures' panels merged into one, drawn in order.
    public func layout() throws -> FigureLayout {
        let panels = try figures.map { try $0.layout().onlyPanel(inside: "Overlay") }
        guard let first = panels.first else { return .single(Panel()) }
        return .single(panels.dropFirst().reduce(first) { $0.overlaid(with: $1) })
    }
}
