extension LossCard {
    /// The card as Markdown: a heading with the name, the citation, the formula in a code block,
    /// then the defaults and the paper preset as code, so that symbols show as written.
    public var markdown: String {
        let pml = pytorchMetricLearning.isEmpty ? "none" : pytorchMetricLearning.map(Self.code).joined(separator: ", ")
        let presetText = preset.isEmpty ? "the defaults" : preset.map { Self.code($0.description) }.joined(separator: ", ")
        return """
        #### \(Self.plain(name)) (\(Self.code(type)))

        \(Self.plain(paper.authors)), “\(Self.plain(paper.title))”, \(Self.plain(paper.venue)) \(paper.year), \(Self.plain(paper.place)). PML: \(pml).

        ```text
        \(equation)
        ```

        - `init()`: \(defaults.isEmpty ? "no settings" : defaults.map { Self.code($0.description) }.joined(separator: ", "))
        - `.paper`: \(presetText)
        """
    }

    /// Text as a Markdown code span, its fence longer than any run of backticks inside it.
    static func code(_ text: String) -> String {
        var longest = 0, run = 0
        for c in text { run = c == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        return longest == 0 ? "\(fence)\(text)\(fence)" : "\(fence) \(text) \(fence)"
    }

    /// Text as Markdown that shows exactly that text: a backslash before each character that
    /// could become markup, and before an `&` that could start an entity (`&amp;`, `&#38;`).
    static func plain(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            let startsEntity = c == "&" && i + 1 < characters.count && (characters[i + 1].isLetter || characters[i + 1] == "#")
            if "\\`*_[]<>#|~$".contains(c) || startsEntity { result.append("\\") }
            result.append(c)
        }
        return result
    }
}
