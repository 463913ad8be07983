/// The library's checks on what a caller passes in (shapes that do not broadcast, a batch plan
/// asking for more classes than the data has) must say what was wrong in the build notebooks
/// link, which is optimized: there Swift's `precondition` prints only "precondition failure".
///
/// Declared in the module, this function shadows the standard library's inside MetricLab, so
/// every `precondition` in the library keeps its message; it checks exactly as often.
@inline(__always)
func precondition(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = String(),
                  file: StaticString = #fileID, line: UInt = #line) {
    if !condition() {
        fatalError(message(), file: file, line: line)
    }
}
