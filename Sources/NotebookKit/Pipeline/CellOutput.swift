/// One piece of a cell's output, in the order the cell produced it.
public enum OutputSegment: Sendable, Equatable, Codable {
    /// Printed text, woven as a ```` ```text ```` block.
    case text(String)
    /// Markdown the cell asked to be woven as it is (`table`, `markdown`).
    case markdown(String)
    /// A figure file in the notebook's figure folder, with its caption and the same figure's
    /// files in further formats (`fig-format`), listed under it.
    case figure(file: String, caption: String, also: [String] = [])
}

/// Everything one cell put into the notebook.
public struct CellOutput: Sendable, Equatable, Codable {
    /// The segments in order; consecutive text is one segment.
    public var segments: [OutputSegment] = []

    /// An empty output.
    public init(segments: [OutputSegment] = []) {
        self.segments = segments
    }

    /// Adds printed text, joining it to printed text right before it. The joined text is taken
    /// out of the segments while it grows, so that it is extended in place: text arriving in
    /// many pieces costs time linear in its length, not a copy of everything before each piece.
    public mutating func append(text: String) {
        guard !text.isEmpty else { return }
        guard case .text(var joined) = segments.last else {
            segments.append(.text(text))
            return
        }
        segments[segments.count - 1] = .text("")
        joined += text
        segments[segments.count - 1] = .text(joined)
    }

    /// The figure files the cell drew, each linked image without the further formats beside it.
    public var figureFiles: [String] {
        segments.compactMap { if case .figure(let file, _, _) = $0 { file } else { nil } }
    }

    /// Every image file the cell drew: linked images and their further formats.
    public var imageFiles: [String] {
        segments.flatMap { segment -> [String] in
            if case .figure(let file, _, let also) = segment { [file] + also } else { [] }
        }
    }

    /// The printed text alone, for messages.
    public var text: String {
        segments.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }
}
