@testable import MetricLab
import Testing

/// Tables of runs by typed columns, on runs whose scores are known by hand: zero steps on free
/// points leave the data as the embedding.
@Suite struct ColumnTableTests {
    /// Two tight pairs far apart: the classes are the pairs (every score 1) or cut across them (every score 0).
    static let points = Tensor([[0, 0], [0, 0.1], [5, 0], [5, 0.1]])
    static func run(labels: [Int], loss: some Loss = Contrastive()) throws -> Run {
        try train(.free, on: Dataset(name: "pairs", points: points, labels: labels), loss: loss,
                  optimizer: .adam(lr: 0.1), steps: 0)
    }

    @Test func runsByTypedColumns() throws {
        let runs = [try Self.run(labels: [0, 0, 1, 1]), try Self.run(labels: [0, 1, 0, 1], loss: Triplet())]
        let text = MarkdownTable(runs, columns: [.loss, .nmi, .recallAt1, .mapAtR, .steps], digits: 3).text
        #expect(text == """
            | loss        |   NMI |   R@1 | MAP@R | steps |
            | ----------- | ----: | ----: | ----: | ----: |
            | contrastive | 1.000 | 1.000 | 1.000 |     0 |
            | triplet     | 0.000 | 0.000 | 0.000 |     0 |
            """)
    }

    @Test func customColumnsAndRetitledOnes() throws {
        let run = try Self.run(labels: [0, 0, 1, 1])
        let width = Column<Run>("width") { $0.finalEmbedding.rowArrays.map(\.[0]).max()! }
        let text = MarkdownTable([run], columns: [.loss.titled("loss (free points)"), width, .finalLoss], digits: 1).text
        #expect(text == """
            | loss (free points) | width | final loss |
            | ------------------ | ----: | ---------: |
            | contrastive        |   5.0 |          — |
            """)
    }

    /// A row per group of seeds: names from the first run, scores as mean ± sample standard deviation.
    @Test func groupsOfRunsAreSummarised() throws {
        let group = [try Self.run(labels: [0, 0, 1, 1]), try Self.run(labels: [0, 1, 0, 1])]
        let text = MarkdownTable([group], columns: [.loss, .runs, .nmi, .count("perfect") { $0.final.recallAt1 == 1 }],
                                 digits: 3).text
        // NMI 1 and 0: mean 0.5, sample standard deviation √(2 · 0.25 / 1) = 0.707. A count
        // "k/n" is text, left-aligned as the notebooks' hand-written counts always were.
        #expect(text == """
            | loss        | runs |           NMI | perfect |
            | ----------- | ---: | ------------: | ------- |
            | contrastive |    2 | 0.500 ± 0.707 | 1/2     |
            """)
    }

    /// A row closure of several statements needs no `-> [any TableValue]`: its type comes from the table.
    @Test func rowClosuresNeedNoResultType() {
        let text = MarkdownTable([1, 2], columns: ["n", "half", "name"], digits: 1) { n in
            let half = Double(n) / 2
            return [n, half, "item \(n)"]
        }.text
        #expect(text == """
            |   n | half | name   |
            | --: | ---: | ------ |
            |   1 |  0.5 | item 1 |
            |   2 |  1.0 | item 2 |
            """)
    }
}
