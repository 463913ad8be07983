import CKernels
import Foundation

/// An object the dynamic loader has mapped into this process, the program itself or a shared
/// library, and where its segments lie (from the loader, see LoadedObjects.c).
struct LoadedObject {
    /// The file it was loaded from; `/proc/self/exe` for the program, whose name the loader leaves empty.
    var path: String
    /// The address its file's virtual address 0 is mapped at.
    var base: UInt
    /// The end of its last loaded segment.
    var end: UInt

    /// Whether `address` lies between its base and the end of its last segment.
    func contains(_ address: UInt) -> Bool { address >= base && address < end }

    /// The loaded objects, the program first.
    static func all() -> [LoadedObject] {
        var objects: [LoadedObject] = []
        var object = metriclab_loaded_object()
        while metriclab_loaded_object_at(objects.count, &object) {
            let name = String(cString: object.name)
            objects.append(LoadedObject(path: name.isEmpty ? "/proc/self/exe" : name, base: UInt(object.base), end: UInt(object.end)))
        }
        return objects
    }

    /// The object whose segments span `address`, if any.
    static func containing(_ address: UInt) -> LoadedObject? {
        all().first { $0.contains(address) }
    }
}
