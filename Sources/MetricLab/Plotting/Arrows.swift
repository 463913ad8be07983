/// A vector drawn as an arrow from each point: the pull of a loss on every embedding, split into
/// attraction (blue) and repulsion (red) when drawn as two overlaid `Arrows`.
///
/// The vectors are drawn as given: pass the negative gradient to show where gradient descent moves
/// each point. Fitted arrows share one scale across the figure (all layers, all panels), so that
/// their lengths compare.
public struct Arrows: Figure {
    /// What the arrows stand for, which sets their colour and legend title.
    public enum Kind: Sendable {
        /// The pull towards a point's positives: blue.
        case attraction
        /// The push away from its negatives: red, dashed, with open heads.
        case repulsion
        /// The whole gradient step: black.
        case total

        var color: String {
            switch self {
            case .attraction: Palette.positive
            case .repulsion: Palette.negative
            case .total: Palette.neutral
            }
        }

        var dash: Int { self == .repulsion ? 2 : 1 }

        /// Open heads tell repulsion from attraction in greyscale, where blue and red look alike.
        var head: String { self == .repulsion ? "empty" : "filled" }

        var title: String {
            switch self {
            case .attraction: "attraction"
            case .repulsion: "repulsion"
            case .total: "gradient step"
            }
        }
    }

    /// How vector lengths become arrow lengths.
    public enum Scale: Sendable {
        /// The longest arrow of the figure is 15% of its data's extent; all arrows scale alike.
        case fitted
        /// Each vector multiplied by this factor, in data units.
        case factor(Double)
    }

    let origins: Tensor
    let vectors: Tensor
    let kind: Kind
    let scale: Scale
    let title: String?

    /// Arrows from the rows of `origins` along the rows of `vectors` (both n×2).
    public init(_ origins: Tensor, _ vectors: Tensor, color kind: Kind = .total, scale: Scale = .fitted,
                title: String? = nil) {
        self.origins = origins
        self.vectors = vectors
        self.kind = kind
        self.scale = scale
        self.title = title
    }

    /// One panel of arrows on equal axes.
    public func layout() throws -> FigureLayout {
        let name = title.map { "Arrows '\($0)'" } ?? "Arrows"
        guard origins.rows == vectors.rows, origins.cols == vectors.cols, origins.cols == 2 || origins.rows == 0 else {
            throw FigureError("\(name): origins \(origins.rows)×\(origins.cols) and vectors \(vectors.rows)×\(vectors.cols) must both be n×2")
        }
        let rows = 0 ..< origins.rows
        let layer = ArrowsLayer(xs: rows.map { origins[$0, 0] }, ys: rows.map { origins[$0, 1] },
                                dxs: rows.map { vectors[$0, 0] }, dys: rows.map { vectors[$0, 1] },
                                kind: kind, scale: scale)
        return .single(Panel(title: title, equalAxes: true, layers: [layer]))
    }
}
