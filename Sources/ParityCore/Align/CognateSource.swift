/// Where the length aligner reads the cognate keys of a sequence's items:
/// the items' own arrays (a few items built by hand, a check's split link),
/// or the blocks themselves, whose keys are made again each time they are
/// read. A document aligned as one long gap then holds no array of keys a
/// block (some 80 bytes for a 128-byte paragraph, on both sides, for the
/// whole alignment): the dynamic programme reads each block's keys once for
/// its row or for its column's index, and the repairs only the few blocks
/// around an orphan.
struct CognateSource: Sendable {
    private enum Storage: Sendable {
        case items([LengthAligner.Item])
        case blocks(BlockSelection)
    }

    private let storage: Storage

    /// The keys the items hold.
    init(_ items: [LengthAligner.Item]) {
        storage = .items(items)
    }

    /// The keys of the blocks' texts (``CognateKeys/of(_:)-(Block)``), made when read.
    init(_ blocks: BlockSelection) {
        storage = .blocks(blocks)
    }

    /// The sorted keys of the item at `index`.
    func keys(_ index: Int) -> [CognateKeys.Key] {
        switch storage {
        case .items(let items): return items[index].cognates
        case .blocks(let blocks): return CognateKeys.of(blocks[index])
        }
    }
}
