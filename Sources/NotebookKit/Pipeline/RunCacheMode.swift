import Foundation

/// Where a notebook program keeps the training runs it finishes (MetricLab's `RunCache`), so that
/// a rerun after an edit trains only what the edit changed.
public enum RunCacheMode: Sendable, Equatable {
    /// In `trained/` of the notebook's cache folder (`notebooks/.metriclab/trained/`), kept between runs.
    case kept
    /// In a folder that starts empty and goes with the run, and no earlier run record is reused:
    /// `check` proves the notebook from scratch.
    case empty
    /// Nowhere: every run trains (`--no-cache`).
    case off

    /// The environment variable that names the cache folder to the program (MetricLab's `RunCache.folderVariable`).
    static let folderVariable = "METRICLAB_RUN_CACHE"
    /// The environment variable holding the hash of the program's cells (`RunCache.codeVariable`),
    /// which keys runs of types the cells define.
    static let codeVariable = "METRICLAB_RUN_CACHE_CODE"

    /// The folder for a run of the notebook whose cache folder is `cache`, `scratch` being that
    /// run's own temporary path; nil when off.
    func folder(cache: String, scratch: String) -> String? {
        switch self {
        case .kept: (cache as NSString).appendingPathComponent("trained")
        case .empty: scratch + ".runs"
        case .off: nil
        }
    }
}
