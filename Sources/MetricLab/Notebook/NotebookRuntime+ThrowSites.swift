import Foundation
import Synchronization

extension NotebookRuntime {
    /// Reports, whenever an error is thrown on the main thread, which call of the top-level code
    /// it happened under (a `throw` record with the call's offset in the program), so that the
    /// runner can name the line of an error no cell catches: the runtime's own report of such
    /// an error names only code the compiler generated. A site is reported when it differs from
    /// the last one, so a loop that throws and catches costs one record.
    static func reportThrowSites() {
        guard let image = LoadedObject.all().first,
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
    var image: LoadedObject
    var last: UInt?
}
