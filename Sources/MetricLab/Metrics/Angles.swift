import Foundation

/// The direction of each row of a 2-D embedding, in degrees in (−180, 180], counter-clockwise
/// from the positive x axis: where a point, proxy or class vector points on the unit circle.
public func degrees(_ rows: Tensor) -> [Double] {
    precondition(rows.cols == 2 || rows.rows == 0, "degrees: rows need 2 columns, got \(rows.rows)×\(rows.cols)")
    return (0 ..< rows.rows).map { atan2(rows[$0, 1], rows[$0, 0]) * 180 / .pi }
}

/// The angle between two directions given in degrees, the shorter way round: in [0, 180], so
/// that 350° and 10° are 20° apart.
public func angle(between a: Double, and b: Double) -> Double {
    // The reduction below 360° first is exact, so directions from `degrees` give the bits of the
    // notebooks' `abs((b − a + 540) mod 360 − 180)`, and any other pair still lands in range.
    abs(((b - a).truncatingRemainder(dividingBy: 360) + 540).truncatingRemainder(dividingBy: 360) - 180)
}
