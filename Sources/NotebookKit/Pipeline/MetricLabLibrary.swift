import Foundation

/// The built MetricLab library a notebook program links against: `libMetricLab.so` and
/// `Modules/MetricLab.swiftmodule` in one build folder (normally `.build/release`).
public struct MetricLabLibrary: Sendable {
    /// The build folder.
    public var directory: String

    /// The library in `directory`; throws when it is not there.
    public init(directory: String) throws {
        self.directory = (directory as NSString).standardizingPath
        for file in [Self.libraryName, "Modules/MetricLab.swiftmodule"] {
            let path = (self.directory as NSString).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: path) else {
                throw MetricLabLibraryError(message: "no \(file) in \(self.directory): build the library with `swift build -c release`")
            }
        }
    }

    /// The library next to the running executable (how an installed `metriclab` finds it), or in
    /// the folder named by `METRICLAB_LIBRARY` when that is set.
    public static func nextToExecutable() throws -> MetricLabLibrary {
        if let directory = ProcessInfo.processInfo.environment["METRICLAB_LIBRARY"] {
            return try MetricLabLibrary(directory: directory)
        }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return try MetricLabLibrary(directory: (executable as NSString).deletingLastPathComponent)
    }

    static let libraryName = "libMetricLab.so"

    /// Module maps of the C targets in the build folder. MetricLab's module file may name them
    /// (GnuplotBridge), and the compiler must then be able to find them.
    var moduleMaps: [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return entries.filter { $0.hasSuffix(".build") }.sorted().map {
            (directory as NSString).appendingPathComponent("\($0)/module.modulemap")
        }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The `swiftc` arguments that import and link the library.
    var compilerArguments: [String] {
        ["-I", (directory as NSString).appendingPathComponent("Modules"), "-L", directory, "-lMetricLab",
         "-Xlinker", "-rpath", "-Xlinker", directory]
            + moduleMaps.flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] }
    }

    /// A hash of the library's binary, module and module maps: when it changes, every
    /// compiled notebook is stale.
    func contentHash() -> String {
        var hash = StableHash()
        for path in [(directory as NSString).appendingPathComponent(Self.libraryName),
                     (directory as NSString).appendingPathComponent("Modules/MetricLab.swiftmodule")] + moduleMaps {
            hash.combine(path)
            if let data = FileManager.default.contents(atPath: path) { hash.combine(data) }
        }
        return hash.hexDigest
    }
}

/// The library could not be found or read.
public struct MetricLabLibraryError: Error, CustomStringConvertible {
    /// What is missing and how to build it.
    public var message: String
    /// The message.
    public var description: String { message }
}
