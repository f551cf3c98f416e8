/// Line indices carried across passes that split lines in two (`RunInArticleSplitter`,
/// `PreambleOpeningSplitter`): the line after each split line is new, so every later
/// line moves on by one for each split line above it.
enum SplitLineIndices {
    /// `indices` as they are after the lines at `splitLines` (indices before the split,
    /// ascending) were each split in two.
    static func moved(_ indices: Set<Int>, splitting splitLines: [Int]) -> Set<Int> {
        guard !splitLines.isEmpty else { return indices }
        return Set(indices.map { $0 + splitsAbove($0, in: splitLines) })
    }

    /// How many of `splitLines` (ascending) are below `line`: a binary search.
    private static func splitsAbove(_ line: Int, in splitLines: [Int]) -> Int {
        var low = 0, high = splitLines.count
        while low < high {
            let middle = (low + high) / 2
            if splitLines[middle] < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
