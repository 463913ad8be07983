/// The notebook `metriclab new` writes: short, and runnable as it is.
public enum NotebookTemplate {
    /// The template for a notebook called `name`.
    public static func text(name: String) -> String {
        """
        # \(name)

        State the claim this notebook tests in one sentence, then let the cells show it.

        ```swift
        //| label: \(name)-draws
        var rng = RNG(seed: 1)
        let draws = (0..<1_000).map { _ in rng.gaussian() }
        let mean = draws.reduce(0, +) / Double(draws.count)
        print("mean of \\(draws.count) standard normal draws:", String(format: "%.4f", mean))
        ```

        A table is woven as Markdown:

        ```swift
        let spread = (draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count)).squareRoot()
        table([["mean", mean], ["standard deviation", spread]], columns: ["statistic", "value"])
        ```

        """
    }
}
