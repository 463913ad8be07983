import Foundation

/// Draws `figure` as a PNG (a GIF for animations) at `basePath` plus the image's extension, with
/// its standalone gnuplot script at `basePath.gp`, and returns the image's path.
///
/// Both files are written whole or not at all: gnuplot draws into a temporary folder beside them
/// and the results are renamed into place, so a failure keeps the previous image and script.
/// Missing folders on the way to `basePath` are created.
public func render(_ figure: any Figure, to basePath: String) throws -> String {
    try render(figure, to: basePath, options: RenderOptions())
}

/// Draws `figure` at `basePath` as `render(_:to:)` does, in the format and size of `options`, and
/// in each of its further formats beside it (`basePath.pdf` with its script `basePath.pdf.gp`).
public func render(_ figure: any Figure, to basePath: String, options: RenderOptions) throws -> String {
    try renderImages(figure, to: basePath, options: options)[0]
}

/// Draws `figure` as `render(_:to:options:)` does and returns the path of every image it wrote,
/// the one in `options.format` first.
func renderImages(_ figure: any Figure, to basePath: String, options: RenderOptions) throws -> [String] {
    let base = URL(fileURLWithPath: basePath)
    let label = base.lastPathComponent
    let folder = base.deletingLastPathComponent()
    let layout: FigureLayout
    do {
        layout = try figure.layout()
    } catch let error as FigureError {
        throw RenderError.invalidFigure(label: label, reason: error.description)
    }
    if let size = options.size, !(16 ... 20_000).contains(size.width) || !(16 ... 20_000).contains(size.height) {
        throw RenderError.invalidFigure(label: label, reason: "image size \(size.width)×\(size.height) is outside 16…20000 pixels")
    }
    let script = GnuplotScript(layout, label: label, format: options.format, size: options.size)
    let scripts = [script] + extraFormats(of: script, options: options).map { format in
        GnuplotScript(layout, label: label, format: format, size: options.size,
                      scriptName: "\(label).\(format.fileExtension).gp")
    }
    let files = FileManager.default
    let staging: URL
    do {
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        staging = try makeStagingFolder(in: folder, for: label)
    } catch {
        throw RenderError.fileSystem(label: label, reason: "cannot prepare \(folder.path): \(error.localizedDescription)")
    }
    defer { try? files.removeItem(at: staging) }
    // Every format is drawn before any file is moved, so that one failing keeps all the old ones.
    for drawn in scripts {
        let text = drawn.text
        let scriptPath = folder.appendingPathComponent(drawn.scriptName).path
        try GnuplotRun(script: text, label: label, scriptPath: scriptPath, options: options).run(in: staging.path)
        let image = staging.appendingPathComponent(drawn.outputName)
        guard let attributes = try? files.attributesOfItem(atPath: image.path),
              (attributes[.size] as? NSNumber)?.intValue ?? 0 > 0 else {
            throw RenderError.fileSystem(label: label, reason: "gnuplot finished without writing \(drawn.outputName)")
        }
        do {
            if drawn.format == .pdf {
                try ReproduciblePDF.fixed(Data(contentsOf: image)).write(to: image)
            }
            try Data(text.utf8).write(to: staging.appendingPathComponent(drawn.scriptName))
        } catch {
            throw RenderError.fileSystem(label: label, reason: "cannot write \(drawn.scriptName): \(error.localizedDescription)")
        }
    }
    do {
        for drawn in scripts {
            try moveReplacing(staging.appendingPathComponent(drawn.scriptName), to: folder.appendingPathComponent(drawn.scriptName))
            try moveReplacing(staging.appendingPathComponent(drawn.outputName), to: folder.appendingPathComponent(drawn.outputName))
        }
    } catch {
        throw RenderError.fileSystem(label: label, reason: "cannot move the figure into \(folder.path): \(error.localizedDescription)")
    }
    return scripts.map { basePath + "." + $0.format.fileExtension }
}

/// The further formats `options` asks for beside `primary`'s, each once; none for an animation.
private func extraFormats(of primary: GnuplotScript, options: RenderOptions) -> [ImageFormat] {
    if case .animation = primary.layout.arrangement { return [] }
    var seen: Set<ImageFormat> = [primary.format]
    return options.alsoAs.filter { seen.insert($0).inserted }
}

/// Renames `source` over `destination` in one step (both are in the same file system).
private func moveReplacing(_ source: URL, to destination: URL) throws {
    guard rename(source.path, destination.path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path,
                                                       NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
    }
}

/// A new, empty folder beside the figure, so that its files can be renamed into place.
private func makeStagingFolder(in folder: URL, for label: String) throws -> URL {
    var template = Array(folder.appendingPathComponent(".\(label).rendering-XXXXXX").path.utf8CString)
    guard template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) != nil else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    let path = template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return URL(fileURLWithPath: String(decoding: path, as: UTF8.self))
}
