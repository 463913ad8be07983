import MetricLab

/// The `metrics` section of a PML fixture file: one embedding, its labels, a clustering of it, and
/// reference scores (precision at 1, R-precision, MAP@R, NMI) to check MetricLab's metrics against.
///
/// Every number in the section is a reference score; each is checked by the `PMLMetricCheck` of the
/// same name, and a score without one is a failure, like a loss without a mapping.
public struct PMLMetricsSection: Sendable {
    /// The embeddings, a row each.
    public let embeddings: Tensor
    /// Their labels.
    public let labels: [Int]
    /// A predicted clustering of the embeddings, for the clustering scores.
    public let clustering: [Int]?
    /// The reference scores by field name, in name order.
    public let references: [(field: String, value: Double)]
    /// The section as a whole, for errors.
    let origin: FixtureField

    /// Reads the section.
    init(_ root: FixtureField) throws {
        origin = root
        embeddings = try root.field("embeddings").matrix()
        let labelsField = try root.field("labels")
        labels = try labelsField.integers()
        guard labels.count == embeddings.rows else {
            throw labelsField.error("\(labels.count) labels for \(embeddings.rows) embeddings")
        }
        let clusteringField = try root.optionalField("clustering")
        clustering = try clusteringField?.integers()
        if let clustering, clustering.count != labels.count {
            throw clusteringField!.error("\(clustering.count) cluster ids for \(labels.count) labels")
        }
        references = try root.members().sorted { $0.key < $1.key }.compactMap { name, field in
            guard case .number = field.value else { return nil }
            return (name, try field.number())
        }
    }

    /// Checks every reference score with the check of its name.
    func check(with checks: [String: PMLMetricCheck], tolerance: Double) -> [FixtureCheck] {
        references.map { field, reference in
            let name = "metrics: \(field)"
            guard let metric = checks[field] else {
                return FixtureCheck(name: name, failure: "no MetricLab metric for \(field)", tolerance: tolerance)
            }
            do {
                let value = try metric.compute(self)
                return FixtureCheck(name: name, subject: metric.subject,
                                    measurements: [.init("value", error: Swift.abs(value - reference))], tolerance: tolerance)
            } catch {
                let message = (error as? FixtureError)?.message ?? "\(error)"
                return FixtureCheck(name: name, subject: metric.subject, failure: message, tolerance: tolerance)
            }
        }
    }
}

/// How MetricLab computes one score of a fixture's `metrics` section.
public struct PMLMetricCheck: Sendable {
    /// The MetricLab function, for the report.
    public let subject: String
    /// Computes the score from the section's embeddings, labels and clustering.
    public let compute: @Sendable (PMLMetricsSection) throws -> Double

    /// A check named for the MetricLab function that computes it.
    public init(_ subject: String, _ compute: @escaping @Sendable (PMLMetricsSection) throws -> Double) {
        self.subject = subject
        self.compute = compute
    }
}

/// The metric checks of `metriclab verify`, by the field name PML fixtures use.
public enum PMLMetricChecks {
    /// Every score MetricLab can check: PML's AccuracyCalculator names for the retrieval scores
    /// (Recall@K for Song et al.'s K = 1, 2, 4, 8, 16), and NMI of the section's clustering.
    public static let all: [String: PMLMetricCheck] = {
        var checks: [String: PMLMetricCheck] = [
            "precision_at_1": PMLMetricCheck("Retrieval.precisionAt1") { $0.retrieval().precisionAt1 },
            "r_precision": PMLMetricCheck("Retrieval.rPrecision") { $0.retrieval().rPrecision },
            "mean_average_precision_at_r": PMLMetricCheck("Retrieval.mapAtR") { $0.retrieval().mapAtR },
            "nmi_geometric": PMLMetricCheck("normalizedMutualInformation(.geometric)") {
                normalizedMutualInformation($0.labels, try $0.requireClustering(), normalization: .geometric)
            },
            "nmi_arithmetic": PMLMetricCheck("normalizedMutualInformation(.arithmetic)") {
                normalizedMutualInformation($0.labels, try $0.requireClustering(), normalization: .arithmetic)
            },
        ]
        for k in [1, 2, 4, 8, 16] {
            checks["recall_at_\(k)"] = PMLMetricCheck("Retrieval.recall(at: \(k))") { section in
                let retrieval = section.retrieval(depth: k)
                guard retrieval.depth >= k else { throw section.error("recall_at_\(k) needs more than \(k) embeddings") }
                return retrieval.recall(at: k)
            }
        }
        return checks
    }()
}

extension PMLMetricsSection {
    /// The clustering, which clustering scores need.
    func requireClustering() throws -> [Int] {
        guard let clustering else { throw error("the clustering scores need a clustering field") }
        return clustering
    }

    /// Every embedding as a query against the others, ranked by Euclidean distance.
    func retrieval(depth: Int = 1) -> Retrieval { Retrieval(embeddings, labels: labels, depth: depth) }

    /// An error about the section, for a score that cannot be computed from it.
    func error(_ message: String) -> FixtureError { origin.error(message) }
}
