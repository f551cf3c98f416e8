/// For each cognate key, the items of a sequence that hold it, in one flat
/// array (four bytes an occurrence), so that a long gap's index stays small.
struct CognateIndex: Sendable {
    private var slotOfKey: [CognateKeys.Key: Int] = [:]
    /// `positions[starts[slot]..<starts[slot + 1]]` are the items holding the slot's key.
    private var starts: [Int] = [0]
    private var positions: [Int32] = []

    /// Indexes `items`; an item is named by its index plus `base`.
    init(_ items: [LengthAligner.Item], base: Int) {
        var counts: [Int] = []
        for item in items {
            for key in item.cognates {
                if let slot = slotOfKey[key] {
                    counts[slot] += 1
                } else {
                    slotOfKey[key] = counts.count
                    counts.append(1)
                }
            }
        }
        starts.reserveCapacity(counts.count + 1)
        for count in counts { starts.append(starts[starts.count - 1] + count) }
        var next = Array(starts.dropLast())
        positions = [Int32](repeating: 0, count: starts[starts.count - 1])
        for (index, item) in items.enumerated() {
            for key in item.cognates {
                let slot = slotOfKey[key]!
                positions[next[slot]] = Int32(index + base)
                next[slot] += 1
            }
        }
    }

    /// Calls `body`, in ascending order, with each item (index plus `base`) in
    /// `lower...upper` that holds `key`. A key's items are stored in ascending
    /// order, so the first one in the range is found by bisection: a key that
    /// every item holds (a word of every paragraph) costs the range, not the
    /// whole sequence, and a banded gap stays linear in its length.
    func forEachItem(holding key: CognateKeys.Key, in lower: Int, through upper: Int, _ body: (Int) -> Void) {
        guard lower <= upper, let slot = slotOfKey[key] else { return }
        positions.withUnsafeBufferPointer { buffer in
            let end = starts[slot + 1]
            var index = partitionPoint(in: starts[slot]..<end) { Int(buffer[$0]) < lower }
            while index < end {
                let item = Int(buffer[index])
                if item > upper { break }
                body(item)
                index += 1
            }
        }
    }
}
