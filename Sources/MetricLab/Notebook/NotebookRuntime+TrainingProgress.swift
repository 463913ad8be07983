import Foundation

extension NotebookRuntime {
    /// How often the runner hears how far training has come: often enough for a live line on
    /// the terminal, rarely enough that the records cost nothing next to the steps they count.
    static let trainingProgressInterval = 0.25

    /// Sends the steps of the training runs in progress to the runner as `steps` records, which
    /// it shows on a terminal (steps done, rate, time left) and never weaves.
    static func reportTrainingProgress() {
        TrainingProgress.shared.listen(every: trainingProgressInterval) { done, planned, seconds in
            NotebookRuntime.emit(NotebookRecord(kind: "steps", fields: ["done": String(done), "planned": String(planned),
                                                                         "seconds": String(format: "%.3f", seconds)]))
        }
    }
}
