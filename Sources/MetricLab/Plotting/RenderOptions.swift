/// How `render(_:to:options:)` draws a figure.
public struct RenderOptions: Sendable {
    /// PNG (default), SVG or GIF; animations are always GIFs.
    public var format: ImageFormat
    /// The image size in pixels; each arrangement has a page-column default.
    public var size: PixelSize?
    /// The gnuplot program, looked up on PATH unless it holds a slash.
    public var gnuplot: String
    /// Seconds gnuplot may take before it is stopped and rendering fails.
    public var timeoutSeconds: Double

    /// Options with the defaults: PNG at the figure's default size, `gnuplot` from PATH, two minutes.
    public init(format: ImageFormat = .png, size: PixelSize? = nil, gnuplot: String = "gnuplot",
                timeoutSeconds: Double = 120) {
        self.format = format
        self.size = size
        self.gnuplot = gnuplot
        self.timeoutSeconds = timeoutSeconds
    }
}
