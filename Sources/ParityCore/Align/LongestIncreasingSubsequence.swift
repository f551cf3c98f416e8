/// Longest strictly increasing subsequence in O(n log n) (patience sorting).
enum LongestIncreasingSubsequence {
    /// Indices into `values` of one longest strictly increasing subsequence,
    /// in increasing order. Ties keep the earliest-ending candidates.
    static func indices(of values: [Int]) -> [Int] {
        guard !values.isEmpty else { return [] }
        var tailIndex: [Int] = []          // tailIndex[k]: index of the smallest tail of a run of length k+1
        var predecessor = [Int](repeating: -1, count: values.count)
        for (i, value) in values.enumerated() {
            let low = partitionPoint(in: tailIndex.indices) { values[tailIndex[$0]] < value }
            if low > 0 { predecessor[i] = tailIndex[low - 1] }
            if low == tailIndex.count { tailIndex.append(i) } else { tailIndex[low] = i }
        }
        var result: [Int] = []
        var current = tailIndex.last!
        while current >= 0 {
            result.append(current)
            current = predecessor[current]
        }
        return result.reversed()
    }
}
