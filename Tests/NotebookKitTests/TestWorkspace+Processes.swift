import Foundation

extension TestWorkspace {
    /// Starts the release-built `metriclab` with `arguments` in the workspace, `environment` set
    /// over the test's own, its output discarded, and returns at once: for tests that signal the
    /// runner while it works.
    func launchMetriclab(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestWorkspace.executable!)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Polls `value` every tenth of a second for up to `seconds` (a compile on a busy machine),
/// returning its first non-nil result, or nil when time runs out.
func poll<T>(for seconds: Double, _ value: () -> T?) -> T? {
    for _ in 0 ..< Int(seconds * 10) {
        if let found = value() { return found }
        Thread.sleep(forTimeInterval: 0.1)
    }
    return nil
}
