/// The Okabe–Ito colour-blind-safe palette, and the colour and marker every class keeps in every
/// figure.
enum Palette {
    /// Okabe–Ito colours, ordered so that the first classes differ most (yellow, weak on white, and
    /// black, kept for emphasis, come last), then four darker colours from Paul Tol's palettes so
    /// that twelve classes need no colour twice.
    static let colors = [
        "#0072B2", // blue
        "#E69F00", // orange
        "#009E73", // bluish green
        "#CC79A7", // reddish purple
        "#D55E00", // vermillion
        "#56B4E9", // sky blue
        "#F0E442", // yellow
        "#000000", // black
        "#882255", // wine
        "#999933", // olive
        "#8C510A", // brown
        "#888888", // grey
    ]

    /// gnuplot point types, filled shapes first: shape tells classes apart when colour cannot
    /// (greyscale print, colour blindness).
    static let shapes = [7, 5, 9, 13, 11, 6, 15, 4]

    /// The filled variant of a shape, for drawing a highlighted point with a solid outline.
    static func filled(_ shape: Int) -> Int {
        switch shape {
        case 6: 7
        case 4: 5
        default: shape
        }
    }

    /// Positive pairs and attraction: the papers' blue, an ultramarine darker than any class's
    /// blue (CIELAB distance over 50 from every class colour), so an edge never reads as a class.
    static let positive = "#2B2BA8"
    /// Negative pairs and repulsion: the papers' red, a crimson kept apart from the classes'
    /// vermillion and wine (CIELAB distance over 35 from every class colour).
    static let negative = "#C1002B"
    /// Net gradients, outlines of highlighted points.
    static let neutral = "#000000"
    /// Guides such as the unit circle.
    static let guide = "#999999"

    /// The colour of class `k`.
    static func classColor(_ k: Int) -> String { colors[k % colors.count] }

    /// The marker of class `k`; past the last colour the shapes shift so that no two of the first
    /// 96 classes share both colour and shape.
    static func classShape(_ k: Int) -> Int { shapes[(k + k / colors.count) % shapes.count] }

    /// A run, histogram group or other series: the class colours again, in the same order.
    static func seriesColor(_ k: Int) -> String { classColor(k) }

    /// Dash patterns (solid, dashed, dotted, dash-dot, …) that tell series apart in greyscale.
    static func seriesDash(_ k: Int) -> Int { [1, 2, 4, 5, 3][k % 5] }

    /// `color` with an alpha channel (gnuplot's `#AARRGGBB`, where 00 is opaque).
    static func translucent(_ color: String, opacity: Double) -> String {
        let alpha = Int(((1 - opacity) * 255).rounded())
        let hex = String(alpha, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 2 - hex.count) + hex + color.dropFirst()
    }

    /// `color` mixed with white, for the background of a class's region.
    static func tint(_ color: String, strength: Double) -> String {
        let hex = color.dropFirst()
        let channels = stride(from: 0, to: 6, by: 2).map { offset -> String in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            let value = Double(Int(hex[start ..< hex.index(start, offsetBy: 2)], radix: 16) ?? 0)
            let mixed = Int((255 - (255 - value) * strength).rounded())
            let text = String(mixed, radix: 16, uppercase: true)
            return String(repeating: "0", count: 2 - text.count) + text
        }
        return "#" + channels.joined()
    }
}
