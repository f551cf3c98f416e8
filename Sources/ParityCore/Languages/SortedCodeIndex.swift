extension Array where Element == UInt32 {
    /// The index of `value` in this array, sorted ascending, by binary search; nil when it is absent.
    /// The packed language-code tables (`ISO639`, `LikelyScript`) are looked up this way.
    func sortedIndex(of value: UInt32) -> Int? {
        let low = partitionPoint(in: indices) { self[$0] < value }
        return low < count && self[low] == value ? low : nil
    }
}
