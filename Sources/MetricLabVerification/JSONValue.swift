import Foundation
import MetricLab

/// A JSON document as a tree of values, for reading fixture files field by field with clear errors.
public enum JSONValue: Sendable, Equatable, Decodable {
    /// A number (JSON has one number type).
    case number(Double)
    /// A string.
    case string(String)
    /// true or false.
    case bool(Bool)
    /// null.
    case null
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let b = try? container.decode(Bool.self) { self = .bool(b) }
        else if let x = try? container.decode(Double.self) { self = .number(x) }
        else if let s = try? container.decode(String.self) { self = .string(s) }
        else if let a = try? container.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// Parses a JSON document; a syntax error names the file, line and column.
    ///
    /// JSON5 is accepted because Python's `json.dump`, which writes reference fixtures, emits the
    /// non-standard literals `Infinity`, `-Infinity` and `NaN` for such floats.
    public static func parse(_ data: Data, file: String) throws -> JSONValue {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        do {
            return try decoder.decode(JSONValue.self, from: data)
        } catch let error as DecodingError {
            if let syntax = JSONSyntax.firstError(in: Array(data)) {
                throw FixtureError(file: file, place: "line \(syntax.line), column \(syntax.column)", field: nil, message: "not valid JSON: \(syntax.message)")
            }
            throw FixtureError(file: file, place: nil, field: nil, message: "not valid JSON (\(error.plainDescription))")
        }
    }

    /// A word for the kind of value, for error messages.
    public var kind: String {
        switch self {
        case .number: "a number"
        case .string: "a string"
        case .bool: "a boolean"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension DecodingError {
    /// The underlying reason, without Swift's coding-path dump.
    var plainDescription: String {
        switch self {
        case .dataCorrupted(let context), .typeMismatch(_, let context),
             .valueNotFound(_, let context), .keyNotFound(_, let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        @unknown default:
            return "\(self)"
        }
    }
}
