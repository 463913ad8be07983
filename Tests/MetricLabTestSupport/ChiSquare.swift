import Foundation

/// Pearson's goodness-of-fit statistic Σ (O − E)² / E of observed counts against expected ones.
public func chiSquareStatistic(observed: [Int], expected: [Double]) -> Double {
    precondition(observed.count == expected.count, "chiSquareStatistic: \(observed.count) counts, \(expected.count) expectations")
    return zip(observed, expected).reduce(0) { sum, pair in
        let difference = Double(pair.0) - pair.1
        return sum + difference * difference / pair.1
    }
}

/// The value a χ² variable with `degreesOfFreedom` exceeds with probability `significance`: the
/// critical value of a goodness-of-fit test at that level, found by bisection on the χ² tail.
public func chiSquareCriticalValue(degreesOfFreedom k: Int, significance alpha: Double) -> Double {
    precondition(k > 0 && alpha > 0 && alpha < 1, "chiSquareCriticalValue: k = \(k), α = \(alpha)")
    let tail = { (x: Double) in 1 - regularizedLowerGamma(Double(k) / 2, x / 2) }
    var (low, high) = (0.0, Double(k) + 10)
    while tail(high) > alpha { high *= 2 }
    for _ in 0 ..< 200 {
        let middle = (low + high) / 2
        if tail(middle) > alpha { low = middle } else { high = middle }
    }
    return (low + high) / 2
}

/// P(a, x) = γ(a, x) / Γ(a): by its power series below a + 1, else as 1 − Q from Q's continued
/// fraction (modified Lentz), each where it converges fast.
public func regularizedLowerGamma(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 0 }
    let logPrefactor = a * log(x) - x - lgamma(a)
    if x < a + 1 {
        var (term, sum, n) = (1 / a, 1 / a, a)
        while abs(term) > abs(sum) * 1e-17 {
            n += 1
            term *= x / n
            sum += term
        }
        return sum * exp(logPrefactor)
    }
    let tiny = 1e-300
    var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
    for i in 1 ... 10_000 {
        let an = -Double(i) * (Double(i) - a)
        b += 2
        d = an * d + b
        if abs(d) < tiny { d = tiny }
        c = b + an / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        let step = d * c
        h *= step
        if abs(step - 1) < 1e-16 { break }
    }
    return 1 - exp(logPrefactor) * h
}
