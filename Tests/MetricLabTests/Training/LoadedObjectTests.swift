import Foundation
@testable import MetricLab
import Testing

/// The loaded objects as the loader reports them, against the kernel's map of this process.
struct LoadedObjectTests {
    /// /proc/self/maps, read to its end (the kernel gives it a page per read).
    func maps() throws -> String {
        let file = open("/proc/self/maps", O_RDONLY)
        try #require(file >= 0)
        defer { close(file) }
        var bytes: [UInt8] = []
        var page = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = page.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            try #require(count >= 0)
            if count == 0 { break }
            bytes += page[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The real path of `path`, symbolic links resolved.
    func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    @Test func theProgramComesFirstAndHoldsTheLibrary() throws {
        let objects = LoadedObject.all()
        let program = try #require(objects.first)
        #expect(program.path == "/proc/self/exe")
        // The tests link MetricLab into their program, so its build is the program's file.
        #expect(RunCache.libraryBuild == {
            var hash = ContentHash()
            FileManager.default.contents(atPath: "/proc/self/exe")!.withUnsafeBytes { hash.combine($0) }
            return hash.hexDigest
        }())
        let strlen = try #require(dlsym(dlopen(nil, RTLD_NOW), "strlen"))
        let libc = try #require(LoadedObject.containing(UInt(bitPattern: strlen)))
        #expect(URL(fileURLWithPath: libc.path).lastPathComponent.hasPrefix("libc.so"), "\(libc.path)")
        #expect(!program.contains(UInt(bitPattern: strlen)))
    }

    @Test func everyMappedFileWithCodeIsALoadedObject() throws {
        let objects = LoadedObject.all()
        let paths = Set(objects.map { resolved($0.path) })
        // Lines read `start-end perms offset dev inode path`; code is mapped executable.
        var mapped: [String: UInt] = [:]
        for line in try maps().split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1].contains("x"), fields[5].hasPrefix("/") else { continue }
            mapped[fields[5...].joined(separator: " ")] = UInt(fields[0].split(separator: "-")[0], radix: 16)
        }
        #expect(mapped.count > 3)
        for (path, start) in mapped {
            #expect(paths.contains(resolved(path)), "\(path) is mapped but not reported")
            let object = LoadedObject.containing(start)
            #expect(object.map { resolved($0.path) } == resolved(path), "\(path)'s code at \(String(start, radix: 16))")
        }
    }
}
