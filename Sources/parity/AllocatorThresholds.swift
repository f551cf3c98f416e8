import Glibc

/// Fixes glibc's allocator thresholds for the process. By default each large
/// block freed raises the size from which blocks are mapped on their own (up
/// to 32 MiB) and the free memory kept at the top of the heap (up to twice
/// that): after the input's and the line tables' arrays are freed, tens of
/// megabytes of later arrays and freed temporaries stayed resident at the
/// peak (347 MB instead of 305 MB for 90 MB of 128-byte paragraphs). Fixed
/// thresholds give that memory back; the time is the same.
enum AllocatorThresholds {
    /// `mallopt`'s parameter numbers (malloc.h), which Swift's Glibc module does not export.
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3

    /// Sets the thresholds; does nothing where `mallopt` is not found.
    static func apply() {
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
        _ = mallopt(mmapThreshold, 128 * 1024)
        _ = mallopt(trimThreshold, 1024 * 1024)
    }
}
