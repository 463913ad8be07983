/// Values for a notebook's parameters, given as `metriclab run -P NAME=VALUE`, and where the
/// run they make is written: beside the notebook under a name that says which parameters, or
/// over the notebook itself.
public struct ParameterRequest: Sendable, Equatable {
    /// One `-P NAME=VALUE`.
    public struct Assignment: Sendable, Equatable {
        /// The parameter's name.
        public var name: String
        /// The value as given.
        public var value: String

        /// The assignment `argument` spells (`seeds=3`); the value may itself hold `=`.
        public init(argument: String) throws {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw ParameterError(message: "-P \(argument): a parameter is given as NAME=VALUE (`-P seeds=3`)")
            }
            name = String(argument[..<equals])
            value = String(argument[argument.index(after: equals)...])
        }

        /// The assignment as the user wrote it.
        var argument: String { "\(name)=\(value)" }
    }

    /// The values, sorted by name.
    public var assignments: [Assignment]
    /// Whether the result replaces the notebook (whose parameters cell then holds the given
    /// values) rather than going beside it.
    public var overwrite: Bool

    /// No values: the notebook runs as written.
    public init() {
        assignments = []
        overwrite = false
    }

    /// The request `arguments` (`["seeds=3", "steps=500"]`) spell; a name given twice is an error.
    public init(arguments: [String], overwrite: Bool = false) throws {
        assignments = try arguments.map(Assignment.init(argument:)).sorted { $0.name < $1.name }
        for (previous, next) in zip(assignments, assignments.dropFirst()) where previous.name == next.name {
            throw ParameterError(message: "-P \(next.name) is given twice (\(previous.value) and \(next.value))")
        }
        self.overwrite = overwrite
    }

    /// Whether the notebook runs as written.
    public var isEmpty: Bool { assignments.isEmpty }
}

/// A `-P` argument that cannot be read (a parameter a notebook lacks is a `NotebookError` at its line).
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The message.
    public var description: String { message }
}
