/// Anything MetricLab can draw: a value that says which panels it shows and how they are arranged.
///
/// The family is open: a new kind of figure composes the layouts of existing ones (an `Overlay`,
/// a `Grid`) and `render(_:to:)` turns any of them into a gnuplot script and an image.
public protocol Figure: Sendable {
    /// The panels of the figure and their arrangement; throws when the figure's data are inconsistent.
    func layout() throws -> FigureLayout
}
