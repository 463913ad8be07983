/// Makes TeX formulas readable without a math engine: Greek letters and operators become
/// Unicode, `_` and `^` become subscripts and superscripts, `\frac{a}{b}` becomes a/b.
enum TeXText {
    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
        "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "sum": "∑", "prod": "∏", "in": "∈", "notin": "∉", "le": "≤",
        "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "cdot": "·", "times": "×", "infty": "∞",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "approx": "≈", "sim": "∼", "partial": "∂", "nabla": "∇",
        "sqrt": "√", "lVert": "‖", "rVert": "‖", "|": "‖", "langle": "⟨", "rangle": "⟩", "cup": "∪", "cap": "∩",
        "subset": "⊂", "forall": "∀", "exists": "∃", "pm": "±", "log": "log", "exp": "exp", "max": "max",
        "min": "min", "arg": "arg", "cos": "cos", "sin": "sin", "quad": " ", "qquad": "  ", ",": " ", ";": " ",
        "!": "", "{": "{", "}": "}", "left": "", "right": "", "mid": "|", "lvert": "|", "rvert": "|",
        "ell": "ℓ", "top": "⊤", "circ": "∘", "dots": "…", "ldots": "…", "cdots": "⋯",
    ]
    static let blackboard: [Character: String] = ["R": "ℝ", "N": "ℕ", "Z": "ℤ", "E": "𝔼", "Q": "ℚ"]

    /// The formula as HTML.
    static func html(_ tex: String) -> String {
        var parser = Parser(chars: Array(tex))
        return parser.sequence(until: nil)
    }

    private struct Parser {
        let chars: [Character]
        var i = 0

        mutating func sequence(until closing: Character?) -> String {
            var html = ""
            while i < chars.count {
                let c = chars[i]
                if c == closing {
                    i += 1
                    return html
                }
                html += atom()
            }
            return html
        }

        /// One unit: a group, a command, a sub- or superscript, or a character.
        mutating func atom() -> String {
            let c = chars[i]
            i += 1
            switch c {
            case "{":
                return sequence(until: "}")
            case "_":
                return "<sub>\(argument())</sub>"
            case "^":
                return "<sup>\(argument())</sup>"
            case "\\":
                return command()
            default:
                return HTMLText.escape(String(c))
            }
        }

        mutating func argument() -> String {
            guard i < chars.count else { return "" }
            return atom()
        }

        mutating func command() -> String {
            guard i < chars.count else { return "\\" }
            var name = ""
            if chars[i].isLetter {
                while i < chars.count && chars[i].isLetter {
                    name.append(chars[i])
                    i += 1
                }
            } else {
                name = String(chars[i])
                i += 1
            }
            switch name {
            case "frac":
                let numerator = argument(), denominator = argument()
                return "(\(numerator))/(\(denominator))"
            case "text", "mathrm", "operatorname", "mathbf", "boldsymbol", "mathit", "textrm":
                return argument()
            case "mathbb":
                let inner = argument()
                return inner.count == 1 ? (blackboard[inner.first!] ?? inner) : inner
            case "hat", "bar", "tilde", "vec":
                let marks = ["hat": "\u{302}", "bar": "\u{304}", "tilde": "\u{303}", "vec": "\u{20D7}"]
                return argument() + marks[name]!
            default:
                return symbols[name].map(HTMLText.escape) ?? HTMLText.escape("\\" + name)
            }
        }
    }
}
