/// The blocks of a document, all of them or a chosen subset in order
/// (the body without its footnotes, say), read in place: a selection holds
/// the document's array and the positions it keeps, never copies of the blocks.
struct BlockSelection: RandomAccessCollection, Sendable {
    typealias Indices = Range<Int>

    private let base: [Block]
    /// Positions in `base` of the selected blocks; `nil` selects them all.
    private let positions: [Int]?

    /// All of `blocks`.
    init(_ blocks: [Block]) {
        base = blocks
        positions = nil
    }

    /// The blocks of `blocks` at `positions`, in that order.
    init(_ blocks: [Block], positions: [Int]) {
        base = blocks
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions?.count ?? base.count }
    var indices: Range<Int> { startIndex..<endIndex }

    subscript(index: Int) -> Block {
        _read { yield base[positions.map { $0[index] } ?? index] }
    }
}
