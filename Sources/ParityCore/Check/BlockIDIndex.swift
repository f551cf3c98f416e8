/// The index of the first block with each id in one document, for the
/// checks: an open-addressing table of 32-bit block indices (at most half
/// full) keyed by the id's hash, the ids compared in the blocks themselves.
/// About eight bytes a block, where a `[String: Int]` takes some fifty (its
/// keys are copies of the ids, and its values eight bytes each). Shared with
/// the TMX writer, which turns a link's ids into blocks the same way.
package struct BlockIDIndex {
    private let blocks: [Block]
    /// Block index + 1, or 0 for an empty slot; the length is a power of two.
    private var slots: [UInt32]

    /// The index of `blocks` (which it keeps, sharing their storage).
    package init(_ blocks: [Block]) {
        self.blocks = blocks
        var capacity = 8
        while capacity < 2 * blocks.count { capacity *= 2 }
        slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for index in blocks.indices {
            var slot = blocks[index].id.hashValue & mask
            var taken = false
            while slots[slot] != 0 {
                // The first block with an id keeps it.
                if blocks[Int(slots[slot]) - 1].id == blocks[index].id {
                    taken = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !taken { slots[slot] = UInt32(index + 1) }
        }
    }

    /// The index of the first block whose id is `id`, if any.
    package subscript(_ id: String) -> Int? {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if blocks[index].id == id { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
