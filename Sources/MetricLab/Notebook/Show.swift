import Foundation

/// Draws `figure` into the notebook, under the cell's `//| label:` with its `//| fig-cap:`.
///
/// A second or third figure in the same cell is saved as `LABEL-2`, `LABEL-3`; a cell without a
/// label names its figures after its number (`cell-4`). `label` and `caption` override the cell's
/// options for this one figure; `options` picks another size, or formats other than the cell's
/// `fig-format` (PNG by default; further formats are drawn beside the linked image and listed
/// under it). A figure that cannot be drawn stops the notebook at this cell.
public func show(_ figure: any Figure, label: String? = nil, caption: String? = nil, options: RenderOptions = RenderOptions()) {
    let (name, figureCaption, cellFormats) = NotebookRuntime.withCell { cell in
        cell.figuresShown += 1
        let base = label ?? cell.label ?? "cell-\(cell.number)"
        let name = label == nil && cell.figuresShown > 1 ? "\(base)-\(cell.figuresShown)" : base
        return (name, caption ?? cell.caption ?? "", cell.figureFormats)
    }
    precondition(FigureName.isValid(name), "figure label `\(name)` must be a plain file name (letters, digits, -, _, .)")
    let environment = ProcessInfo.processInfo.environment
    let directory = environment[NotebookRecord.Environment.figureDirectory] ?? "figures"
    do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let images = try renderImages(figure, to: (directory as NSString).appendingPathComponent(name),
                                      options: options.withFormats(cellFormats))
        let files = images.map { ($0 as NSString).lastPathComponent }
        if NotebookRuntime.isUnderRunner {
            var fields = ["file": files[0], "caption": figureCaption]
            if files.count > 1 { fields["also"] = files.dropFirst().joined(separator: " ") }
            NotebookRuntime.emit(NotebookRecord(kind: "figure", fields: fields))
        } else {
            print("figure: \(images.joined(separator: ", "))")
        }
    } catch {
        fatalError("figure `\(name)` could not be drawn: \(error)")
    }
}

extension RenderOptions {
    /// These options with a cell's `fig-format` list, unless a call asked for formats itself: the
    /// first format a Markdown image can show (PNG, SVG) is the one the notebook links, PNG when
    /// the list has none; the others are drawn beside it.
    func withFormats(_ formats: [ImageFormat]) -> RenderOptions {
        guard !formats.isEmpty, format == .png, alsoAs.isEmpty else { return self }
        var options = self
        options.format = formats.first { $0 == .png || $0 == .svg } ?? .png
        options.alsoAs = formats.filter { $0 != options.format }
        return options
    }
}

/// Figure names become file names inside the notebook's figure folder, so they must be plain.
enum FigureName {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.first, first != ".", name.count <= 120 else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    }
}
