import Foundation

/// What the last successful run of a notebook produced, kept so that a notebook whose program
/// and figures are unchanged is woven again without running.
struct RunRecord: Codable, Equatable {
    /// The compiled program's cache key.
    var programKey: String
    /// Each cell's output, by cell number.
    var outputs: [Int: CellOutput]
    /// Each figure file the run left in the figure folder, with its content hash.
    var figures: [String: String]
    /// What each cell that ran was (`GeneratedProgram.cellIdentities`); nil in records written
    /// before runs kept it.
    var cellIdentities: [String]? = nil

    static func path(in cache: String, name: String) -> String {
        (cache as NSString).appendingPathComponent("runs/\(name).json")
    }

    static func load(from path: String) -> RunRecord? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(RunRecord.self, from: data)
    }

    func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try AtomicFile.write(try encoder.encode(self), toPath: path)
    }

    /// Whether every figure of the run is still in `folder`, unchanged.
    func figuresAreCurrent(in folder: String) -> Bool {
        figures.allSatisfy { file, hash in
            StableHash.ofFile(atPath: (folder as NSString).appendingPathComponent(file)) == hash
        }
    }
}
