import Foundation

/// A first-order optimizer: turns gradients into parameter updates, keeping its own state.
public protocol Optimizer: Sendable {
    /// The base learning rate.
    var learningRate: Double { get }
    /// Updates `parameters` in place from `gradients`, each scaled by its own learning rate.
    mutating func step(_ parameters: inout [[Double]], gradients: [[Double]], learningRates: [Double])
}

/// How the learning rate changes over a run.
public enum LearningRateSchedule: Sendable {
    /// The same rate at every step.
    case constant
    /// The rate times `factor` per step (e.g. 0.999).
    case exponential(factor: Double)

    /// The multiplier of the base rate at `step` (counting from 0).
    public func multiplier(at step: Int) -> Double {
        switch self {
        case .constant: 1
        case .exponential(let factor): pow(factor, Double(step))
        }
    }
}
