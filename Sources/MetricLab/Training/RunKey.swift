/// Everything that determines a training run, as one canonical text: what a cached run is filed
/// under and compared against, so that a different call never finds another call's run.
///
/// Values are described by reflection, the way `LossSetting.settings(of:)` reads a loss's
/// settings, so that a loss, miner, model or optimizer added later is described by its stored
/// properties with no registration: a type's full name, then each stored property by label,
/// recursively (nested distances, miners, reducers, wrapped losses), numbers by their bits and
/// bulk numbers (points, labels, parameters) by a hash of their bytes. A value reflection cannot
/// see through (a closure, a class instance, a metatype, an outside type's hand-made mirror)
/// makes the run uncacheable; a type
/// defined outside the library (in a notebook's cell, a test) behaves as its code says, so its
/// runs are keyed by that code as well (`RunCache.code`), and uncacheable without it.
struct RunKey: Equatable {
    /// The canonical text.
    let text: String

    /// The key's hash, which names the cached run's file.
    var fileName: String {
        var hash = ContentHash()
        hash.combine(text)
        return hash.hexDigest
    }

    /// The key of a run of these arguments, or nil when one of them cannot be described
    /// completely. `build` names the library that trains; `code` is the hash of the code that
    /// defines any type from outside the library.
    init?(build: String, code: String?, fields: KeyValuePairs<String, Any>) {
        var describer = Describer()
        var lines = ["build \(build)"]
        for (name, value) in fields {
            guard let text = describer.describe(value) else { return nil }
            lines.append("\(name) \(text)")
        }
        if describer.usesOutsideTypes {
            guard let code else { return nil }
            lines.append("code \(code)")
        }
        text = lines.joined(separator: "\n")
    }
}

/// Reflection over a value into canonical text, noting whether any type comes from outside the
/// library.
private struct Describer {
    /// Whether a type defined outside MetricLab and the standard library was met.
    var usesOutsideTypes = false

    /// The modules whose types' behaviour the library build fixes.
    private static let libraryModules: Set<Substring> = ["MetricLab", "Swift"]

    /// `value` as text, or nil when it cannot be described completely.
    mutating func describe(_ value: Any) -> String? {
        let type = String(reflecting: Swift.type(of: value))
        usesOutsideTypes = usesOutsideTypes || Self.namesOutsideTypes(type)
        // A mirror made by hand may leave stored properties out; the library's own and the standard
        // library's (an optional's, an array's) are whole.
        if value is any CustomReflectable, !Self.libraryModules.contains(type.prefix { $0 != "." }) { return nil }
        switch value {
        case let x as Double: return "Double(\(String(x.bitPattern, radix: 16)))"
        case let x as Float: return "Float(\(String(x.bitPattern, radix: 16)))"
        case let x as Bool: return String(x)
        case let x as String: return "\"\(x.unicodeScalars.map { $0.escaped(asASCII: true) }.joined())\""
        case let x as any BinaryInteger: return "\(type)(\(x))"
        case let x as Tensor: return "Tensor(\(x.rows)×\(x.cols), \(Self.hash(x.scalars)))"
        case let x as [Double]: return "[Double](\(x.count), \(Self.hash(x)))"
        case let x as [Int]: return "[Int](\(x.count), \(Self.hash(x)))"
        default: break
        }
        let mirror = Mirror(reflecting: value)
        let children = Array(mirror.children)
        switch mirror.displayStyle {
        case .struct, .tuple:
            return list(children, open: "\(type)(", close: ")")
        case .optional:
            guard let wrapped = children.first else { return "nil" }
            return describe(wrapped.value).map { "some(\($0))" }
        case .enum:
            guard let payload = children.first else { return Self.caseName(of: value).map { "\(type).\($0)" } }
            return describe(payload.value).map { "\(type).\(payload.label ?? "?")(\($0))" }
        case .collection:
            return list(children, open: "\(type)[", close: "]")
        case .set, .dictionary:
            var texts: [String] = []
            for child in children {
                guard let text = describe(child.value) else { return nil }
                texts.append(text)
            }
            return "\(type)[" + texts.sorted().joined(separator: ", ") + "]"
        default:
            // A class instance (state that can change behind the key), a closure, a metatype, an
            // opaque value: nothing says it is the same next time.
            return nil
        }
    }

    /// Children as `label: text` between `open` and `close`, or nil when one cannot be described.
    private mutating func list(_ children: [Mirror.Child], open: String, close: String) -> String? {
        var texts: [String] = []
        for child in children {
            guard let text = describe(child.value) else { return nil }
            texts.append(child.label.map { "\($0): \(text)" } ?? text)
        }
        return open + texts.joined(separator: ", ") + close
    }

    /// Whether a full type name names a type from outside the library anywhere (generic arguments
    /// too: `MetricLab.Mined<NotebookProgram.MyLoss, …>`).
    private static func namesOutsideTypes(_ typeName: String) -> Bool {
        var start: String.Index? = typeName.startIndex
        for index in typeName.indices {
            let character = typeName[index]
            if let first = start, character == "." {
                if !libraryModules.contains(typeName[first ..< index]) { return true }
                start = nil
            } else if !(character.isLetter || character.isNumber || character == "_" || character == ".") {
                start = typeName.index(after: index)
            }
        }
        return false
    }

    /// The bytes of plain numbers, hashed.
    private static func hash<T: BitwiseCopyable>(_ values: [T]) -> String {
        var hash = ContentHash()
        hash.combine(contentsOf: values)
        return hash.hexDigest
    }

    /// The name of an enum case without a payload, from the runtime's reflection metadata (a
    /// custom `description` may not name the case).
    private static func caseName(of value: Any) -> String? {
        enumCaseName(value).map { String(cString: $0) }
    }
}

/// The runtime's name of `value`'s enum case (how `print` names a case); nil without reflection metadata.
@_silgen_name("swift_EnumCaseName")
private func enumCaseName<T>(_ value: T) -> UnsafePointer<CChar>?
