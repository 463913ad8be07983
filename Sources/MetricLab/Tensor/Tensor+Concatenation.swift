extension Tensor {
    /// The columns of several tensors of equal height side by side (torch.cat(dim=1)): the rows
    /// of the result are each part's rows joined. `stacking` joins along rows.
    public static func concatenatingColumns(_ parts: [Tensor]) -> Tensor {
        let r = parts.first?.rows ?? 0
        precondition(parts.allSatisfy { $0.rows == r },
                     "concatenatingColumns: parts of \(parts.map { "\($0.rows)×\($0.cols)" }.joined(separator: ", ")) do not have equal heights")
        let offsets = parts.reduce(into: [0]) { $0.append($0.last! + $1.cols) }
        let c = offsets.last!
        var out = [Double](repeating: 0, count: r * c)
        for (k, part) in parts.enumerated() {
            for i in 0 ..< r { for j in 0 ..< part.cols { out[i * c + offsets[k] + j] = part.scalars[i * part.cols + j] } }
        }
        return record(rows: r, cols: c, scalars: out, inputs: parts) { g in
            for (k, part) in parts.enumerated() {
                part.node?.accumulate { gx in
                    for i in 0 ..< r { for j in 0 ..< part.cols { gx[i * part.cols + j] += g[i * c + offsets[k] + j] } }
                }
            }
        }
    }
}
