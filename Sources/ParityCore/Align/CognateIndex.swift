/// For each cognate key, the items of a sequence that hold it: one sorted
/// flat array of `key << 32 | item` (eight bytes an occurrence), so that a
/// long gap's index stays small and is made in place. A key's items are
/// consecutive and ascending, found by bisection; a dictionary entry would
/// cost some 30 bytes, and a long gap has about as many distinct keys as
/// items (every paragraph's figures make one).
struct CognateIndex: Sendable {
    /// Every occurrence as `key << 32 | item`, ascending.
    private var occurrences: [UInt64] = []

    /// Indexes `items`; an item is named by its index plus `base`.
    init(_ items: [LengthAligner.Item], base: Int) {
        self.init(count: items.count, base: base) { items[$0].cognates }
    }

    /// Indexes `count` items whose sorted keys `keysOf` gives (each item's read once); an item is named by its index plus `base`.
    /// `occurrences` (how many keys all items have, if known) sizes the array once.
    init(count: Int, base: Int, occurrences expected: Int = 0, keysOf: (Int) -> [CognateKeys.Key]) {
        occurrences.reserveCapacity(expected)
        for index in 0..<count {
            let item = UInt64(UInt32(truncatingIfNeeded: index + base))
            for key in keysOf(index) { occurrences.append(UInt64(key) << 32 | item) }
        }
        occurrences.heapSortInPlace()
    }

    /// Calls `body`, in ascending order, with each item (index plus `base`) in
    /// `lower...upper` that holds `key`. A key's items are stored in ascending
    /// order, so the first one in the range is found by bisection: a key that
    /// every item holds (a word of every paragraph) costs the range, not the
    /// whole sequence, and a banded gap stays linear in its length.
    func forEachItem(holding key: CognateKeys.Key, in lower: Int, through upper: Int, _ body: (Int) -> Void) {
        guard lower <= upper, upper >= 0 else { return }
        let keyBits = UInt64(key) << 32
        let first = keyBits | UInt64(UInt32(clamping: max(lower, 0)))
        occurrences.withUnsafeBufferPointer { buffer in
            var index = partitionPoint(in: 0..<buffer.count) { buffer[$0] < first }
            while index < buffer.count, buffer[index] & 0xFFFF_FFFF_0000_0000 == keyBits {
                let item = Int(buffer[index] & 0xFFFF_FFFF)
                if item > upper { break }
                body(item)
                index += 1
            }
        }
    }
}
