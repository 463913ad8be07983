import Foundation
import Synchronization

/// Ctrl-C and `kill` must stop the runner at once, and the programs it started with it: every
/// write it makes is atomic, so stopping mid-run leaves no half-written file, while a notebook
/// program left behind would spin on at full speed with nobody reading its output. Foundation
/// starts each child in a process group of its own, so a signal to the runner (or to its group,
/// as Ctrl-C sends) never reaches the children by itself.
public enum StopSignals {
    /// How a child is stopped when the runner is.
    enum Stop {
        /// SIGKILL to the child's process group: the notebook program and anything it started.
        case killGroup
        /// SIGINT to the child alone: the Swift driver stops the compiler jobs it started.
        case interrupt
    }

    /// Restores the default action of SIGINT and SIGTERM and unblocks them (a parent such as a
    /// test runner or a CI shell may have ignored or blocked them, and children inherit both),
    /// then catches them so that the runner stops its children before it ends by the signal.
    public static func install() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM] {
            sigaddset(&signals, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            for signal in [SIGINT, SIGTERM] { _ = Glibc.signal(signal, SIG_DFL) }
            return
        }
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        signalPipe = ends[1]
        let reader = ends[0]
        Thread.detachNewThread { stopChildren(onSignalFrom: reader) }
        for signal in [SIGINT, SIGTERM] {
            // A handler may only do what is safe inside a signal: it hands the signal's number
            // to the thread above, which does the rest.
            _ = Glibc.signal(signal) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipe, &byte, 1)
            }
        }
    }

    /// Starts `process` and runs `body` while it is registered to be stopped with the runner;
    /// starting and registering happen under the lock the stopping thread takes, so no child
    /// escapes between the two.
    static func run<T>(_ process: Process, stop: Stop, while body: () throws -> T) throws -> T {
        try children.withLock { children in
            try process.run()
            children[process.processIdentifier] = stop
        }
        defer { _ = children.withLock { $0.removeValue(forKey: process.processIdentifier) } }
        return try body()
    }

    /// Stops `pid` (and its process group when it leads one) the way `stop` says.
    static func stop(_ pid: pid_t, _ stop: Stop) {
        switch stop {
        case .killGroup:
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        case .interrupt:
            kill(pid, SIGINT)
        }
    }

    /// Waits for a signal's number on the pipe, stops every registered child, then ends the
    /// runner by the same signal with its default action, so that its exit status is the
    /// conventional one (130 for SIGINT, 143 for SIGTERM in a shell).
    private static func stopChildren(onSignalFrom reader: Int32) {
        var byte: UInt8 = 0
        while true {
            let count = read(reader, &byte, 1)
            if count == 1 { break }
            guard count < 0, errno == EINTR else { return }
        }
        let number = Int32(byte)
        children.withLock { children in
            for (pid, how) in children { stop(pid, how) }
            _ = Glibc.signal(number, SIG_DFL)
            kill(getpid(), number)
        }
    }

    private static let children = Mutex<[pid_t: Stop]>([:])
}

/// The write end of the pipe from the signal handler to the stopping thread; a handler is a C
/// function and reaches only globals. Set once by `install`, before the handlers.
nonisolated(unsafe) private var signalPipe: Int32 = -1
