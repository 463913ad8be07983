#include "GnuplotBridge.h"

#include <gnuplot-iostream.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <spawn.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace {

GnuplotBridgeResult makeResult(GnuplotBridgeStatus status, int exitCode, const std::string &text) {
    GnuplotBridgeResult result;
    result.status = status;
    result.exitCode = exitCode;
    result.diagnostics = static_cast<char *>(std::malloc(text.size() + 1));
    if (result.diagnostics) {
        std::memcpy(result.diagnostics, text.data(), text.size());
        result.diagnostics[text.size()] = '\0';
    }
    return result;
}

std::string systemError(const std::string &what, int error) {
    return what + ": " + std::strerror(error);
}

/// A file descriptor closed when it goes out of scope.
struct Descriptor {
    int fd = -1;
    Descriptor() = default;
    explicit Descriptor(int fd) : fd(fd) {}
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    ~Descriptor() { reset(); }
    void reset() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    int release() {
        int kept = fd;
        fd = -1;
        return kept;
    }
};

/// Everything gnuplot prints goes to an unlinked temporary file rather than a pipe, so that a
/// chatty gnuplot can never block on a full pipe while the bridge is still writing its script.
int openCaptureFile() {
    const char *directory = std::getenv("TMPDIR");
    std::string pattern = std::string(directory && directory[0] ? directory : "/tmp") +
                          "/metriclab-gnuplot-XXXXXX";
    int fd = ::mkostemp(&pattern[0], O_CLOEXEC);
    if (fd >= 0) ::unlink(pattern.c_str());
    return fd;
}

std::string readAll(int fd) {
    std::string text;
    if (::lseek(fd, 0, SEEK_SET) < 0) return text;
    char buffer[4096];
    ssize_t count;
    while ((count = ::read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, size_t(count));
    return text;
}

/// Kills the child when the time limit passes before `finish()`. The child is only ever killed
/// while it is still unreaped (the caller waits with WNOWAIT before calling `finish()`), so the
/// signal cannot reach a process that later reused its id.
class Watchdog {
public:
    Watchdog(pid_t child, double seconds) : child(child) {
        thread = std::thread([this, seconds] {
            std::unique_lock<std::mutex> lock(mutex);
            auto limit = std::chrono::duration<double>(seconds > 0 ? seconds : 1e9);
            if (!condition.wait_for(lock, limit, [this] { return finished; })) {
                fired = true;
                ::kill(this->child, SIGKILL);
            }
        });
    }
    ~Watchdog() { finish(); }

    /// Stops the watchdog; returns whether it killed the child.
    bool finish() {
        {
            std::lock_guard<std::mutex> lock(mutex);
            finished = true;
        }
        condition.notify_all();
        if (thread.joinable()) thread.join();
        return fired;
    }

private:
    pid_t child;
    std::mutex mutex;
    std::condition_variable condition;
    bool finished = false;
    bool fired = false;
    std::thread thread;
};

/// Blocks SIGPIPE for the calling thread while gnuplot may close its end early (after an error),
/// so that the write fails with EPIPE instead of killing the host program; a SIGPIPE raised
/// meanwhile is consumed before the mask is restored.
class SigpipeBlock {
public:
    SigpipeBlock() {
        sigset_t pipeOnly;
        sigemptyset(&pipeOnly);
        sigaddset(&pipeOnly, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous);
    }
    ~SigpipeBlock() {
        sigset_t pending;
        sigpending(&pending);
        if (!wasPending && sigismember(&pending, SIGPIPE) == 1) {
            sigset_t pipeOnly;
            sigemptyset(&pipeOnly);
            sigaddset(&pipeOnly, SIGPIPE);
            struct timespec zero = {0, 0};
            sigtimedwait(&pipeOnly, nullptr, &zero);
        }
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    }

private:
    sigset_t previous;
    bool wasPending = false;
};

/// Streams the script to gnuplot's standard input through gnuplot-iostream; closing the stream
/// (when the `Gnuplot` object ends) is gnuplot's end of input.
void streamScript(int writeFd, const char *script, size_t length) {
    SigpipeBlock block;
    FILE *handle = ::fdopen(writeFd, "w");
    if (!handle) {
        ::close(writeFd);
        return;
    }
    try {
        Gnuplot gnuplot(handle);
        gnuplot.write(script, std::streamsize(length));
        gnuplot.flush();
    } catch (const std::exception &) {
        // A write that failed because gnuplot stopped reading shows up in its exit status.
    }
}

} // namespace

extern "C" GnuplotBridgeResult gnuplot_bridge_run(const char *executable, const char *script,
                                                  size_t length, const char *workingDirectory,
                                                  double timeoutSeconds) {
    struct stat directoryStatus;
    if (::stat(workingDirectory, &directoryStatus) != 0 || !S_ISDIR(directoryStatus.st_mode)) {
        return makeResult(GnuplotBridgeStatusSystemError, 0,
                          std::string("working directory ") + workingDirectory + " does not exist");
    }

    Descriptor capture(openCaptureFile());
    if (capture.fd < 0) {
        return makeResult(GnuplotBridgeStatusSystemError, 0,
                          systemError("cannot create a temporary file for gnuplot's messages", errno));
    }
    int pipeEnds[2];
    if (::pipe2(pipeEnds, O_CLOEXEC) != 0) {
        return makeResult(GnuplotBridgeStatusSystemError, 0, systemError("cannot create a pipe", errno));
    }
    Descriptor readEnd(pipeEnds[0]);
    Descriptor writeEnd(pipeEnds[1]);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, readEnd.fd, 0);
    posix_spawn_file_actions_adddup2(&actions, capture.fd, 1);
    posix_spawn_file_actions_adddup2(&actions, capture.fd, 2);
    posix_spawn_file_actions_addchdir_np(&actions, workingDirectory);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    sigset_t pipeOnly;
    sigemptyset(&pipeOnly);
    sigaddset(&pipeOnly, SIGPIPE);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &pipeOnly);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::string program(executable);
    std::string defaults("-d");
    std::string input("/dev/stdin");
    char *arguments[] = {&program[0], &defaults[0], &input[0], nullptr};
    pid_t child = 0;
    int spawnError = ::posix_spawnp(&child, executable, &actions, &attributes, arguments, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawnError == ENOENT || spawnError == EACCES || spawnError == ENOTDIR) {
        return makeResult(GnuplotBridgeStatusExecutableMissing, 0,
                          systemError(std::string("cannot run ") + executable, spawnError));
    }
    if (spawnError != 0) {
        return makeResult(GnuplotBridgeStatusSystemError, 0,
                          systemError(std::string("cannot start ") + executable, spawnError));
    }
    readEnd.reset();

    Watchdog watchdog(child, timeoutSeconds);
    streamScript(writeEnd.release(), script, length);

    siginfo_t info;
    std::memset(&info, 0, sizeof info);
    while (::waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR) {}
    bool timedOut = watchdog.finish();
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {}

    std::string diagnostics = readAll(capture.fd);
    if (timedOut) {
        return makeResult(GnuplotBridgeStatusTimedOut, -SIGKILL, diagnostics);
    }
    if (WIFEXITED(status)) {
        int code = WEXITSTATUS(status);
        return makeResult(code == 0 ? GnuplotBridgeStatusSucceeded : GnuplotBridgeStatusFailed, code,
                          diagnostics);
    }
    int signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return makeResult(GnuplotBridgeStatusFailed, -signal, diagnostics);
}

extern "C" void gnuplot_bridge_result_free(GnuplotBridgeResult *result) {
    if (!result) return;
    std::free(result->diagnostics);
    result->diagnostics = nullptr;
}
