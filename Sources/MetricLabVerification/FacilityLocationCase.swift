import MetricLab

/// One case of a facility-location fixture: a batch, the loss's options and TensorFlow's results.
public struct FacilityLocationCase: Sendable {
    /// The case's name in the file (or `case N` when it has none).
    public let name: String
    /// The embeddings, a row each, exactly as the loss sees them.
    public let embeddings: Tensor
    /// The labels of the embeddings.
    public let labels: [Int]
    /// γ.
    public let marginMultiplier: Double
    /// Whether PAM refinement ran (`enable_pam_finetuning`, TensorFlow's default true).
    public let refinement: FacilityLocation.Refinement
    /// The clustering score behind Δ (`margin_type`, default "nmi").
    public let margin: FacilityLocation.Margin
    /// The loss.
    public let loss: Double
    /// ∂loss/∂embeddings.
    public let gradient: Tensor
    /// The medoids after inference, in selection order, when given.
    public let medoids: [Int]?
    /// The greedy medoids before PAM, when given.
    public let greedyMedoids: [Int]?
    /// The oracle medoids by ascending label, when given.
    public let oracleMedoids: [Int]?
    /// The final assignment (positions in the medoid list), when given.
    public let assignment: [Int]?
    /// F(X, S) of the final medoids, when given.
    public let facilityEnergy: Double?
    /// F̃, when given.
    public let oracleScore: Double?
    /// The clustering score of the case's margin type (`nmi`, or `clustering_score`), when given.
    public let clusteringScore: Double?
    /// Δ = 1 − the clustering score (`nmi_margin`), when given.
    public let structuredMargin: Double?
    /// F + γΔ − F̃, when given.
    public let hingeArgument: Double?

    /// The loss these options describe.
    public var facilityLocation: FacilityLocation {
        FacilityLocation(marginMultiplier: marginMultiplier, refinement: refinement, margin: margin)
    }

    /// Reads case `index` of a fixture file.
    init(_ field: FixtureField, index: Int) throws {
        name = try field.optionalField("name")?.string() ?? "case \(index)"
        let root = field.rooted(at: name)
        embeddings = try root.field("embeddings").matrix()
        for (key, expected) in [("m", embeddings.rows), ("dim", embeddings.cols)] {
            if let f = try root.optionalField(key), try f.integer() != expected {
                throw f.error("is \(try f.integer()), the embeddings have \(expected)")
            }
        }
        let labelsField = try root.field("labels")
        labels = try labelsField.integers()
        guard labels.count == embeddings.rows else {
            throw labelsField.error("\(labels.count) labels for \(embeddings.rows) embeddings")
        }
        if let f = try root.optionalField("num_classes"), try f.integer() != Set(labels).count {
            throw f.error("is \(try f.integer()), the labels have \(Set(labels).count) classes")
        }
        marginMultiplier = try root.field("margin_multiplier").number()
        refinement = try root.optionalField("enable_pam_finetuning")?.bool() == false ? .greedyOnly : .pam
        if let marginField = try root.optionalField("margin_type") {
            let names: [String: FacilityLocation.Margin] = ["nmi": .nmi, "ami": .ami, "ari": .ari, "vmeasure": .vMeasure]
            guard let margin = names[try marginField.string()] else {
                throw marginField.error("is '\(try marginField.string())', expected one of nmi, ami, ari, vmeasure")
            }
            self.margin = margin
        } else {
            margin = .nmi
        }
        loss = try root.field("loss").number()
        let gradientField = try root.field("grad_embeddings")
        gradient = try gradientField.matrix()
        guard gradient.rows == embeddings.rows, gradient.cols == embeddings.cols else {
            throw gradientField.error("shape \(gradient.rows)×\(gradient.cols), embeddings are \(embeddings.rows)×\(embeddings.cols)")
        }
        let points = embeddings.rows
        func indices(_ key: String) throws -> [Int]? {
            guard let f = try root.optionalField(key) else { return nil }
            let values = try f.integers()
            if let bad = values.first(where: { $0 < 0 || $0 >= points }) {
                throw f.error("index \(bad) outside 0..<\(points)")
            }
            return values
        }
        medoids = try indices("predicted_medoids")
        greedyMedoids = try indices("greedy_medoids")
        oracleMedoids = try indices("oracle_medoids")
        assignment = try root.optionalField("assignment")?.integers()
        facilityEnergy = try root.optionalField("facility_energy_pred")?.number()
        oracleScore = try root.optionalField("oracle_score")?.number()
        clusteringScore = try (root.optionalField("clustering_score") ?? root.optionalField("nmi"))?.number()
        structuredMargin = try root.optionalField("nmi_margin")?.number()
        hingeArgument = try root.optionalField("hinge_argument")?.number()
    }
}
