/// Keeps the source ranges of a document's blocks disjoint when a block's
/// range was taken over a span that holds other blocks (a paragraph joined
/// across a page break spans the page's footer and footnotes).
enum SourceRangeDisjointness {
    /// Cuts out of every block range the ranges of other blocks and the
    /// `others` ranges nested inside it. Runs in O(n log n + nested pairs).
    static func cutNestedRanges(_ blocks: inout [Block], others: [SourceRange]) {
        // (range, owner block index or -1)
        var all: [(range: SourceRange, owner: Int)] = others.map { ($0, -1) }
        for (index, block) in blocks.enumerated() {
            for range in block.sourceRanges { all.append((range, index)) }
        }
        all.sort { $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.range.end > $1.range.end }
        var holes: [Int: [SourceRange]] = [:]  // block index → nested ranges of others
        var open: [(range: SourceRange, owner: Int)] = []
        for item in all {
            while let last = open.last, last.range.end <= item.range.start { open.removeLast() }
            for container in open where container.owner >= 0 && container.owner != item.owner
                && item.range.end <= container.range.end && item.range.length > 0 {
                holes[container.owner, default: []].append(item.range)
            }
            open.append(item)
        }
        for (owner, nested) in holes {
            var pieces: [SourceRange] = []
            for range in blocks[owner].sourceRanges {
                var cursor = range.start
                for hole in nested.sorted() where hole.start >= range.start && hole.end <= range.end && hole.start >= cursor {
                    if hole.start > cursor { pieces.append(SourceRange(start: cursor, end: hole.start)) }
                    cursor = hole.end
                }
                if range.end > cursor { pieces.append(SourceRange(start: cursor, end: range.end)) }
            }
            blocks[owner].sourceRanges = pieces
        }
    }
}
