/// How many entries of two arrays differ in any bit, so that −0 against 0 counts (arrays of
/// different lengths differ in all). With `anyNaN` two NaNs count as the same: where ±∞ makes NaNs
/// meet in an addition, the result's sign bit follows the operand order the compiler chose, which an
/// optimised build may swap (the architecture document's note), so only NaN-ness is promised there.
public func differingBits(_ a: [Double], _ b: [Double], anyNaN: Bool = false) -> Int {
    a.count != b.count ? Swift.max(a.count, b.count)
        : zip(a, b).filter { $0.bitPattern != $1.bitPattern && !(anyNaN && $0.isNaN && $1.isNaN) }.count
}
