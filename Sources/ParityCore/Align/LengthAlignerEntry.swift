extension LengthAligner {
    /// An item as the dynamic programme reads it: its length, class and
    /// furniture flag and how many cognate keys it has, without the keys
    /// (read from a ``CognateSource`` when needed). Sixteen bytes: a long gap
    /// holds one an item on each side.
    struct Entry: Sendable {
        var length: Int
        /// How many keys ``CognateSource/keys(_:)`` gives for the item.
        var cognateCount: UInt32
        var family: BlockClass
        var isFurniture: Bool

        init(_ item: Item) {
            length = item.length
            cognateCount = UInt32(item.cognates.count)
            family = item.family
            isFurniture = item.isFurniture
        }

        /// The entry of `block`: the same values as ``Item/init(_:)`` gives, its keys counted and let go.
        init(_ block: Block) {
            length = TextLength.of(block)
            cognateCount = UInt32(CognateKeys.of(block).count)
            family = BlockClass(block.kind)
            isFurniture = block.kind == .pageFurniture
        }

        /// The full item, its keys read from `source` at `index`.
        func item(keys source: CognateSource, at index: Int) -> Item {
            Item(length: length, family: family, cognates: source.keys(index), isFurniture: isFurniture)
        }
    }
}
