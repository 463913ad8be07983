/// The relational distillation S2SD and language guidance share (Roth et al. 2021, §3; Roth,
/// Vinyals & Akata 2022, §3): each row of a batch similarity matrix becomes a distribution by a
/// softmax at temperature T, and a student's rows are matched to a teacher's by the KL divergence,
///
///     D = T²/n Σᵢ KL(pᵢ ‖ qᵢ),   pᵢ = softmax(Aᵢ/T),  qᵢ = softmax(Bᵢ/T),
///
/// as the authors' code computes it (PyTorch's `kl_div(…, reduction='sum') · T² / n`). The teacher
/// is detached: only the student learns from it.
public struct SimilarityDistillation: Sendable {
    /// Which way the divergence runs between student and teacher.
    public enum Direction: Sendable {
        /// KL(teacher ‖ student): the student's log-probabilities weighted by the teacher's (S2SD,
        /// and the authors' `forward` language guidance).
        case forward
        /// KL(student ‖ teacher): the student's own probabilities weight the gap (the authors'
        /// language guidance default, `--language_distill_dir backward`).
        case backward
    }

    /// The temperature T of both softmaxes.
    public var temperature: Double
    /// Which way the divergence runs.
    public var direction: Direction

    /// A distillation at temperature `temperature`, `direction` as given.
    public init(temperature: Double = 1, direction: Direction = .forward) {
        self.temperature = temperature
        self.direction = direction
    }

    /// T²/n Σᵢ KL between the rows of `student` and of `teacher` (detached), n×n similarity matrices.
    /// - Throws: `LossError` from `source` when the temperature is not a positive number, or the
    ///   matrices differ in shape.
    public func divergence(student: Tensor, teacher: Tensor, source: String) throws -> Tensor {
        guard temperature > 0, temperature.isFinite else {
            throw LossError(source, "the temperature must be a positive number, got \(temperature)")
        }
        guard student.rows == teacher.rows, student.cols == teacher.cols else {
            throw LossError(source, "student similarities \(student.rows)×\(student.cols) against teacher's \(teacher.rows)×\(teacher.cols)")
        }
        let t = temperature
        let logStudent = Self.logSoftmaxRows(student / t), logTeacher = Self.logSoftmaxRows(teacher.detached / t)
        let gaps = switch direction {
        case .forward: logTeacher.exp() * (logTeacher - logStudent)
        case .backward: logStudent.exp() * (logStudent - logTeacher)
        }
        return gaps.sum() * (t * t / Double(Swift.max(student.rows, 1)))
    }

    /// log softmax of each row: x − log Σⱼ exp(xⱼ).
    static func logSoftmaxRows(_ x: Tensor) -> Tensor { x - x.logSumExpRows() }
}
