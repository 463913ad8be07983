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

/// Draws `figure` at `basePath` as `render(_:to:)` does, in the format and size of `options`.
public func render(_ figure: any Figure, to basePath: String, options: RenderOptions) throws -> String {
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
    let text = script.text
    let files = FileManager.default
    let staging: URL
    do {
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        staging = try makeStagingFolder(in: folder, for: label)
    } catch {
        throw RenderError.fileSystem(label: label, reason: "cannot prepare \(folder.path): \(error.localizedDescription)")
    }
    defer { try? files.removeItem(at: staging) }
    try GnuplotRun(script: text, label: label, scriptPath: basePath + ".gp", options: options).run(in: staging.path)
    let image = staging.appendingPathComponent(script.outputName)
    guard let attributes = try? files.attributesOfItem(atPath: image.path),
          (attributes[.size] as? NSNumber)?.intValue ?? 0 > 0 else {
        throw RenderError.fileSystem(label: label, reason: "gnuplot finished without writing \(script.outputName)")
    }
    let stagedScript = staging.appendingPathComponent(label + ".gp")
    do {
        try Data(text.utf8).write(to: stagedScript)
        try moveReplacing(stagedScript, to: folder.appendingPathComponent(label + ".gp"))
        try moveReplacing(image, to: folder.appendingPathComponent(script.outputName))
    } catch {
        throw RenderError.fileSystem(label: label, reason: "cannot move the figure into \(folder.path): \(error.localizedDescription)")
    }
    return basePath + "." + script.format.fileExtension
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
