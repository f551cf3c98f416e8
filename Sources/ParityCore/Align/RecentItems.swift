/// The last few length-aligner items made, by block index: a cache that
/// forgets the oldest, for a pass that goes forward through a document and
/// asks each item again only while it is near (`NumberShiftFilter`). A miss
/// only makes the item again, so what is kept never changes an answer.
struct RecentItems {
    /// How many items are kept.
    static let capacity = 8
    private var keys: [Int] = []
    private var items: [LengthAligner.Item] = []
    /// The slot the next item replaces once all are taken.
    private var oldest = 0

    /// The item kept for `key`, if it is still kept.
    subscript(_ key: Int) -> LengthAligner.Item? {
        guard let slot = keys.firstIndex(of: key) else { return nil }
        return items[slot]
    }

    /// Keeps `item` for `key`, in place of the oldest when all slots are taken.
    mutating func keep(_ item: LengthAligner.Item, for key: Int) {
        if let slot = keys.firstIndex(of: key) {
            items[slot] = item
        } else if keys.count < Self.capacity {
            keys.append(key)
            items.append(item)
        } else {
            keys[oldest] = key
            items[oldest] = item
            oldest = (oldest + 1) % Self.capacity
        }
    }
}
