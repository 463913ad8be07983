extension Tensor {
    /// The forward loop of an elementwise op: `f` of the entries each output entry reads, on one core.
    @inline(__always)
    static func elementwise(_ a: Tensor, _ b: Tensor, op: StaticString,
                            _ f: (Double, Double) -> Double) -> (Broadcast, [Double]) {
        elementwise(a, b, op: op) { x, y, z, rows, bc in bc.forEach(rows: rows) { o, i, j in z[o] = f(x[i], y[j]) } }
    }

    /// The forward loop of an elementwise op over chunks of the output's rows, on the cores when
    /// the op is large: `rows` writes those rows of z from x and y. Each op writes its per-entry
    /// loop inside its own `rows` closure, where the compiler inlines it; an entry's function
    /// handed to the chunk as a closure value would be a call per entry (1.5–2× slower).
    @inline(__always)
    static func elementwise(_ a: Tensor, _ b: Tensor, op: StaticString,
                            rows: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Range<Int>, Broadcast) -> Void)
        -> (Broadcast, [Double]) {
        let bc = Broadcast(a, b, op: op)
        let out = a.scalars.withUnsafeBufferPointer { x in b.scalars.withUnsafeBufferPointer { y in
            [Double](unsafeUninitializedCapacity: bc.rows * bc.cols) { z, initialized in
                if let x = x.baseAddress, let y = y.baseAddress, let z = z.baseAddress {
                    bc.forEachRowChunk { chunk in rows(x, y, z, chunk, bc) }
                }
                initialized = bc.rows * bc.cols
            }
        } }
        return (bc, out)
    }

    /// Elementwise sum, broadcasting scalars, rows and columns. A side of the output's shape gets
    /// its first gradient written rather than added to zeros (`Node.accumulate(writingFresh:)`);
    /// the four ops branch on that outside their loops, which the compiler then vectorises.
    public static func + (a: Tensor, b: Tensor) -> Tensor {
        let (bc, out) = elementwise(a, b, op: "+") { x, y, z, rows, bc in bc.forEach(rows: rows) { o, i, j in z[o] = x[i] + y[j] } }
        return record(rows: bc.rows, cols: bc.cols, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate(writingFresh: a.count == bc.rows * bc.cols) { ga, fresh in
                bc.forEachRowChunk(gathering: .a) { rows in
                    if fresh {
                        bc.forEach(rows: rows) { o, i, _ in ga[i] = 0 + g[o] }
                    } else {
                        bc.fold(rows: rows, into: .a, ga) { s, o, _, _ in s + g[o] }
                    }
                }
            }
            b.node?.accumulate(writingFresh: b.count == bc.rows * bc.cols) { gb, fresh in
                bc.forEachRowChunk(gathering: .b) { rows in
                    if fresh {
                        bc.forEach(rows: rows) { o, _, j in gb[j] = 0 + g[o] }
                    } else {
                        bc.fold(rows: rows, into: .b, gb) { s, o, _, _ in s + g[o] }
                    }
                }
            }
        }
    }

    /// Elementwise difference, broadcasting scalars, rows and columns.
    public static func - (a: Tensor, b: Tensor) -> Tensor {
        let (bc, out) = elementwise(a, b, op: "-") { x, y, z, rows, bc in bc.forEach(rows: rows) { o, i, j in z[o] = x[i] - y[j] } }
        return record(rows: bc.rows, cols: bc.cols, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate(writingFresh: a.count == bc.rows * bc.cols) { ga, fresh in
                bc.forEachRowChunk(gathering: .a) { rows in
                    if fresh {
                        bc.forEach(rows: rows) { o, i, _ in ga[i] = 0 + g[o] }
                    } else {
                        bc.fold(rows: rows, into: .a, ga) { s, o, _, _ in s + g[o] }
                    }
                }
            }
            b.node?.accumulate(writingFresh: b.count == bc.rows * bc.cols) { gb, fresh in
                bc.forEachRowChunk(gathering: .b) { rows in
                    if fresh {
                        bc.forEach(rows: rows) { o, _, j in gb[j] = 0 - g[o] }
                    } else {
                        bc.fold(rows: rows, into: .b, gb) { s, o, _, _ in s - g[o] }
                    }
                }
            }
        }
    }

    /// Elementwise product, broadcasting scalars, rows and columns.
    public static func * (a: Tensor, b: Tensor) -> Tensor {
        let (x, y) = (a.scalars, b.scalars)
        let (bc, out) = elementwise(a, b, op: "*") { x, y, z, rows, bc in bc.forEach(rows: rows) { o, i, j in z[o] = x[i] * y[j] } }
        return record(rows: bc.rows, cols: bc.cols, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate(writingFresh: a.count == bc.rows * bc.cols) { ga, fresh in
                bc.forEachRowChunk(gathering: .a) { rows in
                    if fresh {
                        bc.forEach(rows: rows) { o, i, j in ga[i] = 0 + g[o] * y[j] }
                    } else {
                        bc.fold(rows: rows, into: .a, ga) { s, o, _, j in s + g[o] * y[j] }
                    }
                }
            }
            b.node?.accumulate(writingFresh: b.count == bc.rows * bc.cols) { gb, fresh in
                bc.forEachRowChunk(gathering: .b) { rows in
                    if fresh {
                        bc.forEach(rows: rows) { o, i, j in gb[j] = 0 + g[o] * x[i] }
                    } else {
                        bc.fold(rows: rows, into: .b, gb) { s, o, i, _ in s + g[o] * x[i] }
                    }
                }
            }
        }
    }

    /// Elementwise quotient, broadcasting scalars, rows and columns.
    public static func / (a: Tensor, b: Tensor) -> Tensor {
        let (x, y) = (a.scalars, b.scalars)
        let (bc, out) = elementwise(a, b, op: "/") { x, y, z, rows, bc in bc.forEach(rows: rows) { o, i, j in z[o] = x[i] / y[j] } }
        return record(rows: bc.rows, cols: bc.cols, scalars: out, inputs: [a, b]) { g in
            a.node?.accumulate { ga in bc.forEachRowChunk(gathering: .a) { rows in bc.fold(rows: rows, into: .a, ga) { s, o, _, j in s + g[o] / y[j] } } }
            b.node?.accumulate { gb in
                bc.forEachRowChunk(gathering: .b) { rows in bc.fold(rows: rows, into: .b, gb) { s, o, i, j in s - g[o] * x[i] / (y[j] * y[j]) } }
            }
        }
    }

    /// Elementwise negation.
    public static prefix func - (a: Tensor) -> Tensor { a * -1 }

    /// Sum with a constant.
    public static func + (a: Tensor, c: Double) -> Tensor { a + Tensor(c) }
    /// Sum with a constant.
    public static func + (c: Double, a: Tensor) -> Tensor { Tensor(c) + a }
    /// Difference with a constant.
    public static func - (a: Tensor, c: Double) -> Tensor { a - Tensor(c) }
    /// Difference from a constant.
    public static func - (c: Double, a: Tensor) -> Tensor { Tensor(c) - a }
    /// Product with a constant.
    public static func * (a: Tensor, c: Double) -> Tensor { a * Tensor(c) }
    /// Product with a constant.
    public static func * (c: Double, a: Tensor) -> Tensor { Tensor(c) * a }
    /// Quotient by a constant.
    public static func / (a: Tensor, c: Double) -> Tensor { a * Tensor(1 / c) }
    /// Quotient of a constant.
    public static func / (c: Double, a: Tensor) -> Tensor { Tensor(c) / a }

    // An integer where a constant goes (`/ n` with n a count) is that number as a Double.
    // Without these the type checker, finding no match for a tensor and an Int, tries every
    // combination of the overloads above and gives up after seconds (9 s for one line of
    // notebook 08) instead of answering in a tenth of one. (Generic overloads for every
    // floating-point type were tried too: they slow plain arithmetic on Doubles everywhere.)

    /// Sum with an integer constant.
    public static func + (a: Tensor, c: Int) -> Tensor { a + Double(c) }
    /// Sum with an integer constant.
    public static func + (c: Int, a: Tensor) -> Tensor { Double(c) + a }
    /// Difference with an integer constant.
    public static func - (a: Tensor, c: Int) -> Tensor { a - Double(c) }
    /// Difference from an integer constant.
    public static func - (c: Int, a: Tensor) -> Tensor { Double(c) - a }
    /// Product with an integer constant.
    public static func * (a: Tensor, c: Int) -> Tensor { a * Double(c) }
    /// Product with an integer constant.
    public static func * (c: Int, a: Tensor) -> Tensor { Double(c) * a }
    /// Quotient by an integer constant.
    public static func / (a: Tensor, c: Int) -> Tensor { a / Double(c) }
    /// Quotient of an integer constant.
    public static func / (c: Int, a: Tensor) -> Tensor { Double(c) / a }
}
