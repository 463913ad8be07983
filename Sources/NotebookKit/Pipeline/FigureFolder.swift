import Foundation

/// What a run may do in a notebook's figure folder.
///
/// The runner owns exactly the figure files it wrote: the images the notebook's own output
/// sections link to, when their gnuplot script is beside them (every figure has one: `fig.gp`
/// for the linked image, `fig.pdf.gp` for a further format listed under it), those scripts, and
/// the files the last run record lists. The woven notebook is the manifest, so this
/// holds in a clean clone with no cache. Every other file in the folder is the user's and is
/// never touched; a run replaces the files it draws and removes the owned files it no longer draws.
enum FigureFolder {
    /// What a run changes in the figure folder.
    struct Changes: Equatable {
        /// Files to put in place, by name, each with the file drawn in scratch space.
        var writes: [String: String] = [:]
        /// Owned files the run did not draw, by name.
        var removals: [String] = []
        /// The content hash of each file the run drew.
        var hashes: [String: String] = [:]
    }

    /// The files in `folder` that the runner owns for `notebook`, whose figures it links under
    /// `figureLink`; `record` is the last run's.
    static func owned(by notebook: Notebook, figureLink: String, record: RunRecord?, in folder: String) -> Set<String> {
        var owned = Set((record?.figures.keys).map(Array.init) ?? []).filter(isFigureFile)
        let destination = "](" + figureLink + "/"
        for cell in notebook.cells {
            guard let section = cell.outputSection else { continue }
            for index in section {
                let line = notebook.lines[index].text.trimmingWhitespace()
                if line.hasPrefix("!["), line.hasSuffix(")"), let start = line.range(of: destination, options: .backwards) {
                    let file = String(line[start.upperBound..<line.index(before: line.endIndex)])
                    owned.formUnion(withScript(file, script: (file as NSString).deletingPathExtension + ".gp", in: folder))
                } else if line.hasPrefix(Weaver.alsoPrefix) {
                    // Further formats: `[PDF](LINK/fig.pdf)`, each drawn by its own `fig.pdf.gp`.
                    for file in line.components(separatedBy: destination).dropFirst().compactMap({ $0.split(separator: ")").first.map(String.init) }) {
                        owned.formUnion(withScript(file, script: file + ".gp", in: folder))
                    }
                }
            }
        }
        return owned
    }

    /// `file` and its gnuplot `script` when `file` can be a figure and the script is in `folder`;
    /// nothing otherwise, since an image without its script is the user's.
    private static func withScript(_ file: String, script: String, in folder: String) -> Set<String> {
        guard isFigureFile(file), FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(script)) else { return [] }
        return [file, script]
    }

    /// The changes that put the files drawn in `scratch` (nil: none) into `folder` — files with
    /// the same bytes are left alone — and remove the `owned` files not drawn again. Throws when
    /// a figure the cells reported is missing.
    static func changes(drawnIn scratch: String?, folder: String, reported: [String], owned: Set<String>, notebook: String) throws -> Changes {
        let drawn = scratch.map { Set(((try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? []).filter { !$0.hasPrefix(".") }) } ?? []
        for file in reported where !drawn.contains(file) {
            throw NotebookError(file: notebook, line: 1, message: "figure file `\(file)` was reported but not drawn")
        }
        var changes = Changes()
        for file in drawn {
            let source = ((scratch ?? "") as NSString).appendingPathComponent(file)
            let hash = StableHash.ofFile(atPath: source)
            if hash != StableHash.ofFile(atPath: (folder as NSString).appendingPathComponent(file)) {
                changes.writes[file] = source
            }
            changes.hashes[file] = hash
        }
        changes.removals = owned.subtracting(drawn).filter {
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0))
        }.sorted()
        return changes
    }

    /// Throws at the later cell when two figures would be the same files: a label equal to an
    /// automatic name (`cell-2`, `fig-a-2`) would otherwise silently replace another figure.
    /// Figures are compared without their extension, since each brings its `NAME.gp`.
    static func checkDistinct(_ outputs: [Int: CellOutput], cells: [Cell], notebook: String) throws {
        var first: [String: (cell: Cell, file: String)] = [:]
        for cell in cells {
            for file in outputs[cell.number]?.figureFiles ?? [] {
                let stem = (file as NSString).deletingPathExtension
                if let earlier = first[stem] {
                    let which = earlier.file == file ? "`\(file)`" : "`\(file)` (its script `\(stem).gp` is also `\(earlier.file)`'s)"
                    let drewIt = earlier.cell.number == cell.number ? "an earlier `show` in this cell" : "cell \(earlier.cell.number) (line \(earlier.cell.firstCodeLineNumber))"
                    throw NotebookError(file: notebook, line: cell.firstCodeLineNumber,
                                        message: "cell \(cell.number) draws figure \(which), which \(drewIt) drew already: give one of them another label")
                }
                first[stem] = (cell, file)
            }
        }
    }

    /// Whether `name` can be a figure file: a valid label and a figure's extension. Names read
    /// from a notebook or a record never reach outside the folder or beyond figures.
    static func isFigureFile(_ name: String) -> Bool {
        FigureLabel.isValid((name as NSString).deletingPathExtension) && figureExtensions.contains((name as NSString).pathExtension)
    }

    /// The extensions of the files a figure is drawn into.
    static let figureExtensions: Set<String> = ["png", "svg", "pdf", "gif", "gp"]
}
