extension Dataset {
    /// The data set with each feature centred and scaled by `standardizer` (fitted on the training
    /// split), everything else kept.
    public func standardized(using standardizer: Standardizer) -> Dataset {
        guard standardizer.means.count == dimension else {
            fatalError("Dataset '\(name)': a standardizer of \(standardizer.means.count) features cannot apply to \(dimension)")
        }
        let d = dimension
        let scalars = points.scalars.enumerated().map { k, value in
            (value - standardizer.means[k % d]) / standardizer.deviations[k % d]
        }
        return Dataset(name: name, points: Tensor(rows: count, cols: d, scalars: scalars), labels: labels,
                       classes: classes, modes: modes, classNames: classNames)
    }

    /// Both splits standardised by a standardizer fitted on `train` alone.
    public static func standardized(train: Dataset, test: Dataset) -> (train: Dataset, test: Dataset) {
        let standardizer = Standardizer(fittedOn: train)
        return (train.standardized(using: standardizer), test.standardized(using: standardizer))
    }
}
