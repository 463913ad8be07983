import Foundation

/// Which of a run's snapshots an animation shows. Training moves most in its first steps, so
/// snapshots taken at even steps put all the motion in the first few frames; a schedule picks
/// frames by the motion itself (or by log-step) so that every frame shows some.
public enum FrameSchedule: Sendable {
    /// Every snapshot, in order.
    case all
    /// About `frames` snapshots at evenly spaced log(1 + step): dense early, sparse late.
    case logarithmic(frames: Int)
    /// About `frames` snapshots with about equal motion between each and the next, measured as
    /// the points' mean displacement: record snapshots densely (every step or few) and let this
    /// keep the ones where something moved. Still stretches are skipped.
    case evenMotion(frames: Int)

    /// The indices, increasing, of the snapshots at `steps` (positions at `positions`, n×2
    /// tensors of equal shape) that the schedule keeps; the first and the last are always kept.
    public func indices(steps: [Int], positions: [Tensor]) -> [Int] {
        let count = steps.count
        guard count > 2 else { return Array(0 ..< count) }
        switch self {
        case .all:
            return Array(0 ..< count)
        case .logarithmic(let frames):
            return Self.nearest(to: steps.map { log1p(Double(max($0, 0))) }, frames: frames)
        case .evenMotion(let frames):
            var travelled = [0.0]
            for i in 1 ..< min(count, positions.count) {
                travelled.append(travelled[i - 1] + Self.meanDisplacement(positions[i - 1], positions[i]))
            }
            guard travelled.count == count, let total = travelled.last, total > 0 else {
                return Self.nearest(to: (0 ..< count).map(Double.init), frames: frames)
            }
            return Self.nearest(to: travelled, frames: frames)
        }
    }

    /// The mean distance the rows moved between two snapshots; 0 when their shapes differ.
    static func meanDisplacement(_ a: Tensor, _ b: Tensor) -> Double {
        guard a.rows == b.rows, a.cols == b.cols, a.rows > 0 else { return 0 }
        let moves = (0 ..< a.rows).map { row in
            (0 ..< a.cols).map { col in (b[row, col] - a[row, col]) * (b[row, col] - a[row, col]) }
                .reduce(0, +).squareRoot()
        }.filter(\.isFinite)
        return moves.isEmpty ? 0 : moves.reduce(0, +) / Double(moves.count)
    }

    /// For `frames` targets evenly spaced over the non-decreasing `positions`, the index whose
    /// position is nearest each target, without repeats, first and last included.
    static func nearest(to positions: [Double], frames: Int) -> [Int] {
        guard let first = positions.first, let last = positions.last, frames >= 2 else {
            return positions.isEmpty ? [] : [0]
        }
        var chosen: Set<Int> = [0, positions.count - 1]
        var index = 0
        for j in 1 ..< frames - 1 {
            let target = first + (last - first) * Double(j) / Double(frames - 1)
            while index + 1 < positions.count, positions[index + 1] <= target { index += 1 }
            let next = min(index + 1, positions.count - 1)
            chosen.insert(target - positions[index] <= positions[next] - target ? index : next)
        }
        return chosen.sorted()
    }
}
