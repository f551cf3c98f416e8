extension Array where Element: Comparable {
    /// Sorts the array ascending in place, with no scratch buffer: the
    /// standard `sort()` merges through a buffer of up to half the array,
    /// which for the index of a long gap is a peak of its own. Not stable
    /// (equal elements are equal here). O(n log n) time, O(1) extra space.
    mutating func heapSortInPlace() {
        withUnsafeMutableBufferPointer { buffer in
            let count = buffer.count
            guard count > 1 else { return }
            func siftDown(_ start: Int, _ end: Int) {
                var root = start
                while true {
                    var child = 2 * root + 1
                    guard child < end else { return }
                    if child + 1 < end, buffer[child] < buffer[child + 1] { child += 1 }
                    guard buffer[root] < buffer[child] else { return }
                    buffer.swapAt(root, child)
                    root = child
                }
            }
            for start in stride(from: count / 2 - 1, through: 0, by: -1) { siftDown(start, count) }
            for end in stride(from: count - 1, to: 0, by: -1) {
                buffer.swapAt(0, end)
                siftDown(0, end)
            }
        }
    }
}
