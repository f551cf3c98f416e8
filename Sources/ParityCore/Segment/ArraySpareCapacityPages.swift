#if canImport(Glibc)
import Glibc
#endif

extension Array {
    /// Gives back to the system the whole memory pages that lie in the
    /// array's room beyond its elements, where a large array shrunk with
    /// `removeLast` keeps its pages resident (an array never shrinks its
    /// buffer). The room holds no elements, so nothing is lost; appending
    /// later uses it as before. Does nothing where `madvise` is not available.
    mutating func releaseSparePages() {
        #if canImport(Glibc)
        let stride = MemoryLayout<Element>.stride
        let (count, capacity) = (self.count, self.capacity)
        guard stride > 0, capacity > count else { return }
        let page = sysconf(Int32(_SC_PAGESIZE))
        guard page > 0 else { return }
        withUnsafeMutableBufferPointer { elements in
            guard let base = elements.baseAddress else { return }
            let start = UInt(bitPattern: UnsafeMutableRawPointer(base) + count * stride)
            let end = UInt(bitPattern: UnsafeMutableRawPointer(base) + capacity * stride)
            let size = UInt(page)
            let first = (start + size - 1) / size * size
            let last = end / size * size
            guard last > first, let pages = UnsafeMutableRawPointer(bitPattern: first) else { return }
            _ = madvise(pages, Int(last - first), Int32(MADV_DONTNEED))
        }
        #endif
    }
}
