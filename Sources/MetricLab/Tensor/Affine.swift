/// x ↦ scale·x + offset, applied to every entry: how a loss turns a distance matrix into margin
/// violations or logits.
///
/// Fused ops (`logSumExpRows`, masked sums) take the map itself, so that a temperature, a margin or
/// the sign of a similarity is applied inside their one pass instead of in more passes over the
/// matrix.
public struct Affine: Sendable, Equatable {
    /// The factor on every entry.
    public var scale: Double
    /// What is added after scaling.
    public var offset: Double

    /// x ↦ scale·x + offset.
    public init(scale: Double, offset: Double) {
        self.scale = scale
        self.offset = offset
    }

    /// x ↦ x.
    public static let identity = Affine(scale: 1, offset: 0)

    /// The map applied to every entry of `x`, on the tape.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch (scale, offset) {
        case (1, 0): x
        case (1, _): x + offset
        case (-1, _): offset - x
        case (_, 0): x * scale
        default: x * scale + offset
        }
    }

    /// The map followed by a multiplication by `factor`: x ↦ factor·(scale·x + offset).
    public static func * (factor: Double, map: Affine) -> Affine {
        Affine(scale: factor * map.scale, offset: factor * map.offset)
    }

    /// The map followed by adding `shift`.
    public static func + (map: Affine, shift: Double) -> Affine {
        Affine(scale: map.scale, offset: map.offset + shift)
    }
}

extension Tensor {
    /// log Σⱼ exp(f(xᵢⱼ)) of each row, f an affine map applied inside the op (see
    /// `logSumExpRows(mask:addOne:scale:offset:)`).
    public func logSumExpRows(mask: Mask? = nil, addOne: Bool = false, of map: Affine) -> Tensor {
        logSumExpRows(mask: mask, addOne: addOne, scale: map.scale, offset: map.offset)
    }
}
