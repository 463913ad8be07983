#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// How a gnuplot run ended.
typedef enum {
    /// gnuplot read the whole script and exited with status 0.
    GnuplotBridgeStatusSucceeded = 0,
    /// The executable could not be started (not on PATH, or not executable).
    GnuplotBridgeStatusExecutableMissing = 1,
    /// gnuplot exited with a non-zero status or was killed by a signal; see `diagnostics`.
    GnuplotBridgeStatusFailed = 2,
    /// gnuplot did not finish within the time limit and was killed.
    GnuplotBridgeStatusTimedOut = 3,
    /// The bridge itself failed (pipe, temporary file, working directory); see `diagnostics`.
    GnuplotBridgeStatusSystemError = 4,
} GnuplotBridgeStatus;

/// The outcome of one gnuplot run.
typedef struct {
    /// How the run ended.
    GnuplotBridgeStatus status;
    /// gnuplot's exit status, or the signal number negated when it was killed; 0 when it never ran.
    int exitCode;
    /// What gnuplot wrote to stdout and stderr (its error messages), or the bridge's own error
    /// text; NUL-terminated, owned by the result, released by `gnuplot_bridge_result_free`.
    char *diagnostics;
} GnuplotBridgeResult;

/// Runs `executable` (looked up on PATH when it holds no slash) as `executable -d /dev/stdin`
/// in `workingDirectory`, streams `script` (`length` bytes) to it through gnuplot-iostream, waits
/// for it at most `timeoutSeconds` (killing it after that; no limit when not positive) and reports
/// how it ended.
///
/// Reading the script as a file named `/dev/stdin`, rather than as interactive input, makes
/// gnuplot stop at the first error and name the script line in its message. `-d` skips the
/// user's `~/.gnuplot`, so the picture depends on the script alone.
GnuplotBridgeResult gnuplot_bridge_run(const char *executable, const char *script, size_t length,
                                       const char *workingDirectory, double timeoutSeconds);

/// Releases the diagnostics text of a result.
void gnuplot_bridge_result_free(GnuplotBridgeResult *result);

#ifdef __cplusplus
}
#endif
