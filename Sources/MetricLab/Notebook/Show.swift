import Foundation

/// Draws `figure` into the notebook, under the cell's `//| label:` with its `//| fig-cap:`.
///
/// A second or third figure in the same cell is saved as `LABEL-2`, `LABEL-3`; a cell without a
/// label names its figures after its number (`cell-4`). `label` and `caption` override the cell's
/// options for this one figure; `options` picks SVG or another size. A figure that cannot be
/// drawn stops the notebook at this cell.
public func show(_ figure: any Figure, label: String? = nil, caption: String? = nil, options: RenderOptions = RenderOptions()) {
    let (name, figureCaption) = NotebookRuntime.withCell { cell in
        cell.figuresShown += 1
        let base = label ?? cell.label ?? "cell-\(cell.number)"
        let name = label == nil && cell.figuresShown > 1 ? "\(base)-\(cell.figuresShown)" : base
        return (name, caption ?? cell.caption ?? "")
    }
    precondition(FigureName.isValid(name), "figure label `\(name)` must be a plain file name (letters, digits, -, _, .)")
    let environment = ProcessInfo.processInfo.environment
    let directory = environment[NotebookRecord.Environment.figureDirectory] ?? "figures"
    do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let image = try render(figure, to: (directory as NSString).appendingPathComponent(name), options: options)
        let file = (image as NSString).lastPathComponent
        if NotebookRuntime.isUnderRunner {
            NotebookRuntime.emit(NotebookRecord(kind: "figure", fields: ["file": file, "caption": figureCaption]))
        } else {
            print("figure: \(image)")
        }
    } catch {
        fatalError("figure `\(name)` could not be drawn: \(error)")
    }
}

/// Figure names become file names inside the notebook's figure folder, so they must be plain.
enum FigureName {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.first, first != ".", name.count <= 120 else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    }
}
