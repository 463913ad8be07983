/// The kind of image gnuplot writes.
public enum ImageFormat: String, Sendable {
    /// Anti-aliased PNG from the `pngcairo` terminal: the notebooks' figures.
    case png
    /// Scalable vector graphics from the `svg` terminal.
    case svg
    /// GIF from the `gif` terminal, animated for animations, which are always drawn in it.
    case gif
    /// PDF from the `pdfcairo` terminal, one page a point per pixel of the PNG, for papers and slides.
    case pdf

    /// The file name extension.
    var fileExtension: String { rawValue }
}

/// An image's size in pixels.
public struct PixelSize: Sendable, Equatable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// A size of `width` × `height` pixels.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
