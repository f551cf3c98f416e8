extension Array where Element == UInt32 {
    /// The index of `value` in this array, sorted ascending, by binary search; nil when it is absent.
    /// The packed language-code tables (`ISO639`, `LikelyScript`) are looked up this way.
    func sortedIndex(of value: UInt32) -> Int? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value ? low : nil
    }
}
