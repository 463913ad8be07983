/// One default of a notebook's parameters cell: a `let NAME = literal` line that
/// `metriclab run -P NAME=VALUE` may replace.
public struct Parameter: Sendable, Equatable {
    /// The constant's name.
    public var name: String
    /// The literal's type.
    public var kind: ParameterKind
    /// The default as written (`10`, `"moons"`).
    public var literal: String
    /// The notebook line (1-based) that declares it.
    public var line: Int
    /// Where the literal sits in the line, in UTF-8 bytes from its start.
    var literalRange: Range<Int>
    /// What follows the literal: nothing, or a comment.
    var trailer: String
}

/// The literal types a parameter may have: what a value given on the command line must be.
public enum ParameterKind: String, Sendable, Equatable {
    case integer = "Int"
    case decimal = "Double"
    case string = "String"
    case boolean = "Bool"

    /// The kind of `literal` (with its type annotation, if any), or nil when it is not a plain literal.
    init?(literal: String, annotation: String?) {
        let kind: ParameterKind
        if literal == "true" || literal == "false" {
            kind = .boolean
        } else if literal.wholeMatch(of: /-?[0-9][0-9_]*/) != nil {
            kind = .integer
        } else if literal.wholeMatch(of: /-?[0-9][0-9_]*(\.[0-9][0-9_]*)?([eE][+-]?[0-9]+)?/) != nil {
            kind = .decimal
        } else if literal.wholeMatch(of: /"(?:[^"\\]|\\[^(])*"/) != nil {
            kind = .string
        } else {
            return nil
        }
        guard let annotation else {
            self = kind
            return
        }
        // An integer literal may give a Double its value (`let lr: Double = 1`), as in Swift.
        guard let annotated = ParameterKind(rawValue: annotation), annotated == kind || (annotated == .decimal && kind == .integer) else { return nil }
        self = annotated
    }

    /// The Swift literal of `value` given on the command line, or nil when it is not a value of this kind.
    func literal(for value: String) -> String? {
        switch self {
        case .integer:
            return Int(value).map(String.init)
        case .decimal:
            guard let number = Double(value), number.isFinite,
                  value.allSatisfy({ $0.isASCII && ($0.isNumber || "-.eE+".contains($0)) }) else { return nil }
            return "\(number)"
        case .boolean:
            return value == "true" || value == "false" ? value : nil
        case .string:
            return GeneratedProgram.literal(value)
        }
    }

    /// The kind in words, for messages.
    var description: String {
        switch self {
        case .integer: "an integer (Int)"
        case .decimal: "a number (Double)"
        case .string: "a string"
        case .boolean: "true or false (Bool)"
        }
    }
}
