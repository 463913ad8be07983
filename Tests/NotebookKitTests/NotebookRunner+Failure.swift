import Testing
@testable import NotebookKit

extension NotebookRunner {
    /// The error a run of `paths` fails with; records an issue when it does not fail so.
    func failure(running paths: NotebookPaths) throws -> NotebookError {
        do {
            _ = try run(paths) { _ in }
        } catch let error as NotebookError {
            return error
        }
        Issue.record("the run did not fail with a NotebookError")
        throw CancellationError()
    }
}
