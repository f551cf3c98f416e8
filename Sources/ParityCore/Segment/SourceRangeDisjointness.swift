/// Keeps the source ranges of a document's blocks disjoint when a block's
/// range was taken over a span that holds other blocks (a paragraph joined
/// across a page break spans the page's footer and footnotes).
enum SourceRangeDisjointness {
    /// A block or a draft: anything with source ranges.
    protocol Ranged {
        var sourceRanges: [SourceRange] { get set }
    }

    /// Cuts out of every block range the ranges of other blocks and the
    /// `others` ranges nested inside it. Runs in O(n log n + nested pairs).
    static func cutNestedRanges<Item: Ranged>(_ blocks: inout [Item], others: [SourceRange]) {
        // (range, owner block index or -1)
        var all: [(range: SourceRange, owner: Int)] = []
        all.reserveCapacity(others.count + blocks.reduce(0) { $0 + $1.sourceRanges.count })
        all += others.map { ($0, -1) }
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
        for index in blocks.indices where blocks[index].sourceRanges.count > 1 {
            mergeOverlaps(&blocks[index].sourceRanges)
        }
    }

    /// A block's ranges that overlap one another (a line the block took over
    /// inside a span it already holds, such as a line moved from a footnote
    /// back into the paragraph it interrupted) are merged into one, so that
    /// no input byte is covered twice; ranges that do not overlap keep their order.
    static func mergeOverlaps(_ ranges: inout [SourceRange]) {
        let sorted = ranges.sorted()
        var overlaps = false
        for index in 1..<sorted.count where sorted[index].start < sorted[index - 1].end { overlaps = true; break }
        guard overlaps else { return }
        var merged: [SourceRange] = []
        for range in sorted {
            if let last = merged.last, range.start < last.end {
                merged[merged.count - 1] = SourceRange(start: last.start, end: max(last.end, range.end))
            } else {
                merged.append(range)
            }
        }
        ranges = merged
    }

    /// Gives every visible character of `text` whose input bytes no block
    /// covers (text written out of input order, such as a wrapped table
    /// title moved before its numbers) to the block that covers the text
    /// just before it. Runs in O(n log m).
    static func attachUncovered<Item: Ranged>(_ blocks: inout [Item], text: DecodedText, others: [SourceRange]) {
        var ranges: [(range: SourceRange, owner: Int)] = []
        ranges.reserveCapacity(others.count + blocks.reduce(0) { $0 + $1.sourceRanges.count })
        ranges += others.map { ($0, -1) }
        for (index, block) in blocks.enumerated() {
            for range in block.sourceRanges where range.length > 0 { ranges.append((range, index)) }
        }
        ranges.sort { $0.range.start < $1.range.start }
        let sorted = ranges
        // The first range starting after the last offset looked up: offsets come mostly in order, so it mostly stays.
        var low = -1
        var extra: [Int: [SourceRange]] = [:]
        var lastOwner: Int?
        let bytes = text.utf8
        var cursor = DecodedText.OffsetCursor()
        // Input offsets `same` (from the last offset looked up) whose owner is the one found for it.
        var same = 0..<0
        var sameOwner = -1
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if lead == 0x20 || lead == 0x0A || lead == 0x09 || lead == 0x0D || lead == 0x0C {
                index += 1
                continue
            }
            let (start, consecutive) = text.originalOffsetRun(index, cursor: &cursor)
            let found: Int?
            if same.contains(start) {
                found = sameOwner
            } else {
                found = owner(of: start, in: sorted, low: &low, same: &same)
                if let found { sameOwner = found }
            }
            if let found {
                if found >= 0 { lastOwner = found }
                // The bytes after it whose input offsets go on consecutively inside `same` have the same owner:
                // skipped to the next scalar after them.
                let skip = min(consecutive, same.upperBound - start)
                if skip > length {
                    index += skip
                    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                    continue
                }
            } else if let lastOwner {
                var end = start + 1
                for k in 0..<min(length, bytes.count - index) { end = max(end, text.originalOffset(index + k, cursor: &cursor) + 1) }
                extra[lastOwner, default: []].append(SourceRange(start: start, end: end))
            }
            index += length
        }
        for (owner, added) in extra {
            var all = (blocks[owner].sourceRanges + added).sorted()
            var merged: [SourceRange] = []
            for range in all {
                if let last = merged.last, range.start <= last.end {
                    merged[merged.count - 1] = SourceRange(start: last.start, end: max(last.end, range.end))
                } else {
                    merged.append(range)
                }
            }
            all.removeAll()
            blocks[owner].sourceRanges = merged
        }
    }

    /// The owner of the range that holds `offset` among the few that start
    /// last at or before it (ranges may nest: furniture inside nothing,
    /// blocks disjoint). `low`: the index of the first range starting after
    /// the previous offset, kept while it still fits. `same`, when an owner
    /// is found: the offsets from `offset` on that have the same answer (up
    /// to the end of the range found and the start of the next range: the
    /// ranges between them start before `offset` and end at or before it).
    private static func owner(of offset: Int, in ranges: [(range: SourceRange, owner: Int)], low: inout Int, same: inout Range<Int>) -> Int? {
        if low < 0 || (low > 0 && ranges[low - 1].range.start > offset) || (low < ranges.count && ranges[low].range.start <= offset) {
            var first = 0
            var high = ranges.count
            while first < high {
                let middle = (first + high) / 2
                if ranges[middle].range.start <= offset { first = middle + 1 } else { high = middle }
            }
            low = first
        }
        var index = low - 1
        var steps = 0
        while index >= 0, steps < 8 {
            if ranges[index].range.contains(offset) {
                same = offset..<min(ranges[index].range.end, low < ranges.count ? ranges[low].range.start : Int.max)
                return ranges[index].owner
            }
            index -= 1
            steps += 1
        }
        return nil
    }
}

extension Block: SourceRangeDisjointness.Ranged {}
extension DraftBlock: SourceRangeDisjointness.Ranged {}
