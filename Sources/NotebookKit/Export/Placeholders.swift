import Foundation

/// Stand-ins for finished HTML inside Markdown that Ink renders: a word Ink leaves alone, swapped
/// for its HTML afterwards.
///
/// Each page draws a fresh random token for its words, so text a cell printed can never name a
/// placeholder and pull HTML into a place of its choosing (an attribute, say).
struct Placeholders {
    private let token = String((0..<16).map { _ in "ABCDEFGHIJKLMNOPQRSTUVWXYZ".randomElement()! })
    private var html: [String] = []
    private var indices: [String: Int] = [:]

    /// The word that stands for `html` (the same word each time the same HTML is added).
    mutating func add(_ html: String) -> String {
        if let index = indices[html] { return key(index) }
        self.html.append(html)
        indices[html] = self.html.count - 1
        return key(self.html.count - 1)
    }

    /// `rendered` with every placeholder, alone in a paragraph or inline, replaced by its HTML.
    func substitute(in rendered: String) -> String {
        var result = rendered
        for index in html.indices.reversed() {
            result = result.replacingOccurrences(of: "<p>\(key(index))</p>", with: html[index])
                .replacingOccurrences(of: key(index), with: html[index])
        }
        return result
    }

    private func key(_ index: Int) -> String {
        "ML\(token)\(index)X"
    }
}
