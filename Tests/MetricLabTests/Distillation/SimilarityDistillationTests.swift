import Foundation
import MetricLab
import MetricLabTestSupport
import Testing

/// The KL divergence of row-wise softmaxes that S2SD and language guidance share: closed forms,
/// the temperature's scaling, the detached teacher and the refusal of a temperature that is not positive.
@Suite struct SimilarityDistillationTests {
    /// KL(p ‖ q) of two distributions, by its definition.
    static func kl(_ p: [Double], _ q: [Double]) -> Double { zip(p, q).reduce(0) { $0 + $1.0 * log($1.0 / $1.1) } }

    /// A softmax of a row at temperature t, by its definition.
    static func softmax(_ row: [Double], _ t: Double) -> [Double] {
        let e = row.map { exp($0 / t) }, total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    @Test func forwardIsTheTeachersKLScaledByTSquaredOverRows() throws {
        // Row 1: teacher uniform, student (¼, ¾) at T = 1: KL = ½ ln 2 + ½ ln(2/3) by hand.
        let student = Tensor([[0, log(3)], [1, -1]]), teacher = Tensor([[0, 0], [0.5, 2]])
        let one = try SimilarityDistillation(temperature: 1).divergence(student: student, teacher: teacher, source: "test").scalar
        let firstRow = 0.5 * log(2) + 0.5 * log(2.0 / 3)
        let secondRow = Self.kl(Self.softmax([0.5, 2], 1), Self.softmax([1, -1], 1))
        #expect(abs(one - (firstRow + secondRow) / 2) < 1e-14)
        let two = try SimilarityDistillation(temperature: 2).divergence(student: student, teacher: teacher, source: "test").scalar
        let rows = [([0.0, log(3)], [0.0, 0]), ([1.0, -1], [0.5, 2])].map { Self.kl(Self.softmax($0.1, 2), Self.softmax($0.0, 2)) }
        #expect(abs(two - 4 * (rows[0] + rows[1]) / 2) < 1e-14)
    }

    @Test func backwardIsTheStudentsKL() throws {
        let student = Tensor([[0.2, -0.4, 1.0]]), teacher = Tensor([[1.0, 0.5, 0.0]])
        let value = try SimilarityDistillation(temperature: 0.5, direction: .backward)
            .divergence(student: student, teacher: teacher, source: "test").scalar
        let expected = 0.25 * Self.kl(Self.softmax([0.2, -0.4, 1.0], 0.5), Self.softmax([1.0, 0.5, 0.0], 0.5))
        #expect(abs(value - expected) < 1e-14)
        #expect(try SimilarityDistillation().divergence(student: teacher, teacher: teacher, source: "test").scalar.magnitude < 1e-15)
    }

    @Test(arguments: [SimilarityDistillation.Direction.forward, .backward])
    func studentGradientMatchesDifferencesAndTheTeacherGetsNone(direction: SimilarityDistillation.Direction) throws {
        let distill = SimilarityDistillation(temperature: 0.7, direction: direction)
        let teacher = randomTensor(4, 4, seed: 3)
        #expect(try gradientError(at: [randomTensor(4, 4, seed: 2)]) {
            try distill.divergence(student: $0[0], teacher: teacher, source: "test")
        } < 1e-7)
        let (_, gradients) = try valueWithGradient(at: [randomTensor(4, 4, seed: 2), teacher]) {
            try distill.divergence(student: $0[0], teacher: $0[1], source: "test")
        }
        #expect(gradients[0].scalars.contains { $0 != 0 })
        #expect(gradients[1].scalars.allSatisfy { $0 == 0 }, "the teacher is detached")
    }

    @Test(arguments: [0.0, -1.0, .nan, .infinity])
    func aTemperatureThatIsNotPositiveIsRefused(temperature: Double) {
        let x = Tensor([[0, 1], [1, 0]])
        #expect(throws: LossError("S2SD", "the temperature must be a positive number, got \(temperature)")) {
            try SimilarityDistillation(temperature: temperature).divergence(student: x, teacher: x, source: "S2SD")
        }
    }
}
