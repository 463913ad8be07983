import Foundation

extension NotebookRuntime {
    /// The environment variable through which the runner gives its process id.
    static let runnerVariable = "METRICLAB_RUNNER_PID"

    /// Asks the kernel to kill this program when the runner that started it ends, however it
    /// ends (even by SIGKILL, which gives the runner no chance to stop its children), so that a
    /// notebook program never runs on with nobody reading its output.
    static func endWithRunner() {
        guard let runner = ProcessInfo.processInfo.environment[runnerVariable].flatMap({ pid_t($0) }) else { return }
        // prctl is variadic, which Swift does not import; on Linux's ABIs calling its symbol with
        // the four further arguments spelled out is the same call.
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        let setParentDeathSignal: Int32 = 1  // PR_SET_PDEATHSIG in <linux/prctl.h>
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "prctl") {
            _ = unsafeBitCast(symbol, to: Prctl.self)(setParentDeathSignal, UInt(SIGKILL), 0, 0, 0)
        }
        // The runner may have ended before the request was made: this program is then already
        // someone else's child, and no signal will come.
        if getppid() != runner { raise(SIGKILL) }
    }
}
