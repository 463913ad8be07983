/// RegularFace (Zhao et al. 2019, "RegularFace: Deep Face Recognition via Exclusive
/// Regularization", eq. 5): each class vector's similarity to its nearest other class vector,
///
///     termᵢ = max_{j≠i} cos(wᵢ, wⱼ),   averaged over the classes,
///
/// so that minimising it spreads the classes apart. The nearest class is chosen outside the tape,
/// as in PML's RegularFaceRegularizer; cosine similarity by default, and the distance must be a
/// similarity.
public struct RegularFaceRegularizer: Regularizer {
    /// How class vectors are compared: a similarity.
    public var distance: any Distance
    /// How the classes' terms become one number.
    public var reducer: Reducer

    /// RegularFace on cosine similarity, averaged (PML's defaults).
    public init(distance: any Distance = CosineSimilarity(), reducer: Reducer = .mean) {
        self.distance = distance
        self.reducer = reducer
    }

    public var name: String { "RegularFace" }

    public func terms(_ rows: Tensor) throws -> LossTerms {
        guard distance.ordering == .largerIsCloser else {
            throw LossError(name, "needs a similarity (larger is closer), such as CosineSimilarity()")
        }
        let n = rows.rows
        guard n > 1 else { return .none }
        let s = distance.matrix(rows)
        let nearest = (0 ..< n).map { i in (0 ..< n).filter { $0 != i }.max { s[i, $0] < s[i, $1] }! }
        return LossTerms(perExample: s.entries(rows: Array(0 ..< n), cols: nearest))
    }
}

extension Regularizer where Self == RegularFaceRegularizer {
    /// RegularFace on cosine similarity.
    public static var regularFace: RegularFaceRegularizer { RegularFaceRegularizer() }
}
