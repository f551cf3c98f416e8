/// The blocks of a document, all of them or a chosen subset in order
/// (the body without its footnotes, say), read in place: a selection holds
/// the document's array and the positions it keeps, never copies of the blocks.
struct BlockSelection: RandomAccessCollection, Sendable {
    typealias Indices = Range<Int>

    private let base: [Block]
    /// Positions in `base` of the selected blocks; `nil` selects them all.
    private let positions: [Int]?
    /// Per selected block: the selection index of the nearest earlier block
    /// whose id is its `parent`, or -1. Made once, so that finding a block's
    /// children hashes no id. 32 bits a block.
    let parentIndices: [Int32]

    /// All of `blocks`.
    init(_ blocks: [Block]) {
        base = blocks
        positions = nil
        parentIndices = BlockSelection.parentIndices(blocks, nil)
    }

    /// The blocks of `blocks` at `positions`, in that order.
    init(_ blocks: [Block], positions: [Int]) {
        base = blocks
        self.positions = positions
        parentIndices = BlockSelection.parentIndices(blocks, positions)
    }

    private static func parentIndices(_ blocks: [Block], _ positions: [Int]?) -> [Int32] {
        let count = positions?.count ?? blocks.count
        var result = [Int32](repeating: -1, count: count)
        var latest: [String: Int] = [:]
        latest.reserveCapacity(count)
        for index in 0..<count {
            let position = positions?[index] ?? index
            if let parent = blocks[position].parent, let found = latest[parent] { result[index] = Int32(found) }
            latest[blocks[position].id] = index
        }
        return result
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions?.count ?? base.count }
    var indices: Range<Int> { startIndex..<endIndex }

    subscript(index: Int) -> Block {
        _read { yield base[positions.map { $0[index] } ?? index] }
    }
}
