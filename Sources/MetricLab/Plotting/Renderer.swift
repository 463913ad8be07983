import Foundation

/// Writes `basePath.gp` (a standalone gnuplot script) and draws it to `basePath.png`; returns
/// the image path. A minimal stand-in until the plotting layer's renderer lands.
public func render(_ figure: any Figure, to basePath: String) throws -> String {
    let directory = (basePath as NSString).deletingLastPathComponent
    let name = (basePath as NSString).lastPathComponent
    let script = "set terminal pngcairo size 640,480 font \",10\"\nset output '\(name).png'\n\(figure.gnuplotBody())\n"
    try script.write(toFile: basePath + ".gp", atomically: true, encoding: .utf8)
    let gnuplot = Process()
    gnuplot.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gnuplot.arguments = ["gnuplot", name + ".gp"]
    gnuplot.currentDirectoryURL = URL(fileURLWithPath: directory.isEmpty ? "." : directory)
    try gnuplot.run()
    gnuplot.waitUntilExit()
    guard gnuplot.terminationStatus == 0 else { throw RenderError.gnuplotFailed(script: basePath + ".gp") }
    return basePath + ".png"
}

/// Why a figure could not be drawn.
public enum RenderError: Error {
    /// gnuplot rejected the script.
    case gnuplotFailed(script: String)
}
