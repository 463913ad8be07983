/// Cross-batch memory (Wang et al. 2020, "Cross-Batch Memory for Embedding Learning", §4): the
/// embeddings and labels of past batches kept in a queue, so that each batch is compared with many
/// more examples than it holds (PML's CrossBatchMemory).
///
/// Each call first writes the batch into the queue (oldest entries overwritten once it is full),
/// then computes the wrapped loss of the batch against the whole filled queue, the batch's own
/// copies included but never an example against itself. The queue holds plain numbers: gradients
/// flow through the batch's side only. A `miner` mines the batch against the memory, as PML's does:
/// it sees each example's own copy as a positive like any other, and pairs of an example with
/// itself are removed from its choice afterwards. The training loop keeps the queue from step to
/// step (`advanced(past:)`). `size` = 1024 is PML's default.
public struct CrossBatchMemory<Base: ReferenceLoss>: LossWrapper {
    /// The loss computed against the memory.
    public var base: Base
    /// How many embeddings the queue holds.
    public let size: Int
    /// The queue's embeddings, `size` rows once the first batch arrived (those not yet written are 0).
    public private(set) var memory = Tensor(rows: 0, cols: 0, scalars: [])
    /// The queue's labels.
    public private(set) var memoryLabels: [Int] = []
    /// Where the next batch is written.
    public private(set) var next = 0
    /// Whether the queue has wrapped around at least once.
    public private(set) var isFull = false
    /// The miner that chooses pairs or triplets of the batch against the memory; nil for all of them.
    public var miner: (any Miner)?

    /// `base` against a queue of `size` past embeddings, on what `miner` chooses (all pairs by default).
    public init(_ base: Base, size: Int = 1024, miner: (any Miner)? = nil) {
        precondition(size > 0, "CrossBatchMemory: the memory needs room for at least one embedding")
        self.base = base
        self.size = size
        self.miner = miner
    }

    public var name: String { "\(base.name) (memory \(size))" }

    public func terms(_ batch: LossBatch, parameters: LossParameters) throws -> LossTerms {
        guard batch.tuples == nil else {
            throw LossError(name, "give the miner to the memory, CrossBatchMemory(loss, miner: m), so that it mines against the memory")
        }
        let (queue, slots) = try enqueued(batch)
        let filled = queue.isFull ? size : queue.next
        let memory = queue.memory.gatherRows(Array(0 ..< filled)), memoryLabels = Array(queue.memoryLabels[..<filled])
        var inner = LossBatch(batch.embeddings, labels: batch.labels, references: memory, referenceLabels: memoryLabels,
                              identity: slots, generator: batch.generator)
        if let miner {
            var rng = batch.generator
            let seen = MiningBatch(embeddings: batch.embeddings, labels: batch.labels, references: memory,
                                   referenceLabels: memoryLabels, identity: slots.map { _ in nil })
            inner.tuples = try miner.mine(seen, using: &rng).removingPositives { anchor, positive in slots[anchor] == positive }
        }
        return LossTerms(reduced: try base(inner, parameters: parameters))
    }

    public func advanced(past batch: LossBatch) -> CrossBatchMemory {
        (try? enqueued(batch).queue) ?? self
    }

    /// The memory with the batch written in, and the slot each row of the batch went to.
    private func enqueued(_ batch: LossBatch) throws -> (queue: CrossBatchMemory, slots: [Int?]) {
        let rows = batch.embeddings.rows, width = batch.embeddings.cols
        guard rows <= size else { throw LossError(name, "a batch of \(rows) does not fit a memory of \(size)") }
        var copy = self
        if memory.rows == 0 {
            copy.memory = .zeros(size, width)
            copy.memoryLabels = [Int](repeating: 0, count: size)
        }
        guard copy.memory.cols == width else {
            throw LossError(name, "embeddings of \(width) columns for a memory of \(copy.memory.cols)")
        }
        let slots = (0 ..< rows).map { (next + $0) % size }
        var values = copy.memory.scalars
        let x = batch.embeddings.scalars
        for (i, slot) in slots.enumerated() {
            for p in 0 ..< width { values[slot * width + p] = x[i * width + p] }
            copy.memoryLabels[slot] = batch.labels[i]
        }
        copy.memory = Tensor(rows: size, cols: width, scalars: values)
        copy.next = (next + rows) % size
        copy.isFull = isFull || (rows > 0 && copy.next <= next)
        return (copy, slots)
    }
}
