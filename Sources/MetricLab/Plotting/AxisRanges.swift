import Foundation

/// The x and y ranges a panel is drawn with, padded so that no mark touches the frame.
struct AxisRanges: Equatable {
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>

    /// Ranges around `extent` (or a unit square when there is no data) for a panel's axes.
    /// Equal axes fill a panel `aspect` times as wide as it is high.
    init(around extent: Extent?, equalAxes: Bool, logScaleY: Bool, yFromZero: Bool, padded: Bool = true,
         aspect: Double = 1) {
        guard let extent else {
            x = -1 ... 1
            y = logScaleY ? 0.1 ... 10 : -1 ... 1
            return
        }
        let pad = padded ? 0.06 : 0
        x = Self.padded(extent.minX ... extent.maxX, by: pad)
        if logScaleY {
            let low = log10(extent.minY), high = log10(extent.maxY)
            let exponents = Self.padded(low ... high, by: pad)
            y = pow(10, exponents.lowerBound) ... pow(10, exponents.upperBound)
        } else if yFromZero && extent.minY >= 0 {
            y = 0 ... Self.padded(extent.minY ... extent.maxY, by: pad).upperBound
        } else {
            y = Self.padded(extent.minY ... extent.maxY, by: pad)
        }
        if equalAxes && padded && !logScaleY {
            let height = max(y.upperBound - y.lowerBound, (x.upperBound - x.lowerBound) / aspect)
            x = Self.centered(x, span: height * aspect)
            y = Self.centered(y, span: height)
        }
    }

    /// Tick values for a logarithmic y axis spanning less than two decades, where gnuplot's
    /// powers of ten alone would leave it with one label or none: 1-2-5 steps, or every digit
    /// when those are too few.
    var logTicks: [Double]? {
        let low = y.lowerBound, high = y.upperBound
        guard low > 0, high / low < 100 else { return nil }
        let decades = Int(log10(low).rounded(.down)) ... Int(log10(high).rounded(.up))
        for digits in [[1.0, 2, 5], [1.0, 2, 3, 4, 5, 6, 7, 8, 9]] {
            let ticks = decades.flatMap { power in digits.map { $0 * pow(10, Double(power)) } }
                .filter { (low ... high).contains($0) }
            if ticks.count >= 3 { return ticks }
        }
        return nil
    }

    /// `fraction` of the span added on each side; a point-sized range opens to a visible one.
    static func padded(_ range: ClosedRange<Double>, by fraction: Double) -> ClosedRange<Double> {
        let span = range.upperBound - range.lowerBound
        if span <= 1e-12 * max(1, abs(range.lowerBound)) {
            let half = max(abs(range.lowerBound) * 0.1, 0.5)
            return range.lowerBound - half ... range.upperBound + half
        }
        return range.lowerBound - fraction * span ... range.upperBound + fraction * span
    }

    static func centered(_ range: ClosedRange<Double>, span: Double) -> ClosedRange<Double> {
        let middle = (range.lowerBound + range.upperBound) / 2
        return middle - span / 2 ... middle + span / 2
    }
}
