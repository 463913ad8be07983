import MetricLab
import Testing

/// The rows of `data`, each followed by its class's label in `whole` (found by name), sorted: a
/// multiset, so that two splits together can be compared with the whole.
private func labelledRows(_ data: Dataset, in whole: Dataset) -> [[Double]] {
    zip(data.points.rowArrays, data.labels).map { row, label in
        row + [Double(whole.classNames.firstIndex(of: data.classNames[label])!)]
    }.sorted { $0.lexicographicallyPrecedes($1) }
}

/// Whether `train` and `test` together hold exactly the examples of `whole`, each once.
private func partitions(_ whole: Dataset, _ train: Dataset, _ test: Dataset) -> Bool {
    (labelledRows(train, in: whole) + labelledRows(test, in: whole)).sorted { $0.lexicographicallyPrecedes($1) }
        == labelledRows(whole, in: whole)
}

@Suite struct NamedDatasetSplitTests {
    @Test func byExampleStratifiedSeededAndDisjoint() throws {
        let digits = try Dataset.named(.digits, in: repositoryData)
        let (train, test) = digits.split(testFraction: 0.2, seed: 11)
        #expect(partitions(digits, train, test))
        for c in 0 ..< digits.classes {
            let n = digits.indices(ofClass: c).count
            #expect(test.indices(ofClass: c).count == Int((0.2 * Double(n)).rounded()))
        }
        let again = digits.split(testFraction: 0.2, seed: 11)
        #expect(again.test.points.scalars == test.points.scalars && again.test.labels == test.labels)
        #expect(digits.split(testFraction: 0.2, seed: 12).test.points.scalars != test.points.scalars)
    }

    @Test func byClassSeededAndDisjoint() throws {
        let digits = try Dataset.named(.digits, in: repositoryData)
        let (train, test) = digits.split(heldOutClasses: 4, seed: 2)
        #expect(train.classes == 6 && test.classes == 4)
        #expect(Set(train.classNames).isDisjoint(with: test.classNames))
        #expect(partitions(digits, train, test))
        #expect(digits.split(heldOutClasses: 4, seed: 2).test.classNames == test.classNames)
        let choices = Set((1 ... 8).map { digits.split(heldOutClasses: 4, seed: UInt64($0)).test.classNames })
        #expect(choices.count > 1)
    }
}
