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

    /// Calls `body` with each item (index plus `base`) that holds `key`.
    func forEachItem(holding key: CognateKeys.Key, _ body: (Int) -> Void) {
        guard let slot = slotOfKey[key] else { return }
        for position in positions[starts[slot]..<starts[slot + 1]] { body(Int(position)) }
    }
}
