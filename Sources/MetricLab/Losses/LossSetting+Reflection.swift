import Foundation

extension LossSetting {
    /// The stored settings of `loss`, read by reflection so that they are the value's own: for a
    /// wrapper, its base's settings and then its own (`Mined`'s `miner`, `Regularized`'s
    /// `regularizer`, `weight` and `target`). Properties named in `hidden` (state, not settings)
    /// are left out.
    public static func settings(of loss: any Loss, hiding hidden: Set<String> = []) -> [LossSetting] {
        let own = Mirror(reflecting: loss).children.compactMap { child -> LossSetting? in
            guard let label = child.label, label != "base" || !(loss is any LossWrapper), !hidden.contains(label) else { return nil }
            return LossSetting(label, text(of: child.value))
        }
        guard let wrapper = loss as? any LossWrapper else { return own }
        return settings(of: wrapper.base, hiding: hidden) + own
    }

    /// A value as Swift-like text: numbers in at most six significant digits, enum cases with a
    /// leading dot, structs as `Type(label: value, …)`, dictionaries and sets in sorted order so
    /// that the text is the same in every process.
    public static func text(of value: Any) -> String {
        switch value {
        case let x as Double: return number(x)
        case let x as Bool: return String(x)
        case let x as Int: return String(x)
        case let x as UInt64: return String(x)
        case let x as String: return "\"\(x)\""
        default: break
        }
        let mirror = Mirror(reflecting: value)
        let children = Array(mirror.children)
        switch mirror.displayStyle {
        case .optional:
            return children.first.map { text(of: $0.value) } ?? "nil"
        case .enum:
            guard let payload = children.first else { return ".\(value)" }
            let inner = Mirror(reflecting: payload.value).displayStyle == .tuple ? text(of: payload.value) : "(\(text(of: payload.value)))"
            return ".\(payload.label ?? "\(value)")\(inner)"
        case .tuple:
            return "(" + children.map { labelled($0.label, text(of: $0.value)) }.joined(separator: ", ") + ")"
        case .collection:
            return "[" + children.map { text(of: $0.value) }.joined(separator: ", ") + "]"
        case .set:
            return "[" + children.map { text(of: $0.value) }.sorted().joined(separator: ", ") + "]"
        case .dictionary:
            let entries = children.map { entry -> String in
                let pair = Array(Mirror(reflecting: entry.value).children)
                return "\(text(of: pair[0].value)): \(text(of: pair[1].value))"
            }
            return entries.isEmpty ? "[:]" : "[" + entries.sorted().joined(separator: ", ") + "]"
        default:
            let name = String(describing: type(of: value))
            return "\(name)(" + children.map { labelled($0.label, text(of: $0.value)) }.joined(separator: ", ") + ")"
        }
    }

    /// A tuple or struct element: `label: value`, or the value alone for an unlabelled one.
    private static func labelled(_ label: String?, _ value: String) -> String {
        guard let label, !label.hasPrefix(".") else { return value }
        return "\(label): \(value)"
    }

    /// A whole number without a point; anything else in six significant digits.
    private static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(format: "%.6g", x)
    }
}
