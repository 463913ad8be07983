import MetricLab
import MetricLabTestSupport
import Testing

/// A constant beside a tensor may be an Int as well as a Double: it is that number as a Double,
/// with the same values and gradients.
@Suite struct ScalarOperandTests {
    let x = Tensor([[0.5, -1.25], [2, 3]])

    @Test func integerConstantsActAsDoubles() {
        let n = 3
        #expect((x + n).scalars == (x + 3.0).scalars && (n + x).scalars == (3.0 + x).scalars)
        #expect((x - n).scalars == (x - 3.0).scalars && (n - x).scalars == (3.0 - x).scalars)
        #expect((x * n).scalars == (x * 3.0).scalars && (n * x).scalars == (3.0 * x).scalars)
        #expect((x / n).scalars == (x / 3.0).scalars && (n / x).scalars == (3.0 / x).scalars)
    }

    /// The expression that took the type checker 9 s to reject, now an expression.
    @Test func aCountInATensorExpressionComputesAndDifferentiates() throws {
        let n = 3
        let expected = (x * 2 - x.exp() / 3.0 + 1).sum().scalar * 0.5
        #expect(abs((x * 2 - x.exp() / n + 1).sum().scalar * 0.5 - expected) < 1e-15)
        #expect(gradientError(at: [x]) { ($0[0] * 2 - $0[0].exp() / n + 1).sum() * n } < 1e-8)
    }
}
