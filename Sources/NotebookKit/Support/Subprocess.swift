import Foundation

/// Running a tool to completion and collecting what it printed.
enum Subprocess {
    /// Runs `arguments[0]` (looked up on PATH) and returns its exit status and its stdout and
    /// stderr together, in the order it wrote them, with `environment` set over the runner's own
    /// variables. Stopping the runner interrupts the tool.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let data = try StopSignals.run(process, stop: .interrupt) {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return data
        }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
