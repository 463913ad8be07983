/// Collects the figures written one per line in a block, with `if`, `switch` and `for` allowed.
@resultBuilder
public enum FigureBuilder {
    /// One figure.
    public static func buildExpression(_ figure: any Figure) -> [any Figure] { [figure] }

    /// Several figures at once (a `map` of figures).
    public static func buildExpression(_ figures: [any Figure]) -> [any Figure] { figures }

    /// The block's figures in order.
    public static func buildBlock(_ parts: [any Figure]...) -> [any Figure] { parts.flatMap { $0 } }

    /// The figures of an `if` without `else`, or none.
    public static func buildOptional(_ part: [any Figure]?) -> [any Figure] { part ?? [] }

    /// The figures of the first branch of an `if`/`else` or `switch`.
    public static func buildEither(first part: [any Figure]) -> [any Figure] { part }

    /// The figures of the second branch of an `if`/`else` or `switch`.
    public static func buildEither(second part: [any Figure]) -> [any Figure] { part }

    /// The figures of every pass of a `for` loop.
    public static func buildArray(_ parts: [[any Figure]]) -> [any Figure] { parts.flatMap { $0 } }
}
