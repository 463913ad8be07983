import Foundation
import Synchronization

extension NotebookRuntime {
    /// Reports, whenever an error is thrown on the main thread, which call of the top-level code
    /// it happened under (a `throw` record with the call's offset in the program), so that the
    /// runner can name the line of an error no cell catches: the runtime's own report of such
    /// an error names only code the compiler generated. A site is reported when it differs from
    /// the last one, so a loop that throws and catches costs one record.
    static func reportThrowSites() {
        guard let image = ExecutableImage.current(),
              let hook = dlsym(dlopen(nil, RTLD_NOW), "_swift_willThrow") else { return }
        throwSites.withLock { $0 = ThrowSites(image: image) }
        // `_swift_willThrow` is the runtime's hook (a function pointer, nil by default) that
        // debuggers use to stop where an error is thrown; the runtime calls it at every `throw`.
        hook.assumingMemoryBound(to: (@convention(c) (UnsafeMutableRawPointer?) -> Void)?.self).pointee = { _ in
            NotebookRuntime.noteThrowSite()
        }
    }

    private static func noteThrowSite() {
        guard Thread.isMainThread, let image = throwSites.withLock({ $0?.image }) else { return }
        // Outermost first, the program's frames are `_start`, the C library's start-up, then
        // `main`, which is the top-level code: the call it is in is where the error surfaces.
        var frames = Thread.callStackReturnAddresses.map(\.uintValue)[...]
        while let last = frames.last, image.contains(last) { frames.removeLast() }
        while let last = frames.last, !image.contains(last) { frames.removeLast() }
        guard let returnAddress = frames.last else { return }
        let site = returnAddress - image.base - 1
        let isNew = throwSites.withLock { sites in
            defer { sites?.last = site }
            return sites?.last != site
        }
        if isNew {
            emit(NotebookRecord(kind: "throw", fields: ["site": "0x" + String(site, radix: 16)]))
        }
    }

    private static let throwSites = Mutex<ThrowSites?>(nil)
}

/// The program's image and the last throw site reported.
private struct ThrowSites {
    var image: ExecutableImage
    var last: UInt?
}

/// Where the running program's own code is mapped.
private struct ExecutableImage {
    /// The address its file is mapped at; offsets from it are the addresses in the file of a
    /// position-independent executable, which is how Swift links programs on Linux.
    var base: UInt
    /// The end of its last mapping.
    var end: UInt

    func contains(_ address: UInt) -> Bool { address >= base && address < end }

    /// The image, from `/proc/self/maps`.
    static func current() -> ExecutableImage? {
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
              let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return nil }
        var base: UInt?
        var end: UInt = 0
        for line in maps.split(separator: "\n") where line.hasSuffix(" " + path) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let range = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            guard range.count == 2, fields.count > 2 else { continue }
            if UInt(fields[2], radix: 16) == 0 { base = base.map { min($0, range[0]) } ?? range[0] }
            end = max(end, range[1])
        }
        return base.map { ExecutableImage(base: $0, end: end) }
    }
}
