import Foundation

/// Ctrl-C and `kill` must stop the runner at once: every write it makes is atomic, so stopping
/// mid-run leaves no half-written file.
public enum StopSignals {
    /// Restores the default action of SIGINT and SIGTERM and unblocks them: a parent (a test
    /// runner, a CI shell) may have ignored or blocked them, and children inherit both.
    public static func restoreDefaults() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM] {
            sigaddset(&signals, signal)
            _ = Glibc.signal(signal, SIG_DFL)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
