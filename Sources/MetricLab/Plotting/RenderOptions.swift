/// How `render(_:to:options:)` draws a figure.
public struct RenderOptions: Sendable {
    /// PNG (default), SVG, PDF or GIF: the image `render` returns; animations are always GIFs.
    public var format: ImageFormat
    /// Further formats drawn beside it (`LABEL.pdf` with its script `LABEL.pdf.gp`); animations,
    /// which only a GIF can hold, ignore them.
    public var alsoAs: [ImageFormat]
    /// The image size in pixels; each arrangement has a page-column default.
    public var size: PixelSize?
    /// The gnuplot program, looked up on PATH unless it holds a slash.
    public var gnuplot: String
    /// Seconds gnuplot may take before it is stopped and rendering fails.
    public var timeoutSeconds: Double

    /// Options with the defaults: PNG at the figure's default size, `gnuplot` from PATH, two minutes.
    public init(format: ImageFormat = .png, alsoAs: [ImageFormat] = [], size: PixelSize? = nil,
                gnuplot: String = "gnuplot", timeoutSeconds: Double = 120) {
        self.format = format
        self.alsoAs = alsoAs
        self.size = size
        self.gnuplot = gnuplot
        self.timeoutSeconds = timeoutSeconds
    }
}
