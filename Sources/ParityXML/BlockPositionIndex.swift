import ParityCore

/// The position of the first block with each id in one document, for the
/// writers that turn a link's ids into blocks: an open-addressing table of
/// 32-bit positions (at most half full) keyed by the id's hash, the ids
/// compared in the blocks themselves. About eight bytes a block, where
/// `Document.blockIndexByID` (a `[String: Int]`) takes some fifty: for two
/// long documents the dictionaries were a seventh of the TMX writer's heap.
/// The same table as the checks' `BlockIDIndex`, which is internal to
/// ParityCore.
struct BlockPositionIndex {
    private let blocks: [Block]
    /// Position + 1, or 0 for an empty slot; the length is a power of two.
    private var slots: [UInt32]

    /// The index of `blocks` (which it keeps, sharing their storage).
    init(_ blocks: [Block]) {
        self.blocks = blocks
        var capacity = 8
        while capacity < 2 * blocks.count { capacity *= 2 }
        slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for position in blocks.indices {
            var slot = blocks[position].id.hashValue & mask
            var taken = false
            while slots[slot] != 0 {
                // The first block with an id keeps it.
                if blocks[Int(slots[slot]) - 1].id == blocks[position].id {
                    taken = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !taken { slots[slot] = UInt32(position + 1) }
        }
    }

    /// The position of the first block whose id is `id`, if any.
    subscript(_ id: String) -> Int? {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if blocks[position].id == id { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
