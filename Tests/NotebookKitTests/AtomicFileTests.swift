import Foundation
import Testing
@testable import NotebookKit

/// Atomic writes go through links, keep permissions, refuse read-only files and fail in words.
@Suite struct AtomicFileTests {
    let workspace: TestWorkspace

    init() throws {
        workspace = try TestWorkspace()
    }

    func mode(_ path: String) -> mode_t {
        (POSIXFile.status(of: path)?.st_mode ?? 0) & 0o7777
    }

    @Test func aLinkStaysALinkAndItsTargetGetsTheBytes() throws {
        let target = workspace.root + "/elsewhere/target.md"
        try FileManager.default.createDirectory(atPath: workspace.root + "/elsewhere", withIntermediateDirectories: true)
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = workspace.root + "/notebooks/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../elsewhere/target.md")
        #expect(try AtomicFile.write("new\n", toPath: link))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../elsewhere/target.md")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/notebooks") == ["link.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/elsewhere") == ["target.md"])
    }

    @Test func theFileKeepsItsPermissions() throws {
        let path = workspace.root + "/notebooks/private.md"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o600)
        try AtomicFile.write("new\n", toPath: path)
        #expect(mode(path) == 0o600)
        chmod(path, 0o750)
        try AtomicFile.write("newer\n", toPath: path)
        #expect(mode(path) == 0o750)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "newer\n")
    }

    @Test func aReadOnlyFileIsRefusedEvenForRoot() throws {
        let path = workspace.root + "/notebooks/frozen.md"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o444)
        #expect {
            try AtomicFile.write("new\n", toPath: path)
        } throws: { error in
            "\(error)" == "\(path): is read-only (mode 444): not replaced"
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/notebooks") == ["frozen.md"])
    }

    @Test func sameBytesAreNotRewritten() throws {
        let path = workspace.root + "/notebooks/same.md"
        try "same\n".write(toFile: path, atomically: false, encoding: .utf8)
        let inode = POSIXFile.status(of: path)?.st_ino
        #expect(try !AtomicFile.write("same\n", toPath: path))
        #expect(POSIXFile.status(of: path)?.st_ino == inode)
    }

    @Test func aFolderThatCannotBeMadeIsReportedInWords() throws {
        let blocker = workspace.root + "/notebooks/plain-file"
        try "x".write(toFile: blocker, atomically: false, encoding: .utf8)
        #expect {
            try AtomicFile.write("page", toPath: blocker + "/inside/page.html")
        } throws: { error in
            "\(error)" == "\(blocker)/inside: cannot create the folder: not a directory"
        }
    }

    @Test func aFileThatCannotBeWrittenIsReportedInWords() throws {
        #expect {
            try POSIXFile.create("/dev/full/x", holding: Data("x".utf8))
        } throws: { error in
            "\(error)" == "/dev/full/x: cannot write: not a directory"
        }
        let error = FileError(path: "figures/n/a.png", cannot: "write", code: ENOSPC)
        #expect(error.description == "figures/n/a.png: cannot write: no space left on device")
        #expect(error.shown(relativeTo: "/p").path == "figures/n/a.png")
        #expect(FileError(path: "/p/figures/a.png", message: "m").shown(relativeTo: "/p").description == "figures/a.png: m")
    }
}
