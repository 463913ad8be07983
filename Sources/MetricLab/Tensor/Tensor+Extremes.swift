extension Tensor {
    /// The larger of the two at each entry, broadcasting scalars, rows and columns. The gradient
    /// goes to the larger one, and to `a` on a tie (a subgradient there; torch splits ties).
    public static func maximum(_ a: Tensor, _ b: Tensor) -> Tensor { extreme(a, b, op: "maximum", >=) }

    /// The smaller of the two at each entry, broadcasting scalars, rows and columns; the gradient
    /// goes to the smaller one (to `a` on a tie).
    public static func minimum(_ a: Tensor, _ b: Tensor) -> Tensor { extreme(a, b, op: "minimum", <=) }

    private static func extreme(_ a: Tensor, _ b: Tensor, op: StaticString, _ keepsA: @escaping (Double, Double) -> Bool) -> Tensor {
        let x = a.scalars, y = b.scalars
        let (bc, out) = elementwise(a, b, op: op) { keepsA($0, $1) ? $0 : $1 }
        return record(rows: bc.rows, cols: bc.cols, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate { ga in bc.forEach { o, i, j in if keepsA(x[i], y[j]) { ga[i] += g[o] } } }
            b.node?.accumulate { gb in bc.forEach { o, i, j in if !keepsA(x[i], y[j]) { gb[j] += g[o] } } }
        }
    }
}
