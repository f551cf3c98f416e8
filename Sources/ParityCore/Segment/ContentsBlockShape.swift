/// A table of contents known by its shape, whatever the language of its
/// caption ("Contents", "Obsah", "Spis treści"): a run of entries whose
/// titles end in a dot leader and a page number, the pages never going
/// down (`I. Úvod ........ 2`, `II. Stav … ........ 2`, `III. Závěry ........ 3`).
/// Between the entries may stand a short group caption without a page
/// ("Annexes", "Přílohy"); the short line right before the first entry is
/// the caption of the whole block.
enum ContentsBlockShape {
    /// Fewest entries that make a contents block.
    static let minimumEntries = 3
    /// Most units between two entries of one block (a group caption).
    static let maximumGap = 2

    /// The blocks: where each begins (its first entry) and the caption line before it, by unit index.
    /// `page(i)` is the page of unit `i` when it is a dot-leader entry.
    static func blocks(unitCount: Int, page: (Int) -> Int?) -> (starts: Set<Int>, captions: Set<Int>) {
        let starts = Set(extents(unitCount: unitCount, page: page).map(\.lowerBound))
        return (starts, Set(starts.map { $0 - 1 }.filter { $0 >= 0 }))
    }

    /// Each block from its first entry to its last, by unit index: the block ends where its entries end, not at
    /// the first line without a page (a part caption between chapters, `Deuxième partie⇥Constatations …`).
    static func extents(unitCount: Int, page: (Int) -> Int?) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var index = 0
        while index < unitCount {
            guard let firstPage = page(index) else {
                index += 1
                continue
            }
            var entries = 1
            var last = index
            var lastPage = firstPage
            var probe = index + 1
            while probe < unitCount, probe - last <= maximumGap + 1 {
                if let value = page(probe) {
                    guard value >= lastPage else { break }
                    entries += 1
                    last = probe
                    lastPage = value
                }
                probe += 1
            }
            if entries >= minimumEntries { result.append(index...last) }
            index = last + 1
        }
        return result
    }
}
