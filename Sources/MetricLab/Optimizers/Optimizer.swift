import Foundation

/// A first-order optimizer: turns gradients into parameter updates, keeping its own state.
public protocol Optimizer: Sendable {
    /// The base learning rate.
    var learningRate: Double { get }
    /// Updates `parameters` in place from `gradients`, each scaled by its own learning rate.
    mutating func step(_ parameters: inout [[Double]], gradients: [[Double]], learningRates: [Double])
    /// The settings besides the learning rate that no run can have (a decay of 1, a negative
    /// epsilon), each with its value and what it must be; none by default.
    var invalidSettings: [InvalidSetting] { get }
}

extension Optimizer {
    public var invalidSettings: [InvalidSetting] { [] }
}

/// An optimizer's setting that no run can have, as `train` reports it before the first step.
public struct InvalidSetting: Sendable, Equatable {
    /// The setting's name, as the initialiser spells it.
    public let name: String
    /// Its value.
    public let value: Double
    /// What it must be, e.g. "in 0..<1".
    public let expected: String

    /// A decay (a moment's, a running mean's), which must lie in 0..<1 for the mean to forget
    /// and to stay finite; nil when it does.
    static func decay(_ name: String, _ value: Double) -> InvalidSetting? {
        (0 ..< 1).contains(value) ? nil : InvalidSetting(name: name, value: value, expected: "in 0..<1")
    }

    /// A setting that must be a finite number ≥ 0; nil when it is.
    static func nonNegative(_ name: String, _ value: Double) -> InvalidSetting? {
        value.isFinite && value >= 0 ? nil : InvalidSetting(name: name, value: value, expected: "a finite number ≥ 0")
    }
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
