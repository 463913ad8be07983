import Foundation

/// Student's t distribution with `degreesOfFreedom` ν: the distribution of a sample mean's
/// distance from the true mean in standard errors when the spread is estimated from n = ν + 1 values.
public struct StudentT: Sendable, Equatable {
    /// ν, more than 0 (n − 1 for a mean of n values).
    public let degreesOfFreedom: Double

    /// The t distribution with ν degrees of freedom.
    public init(degreesOfFreedom: Double) {
        // fatalError, not precondition: notebooks run the release build, where a precondition is silent.
        guard degreesOfFreedom > 0 && degreesOfFreedom.isFinite else {
            fatalError("StudentT: degrees of freedom must be a finite number > 0, got \(degreesOfFreedom)")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T ≤ t), through the regularised incomplete beta function: for t ≥ 0 it is
    /// 1 − ½ I_{ν/(ν+t²)}(ν/2, ½), and the distribution is symmetric about 0.
    public func cumulativeProbability(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let ν = degreesOfFreedom
        let tail = 0.5 * regularizedIncompleteBeta(ν / (ν + t * t), ν / 2, 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The t with P(T ≤ t) = `probability`: t_{0.975, 4} = 2.776 is the half-width, in standard
    /// errors, of a 95% interval for the mean of five values. Found by bisection on the
    /// distribution function, which is monotone, to the last bits a double resolves.
    public func quantile(_ probability: Double) -> Double {
        guard probability > 0 && probability < 1 else {
            fatalError("StudentT.quantile: the probability must lie strictly between 0 and 1, got \(probability)")
        }
        if probability == 0.5 { return 0 }
        if probability < 0.5 { return -quantile(1 - probability) }
        var low = 0.0, high = 1.0
        while cumulativeProbability(high) < probability { low = high; high *= 2 }
        for _ in 0 ..< 200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if cumulativeProbability(middle) < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}

/// I_x(a, b), the regularised incomplete beta function, by its continued fraction evaluated with
/// the modified Lentz method (Numerical Recipes, §6.4), on the side of the symmetry
/// I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges fast.
func regularizedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    if x > (a + 1) / (a + b + 2) { return 1 - regularizedIncompleteBeta(1 - x, b, a) }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
    let tiny = 1e-300
    var c = 1.0, d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var fraction = d
    for m in 1 ... 1000 {
        let m = Double(m)
        for numerator in [m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))] {
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
        }
        if abs(d * c - 1) < 1e-16 { break }
    }
    return exp(logFront) * fraction / a
}
