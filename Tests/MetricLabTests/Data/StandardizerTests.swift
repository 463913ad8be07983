import MetricLab
import Testing

/// Each feature's mean and population standard deviation, computed directly.
private func columnStats(_ data: Dataset) -> (means: [Double], deviations: [Double]) {
    let rows = data.points.rowArrays, n = Double(data.count)
    let means = (0 ..< data.dimension).map { j in rows.reduce(0) { $0 + $1[j] } / n }
    let deviations = (0 ..< data.dimension).map { j in
        (rows.reduce(0) { $0 + ($1[j] - means[j]) * ($1[j] - means[j]) } / n).squareRoot()
    }
    return (means, deviations)
}

@Suite struct StandardizerTests {
    @Test func fittedOnTheTrainingSplitOnly() throws {
        let (train, test) = try Dataset.named(.wine, in: repositoryData).split(testFraction: 0.3, seed: 5)
        let standardizer = Standardizer(fittedOn: train)
        let stats = columnStats(train)
        for j in 0 ..< train.dimension {
            #expect(abs(standardizer.means[j] - stats.means[j]) <= 1e-12 * max(1, abs(stats.means[j])))
            #expect(abs(standardizer.deviations[j] - stats.deviations[j]) <= 1e-12 * max(1, stats.deviations[j]))
        }
        #expect(standardizer.means != columnStats(test).means)

        let (scaledTrain, scaledTest) = Dataset.standardized(train: train, test: test)
        let trainStats = columnStats(scaledTrain), testStats = columnStats(scaledTest)
        #expect(trainStats.means.allSatisfy { abs($0) < 1e-12 })
        #expect(trainStats.deviations.allSatisfy { abs($0 - 1) < 1e-12 })
        // The test split is scaled with the training split's statistics, so it is not centred itself.
        #expect(testStats.means.contains { abs($0) > 0.05 })
        let x = test.points.row(7)[12], y = scaledTest.points.row(7)[12]
        #expect(abs(y - (x - stats.means[12]) / stats.deviations[12]) < 1e-12)
        #expect(scaledTest.labels == test.labels && scaledTest.classNames == test.classNames && scaledTest.name == test.name)
    }

    @Test func aConstantFeatureIsOnlyCentred() throws {
        let digits = try Dataset.named(.digits, in: repositoryData)
        let standardizer = Standardizer(fittedOn: digits)
        // Pixel (0, 0) is blank in every digit.
        #expect(digits.points.rowArrays.allSatisfy { $0[0] == 0 })
        #expect(standardizer.means[0] == 0 && standardizer.deviations[0] == 1)
        let scaled = digits.standardized(using: standardizer)
        #expect(scaled.points.scalars.allSatisfy { $0.isFinite })
        #expect(scaled.points.rowArrays.allSatisfy { $0[0] == 0 })
    }
}
