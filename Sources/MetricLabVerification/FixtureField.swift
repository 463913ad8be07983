import Foundation
import MetricLab

/// A value inside a fixture file together with where it is, so every read can fail with a clear error.
public struct FixtureField: Sendable {
    /// The value.
    public let value: JSONValue
    /// The fixture file.
    public let file: String
    /// The case or section the value belongs to (`case 3 (TripletMarginLoss)`), if any.
    public let place: String?
    /// The path of the value inside its case or section (`miner.kwargs.margin`); empty at the top.
    public let path: String

    /// A field at a place of a file.
    public init(_ value: JSONValue, file: String, place: String? = nil, path: String = "") {
        self.value = value
        self.file = file
        self.place = place
        self.path = path
    }

    /// An error about this field.
    public func error(_ message: String) -> FixtureError {
        FixtureError(file: file, place: place, field: path.isEmpty ? nil : path, message: message)
    }

    /// The same value seen as the root of a case or section named `place`.
    public func rooted(at place: String) -> FixtureField { FixtureField(value, file: file, place: place) }

    private func child(_ value: JSONValue, _ component: String) -> FixtureField {
        FixtureField(value, file: file, place: place, path: path.isEmpty ? component : "\(path).\(component)")
    }

    /// The members of an object.
    public func members() throws -> [String: FixtureField] {
        guard case .object(let members) = value else { throw error("expected an object, found \(value.kind)") }
        return members.reduce(into: [:]) { $0[$1.key] = child($1.value, $1.key) }
    }

    /// A member that must be present.
    public func field(_ key: String) throws -> FixtureField {
        guard let member = try optionalField(key) else { throw child(.null, key).error("missing") }
        return member
    }

    /// A member that may be absent or null.
    public func optionalField(_ key: String) throws -> FixtureField? {
        guard case .object(let members) = value else { throw error("expected an object, found \(value.kind)") }
        guard let member = members[key], member != .null else { return nil }
        return child(member, key)
    }

    /// The elements of an array.
    public func elements() throws -> [FixtureField] {
        guard case .array(let items) = value else { throw error("expected an array, found \(value.kind)") }
        return items.enumerated().map { child($1, "\($0)") }
    }

    /// A number.
    public func number() throws -> Double {
        guard case .number(let x) = value else { throw error("expected a number, found \(value.kind)") }
        return x
    }

    /// A whole number.
    public func integer() throws -> Int {
        let x = try number()
        guard x == x.rounded(), abs(x) < 1e15 else { throw error("expected a whole number, found \(x)") }
        return Int(x)
    }

    /// A string.
    public func string() throws -> String {
        guard case .string(let s) = value else { throw error("expected a string, found \(value.kind)") }
        return s
    }

    /// A boolean.
    public func bool() throws -> Bool {
        guard case .bool(let b) = value else { throw error("expected true or false, found \(value.kind)") }
        return b
    }

    /// An array of whole numbers.
    public func integers() throws -> [Int] { try elements().map { try $0.integer() } }

    /// An array of numbers.
    public func numbers() throws -> [Double] { try elements().map { try $0.number() } }

    /// A matrix, or a one-dimensional array of numbers read as a column.
    public func matrixOrColumn() throws -> Tensor {
        if case .array(let items) = value, items.allSatisfy({ if case .number = $0 { true } else { false } }) {
            let column = try numbers()
            guard !column.isEmpty else { throw error("expected a non-empty array") }
            return Tensor(rows: column.count, cols: 1, scalars: column)
        }
        return try matrix()
    }

    /// A matrix given as an array of equally long arrays of numbers.
    public func matrix() throws -> Tensor {
        let rows = try elements().map { try $0.numbers() }
        guard let width = rows.first?.count, width > 0 else { throw error("expected a non-empty matrix") }
        if let bad = rows.firstIndex(where: { $0.count != width }) {
            throw error("row \(bad) has \(rows[bad].count) numbers, row 0 has \(width)")
        }
        return Tensor(rows)
    }
}

extension FixtureField {
    /// The root of the fixture file at `path`, or an error naming the file.
    public static func root(ofFileAt path: String) throws -> FixtureField {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw FixtureError(file: path, place: nil, field: nil, message: "cannot be read (\(error.localizedDescription))")
        }
        return try FixtureField(JSONValue.parse(data, file: path), file: path)
    }

    /// Throws unless this root's `format` field is `format`.
    public func requireFormat(_ format: String) throws {
        let formatField = try field("format")
        guard try formatField.string() == format else {
            throw formatField.error("is '\(try formatField.string())', expected '\(format)'")
        }
    }
}
