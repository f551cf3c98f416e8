/// For each cognate key, the items of a sequence that hold it, in one flat
/// array (four bytes an occurrence), so that a long gap's index stays small.
/// The keys are a sorted array searched by bisection, not a dictionary: a
/// long gap has about as many distinct keys as items (every paragraph's
/// figures make one), and a dictionary entry costs some 30 bytes against
/// eight here.
struct CognateIndex: Sendable {
    /// The distinct keys, ascending; slot `s` is `keys[s]`.
    private var keys: [CognateKeys.Key] = []
    /// `positions[starts[slot]..<starts[slot + 1]]` are the items holding the slot's key.
    private var starts: [UInt32] = [0]
    private var positions: [Int32] = []

    /// Indexes `items`; an item is named by its index plus `base`.
    init(_ items: [LengthAligner.Item], base: Int) {
        self.init(count: items.count, base: base) { items[$0].cognates }
    }

    /// Indexes `count` items whose sorted keys `keysOf` gives (each item's read once); an item is named by its index plus `base`.
    /// `occurrences` (how many keys all items have, if known) sizes the work array once.
    init(count: Int, base: Int, occurrences expected: Int = 0, keysOf: (Int) -> [CognateKeys.Key]) {
        // Every occurrence as (key, item), sorted: a key's items come out ascending.
        var occurrences: [UInt64] = []
        occurrences.reserveCapacity(expected)
        for index in 0..<count {
            let item = UInt64(UInt32(truncatingIfNeeded: index + base))
            for key in keysOf(index) { occurrences.append(UInt64(key) << 32 | item) }
        }
        occurrences.sort()
        var distinct = 0
        for (position, occurrence) in occurrences.enumerated() where position == 0 || occurrence >> 32 != occurrences[position - 1] >> 32 {
            distinct += 1
        }
        keys.reserveCapacity(distinct)
        starts.reserveCapacity(distinct + 1)
        positions.reserveCapacity(occurrences.count)
        for (position, occurrence) in occurrences.enumerated() {
            let key = CognateKeys.Key(truncatingIfNeeded: occurrence >> 32)
            if position > 0, key != keys[keys.count - 1] { starts.append(UInt32(position)) }
            if keys.isEmpty || key != keys[keys.count - 1] { keys.append(key) }
            positions.append(Int32(truncatingIfNeeded: occurrence & 0xFFFF_FFFF))
        }
        if !keys.isEmpty { starts.append(UInt32(positions.count)) }
    }

    /// Calls `body`, in ascending order, with each item (index plus `base`) in
    /// `lower...upper` that holds `key`. A key's items are stored in ascending
    /// order, so the first one in the range is found by bisection: a key that
    /// every item holds (a word of every paragraph) costs the range, not the
    /// whole sequence, and a banded gap stays linear in its length.
    func forEachItem(holding key: CognateKeys.Key, in lower: Int, through upper: Int, _ body: (Int) -> Void) {
        guard lower <= upper else { return }
        let slot = partitionPoint(in: 0..<keys.count) { keys[$0] < key }
        guard slot < keys.count, keys[slot] == key else { return }
        positions.withUnsafeBufferPointer { buffer in
            let end = Int(starts[slot + 1])
            var index = partitionPoint(in: Int(starts[slot])..<end) { Int(buffer[$0]) < lower }
            while index < end {
                let item = Int(buffer[index])
                if item > upper { break }
                body(item)
                index += 1
            }
        }
    }
}
