/// Pairs the footnotes of two versions by marker, whatever their position,
/// and places the resulting links among the body's links.
struct FootnotePairing: Sendable {
    /// The length model of the body, for the confidence of a pair.
    var model: LengthModel

    /// One bead per footnote pair and one per footnote left over. A footnote
    /// pairs with the footnote of the other version that has the same
    /// normalized marker in the same scope, the k-th of its scope with the
    /// k-th: the scope is the part of the document the note belongs to (the
    /// body, or the annex that holds the block citing it, or the note itself
    /// when nothing cites it), so that series that restart in each part (the
    /// body's note 1 and an annex's own note 1) pair part by part, whatever
    /// the order in which each version sets its notes. Scopes are compared
    /// only when both versions have as many annexes; the notes left over pair
    /// by marker alone, the k-th with the k-th.
    func beads(pivotFootnotes: [Int], otherFootnotes: [Int], pivotBlocks: [Block], otherBlocks: [Block]) -> [PairBead] {
        func marker(_ block: Block) -> String? {
            guard let label = block.label else { return nil }
            let marker = FootnoteMarker.normalize(label)
            return marker.isEmpty ? nil : marker
        }
        var pairs: [Int: Int] = [:]
        var paired = Set<Int>()
        /// Pairs the pivot notes not yet paired with other notes not yet paired that have the same key, k-th with k-th.
        func pair(_ key: (Int, Block) -> String?, pivotKey: (Int, Block) -> String?) {
            var waiting: [String: [Int]] = [:]
            for j in otherFootnotes where !paired.contains(j) {
                if let k = key(j, otherBlocks[j]) { waiting[k, default: []].append(j) }
            }
            var taken: [String: Int] = [:]
            for i in pivotFootnotes where pairs[i] == nil {
                guard let k = pivotKey(i, pivotBlocks[i]), let candidates = waiting[k], taken[k, default: 0] < candidates.count else { continue }
                let j = candidates[taken[k, default: 0]]
                taken[k, default: 0] += 1
                pairs[i] = j
                paired.insert(j)
            }
        }
        let pivotScopes = Self.scopes(of: pivotFootnotes, in: pivotBlocks)
        let otherScopes = Self.scopes(of: otherFootnotes, in: otherBlocks)
        if pivotScopes.annexes == otherScopes.annexes, pivotScopes.annexes > 0 {
            pair({ j, block in marker(block).map { String(otherScopes.scope[j] ?? 0) + " " + $0 } },
                 pivotKey: { i, block in marker(block).map { String(pivotScopes.scope[i] ?? 0) + " " + $0 } })
        }
        pair({ _, block in marker(block) }, pivotKey: { _, block in marker(block) })
        var beads: [PairBead] = []
        for i in pivotFootnotes {
            guard let j = pairs[i] else {
                beads.append(PairBead(pivot: [i], other: [], method: .marker, confidence: 0.5))
                continue
            }
            let d = model.deviate(pivotLength: TextLength.of(pivotBlocks[i]), otherLength: TextLength.of(otherBlocks[j]))
            beads.append(PairBead(pivot: [i], other: [j], method: .marker, confidence: 0.5 + 0.5 * ElementaryMath.exp(-d * d / 8)))
        }
        for j in otherFootnotes where !paired.contains(j) {
            beads.append(PairBead(pivot: [], other: [j], method: .marker, confidence: 0.5))
        }
        return beads
    }

    /// The scope of each footnote of `footnotes` (indices into `blocks`): how many annexes begin before the first
    /// block that cites it (before the note itself when no block does; 0 is the body), and how many annexes the
    /// document has. One pass over the blocks.
    static func scopes(of footnotes: [Int], in blocks: [Block]) -> (scope: [Int: Int], annexes: Int) {
        var citing: [String: Int] = [:]
        for index in footnotes {
            for id in blocks[index].citedBy { citing[id] = Int.max }
        }
        var annexStarts: [Int] = []
        for (index, block) in blocks.enumerated() {
            if block.kind == .annex { annexStarts.append(index) }
            if !citing.isEmpty, citing[block.id] == Int.max { citing[block.id] = index }
        }
        var scope: [Int: Int] = [:]
        for index in footnotes {
            let position = blocks[index].citedBy.compactMap { citing[$0] }.filter { $0 != Int.max }.min() ?? index
            scope[index] = partitionPoint(in: annexStarts.indices) { annexStarts[$0] < position }
        }
        return (scope, annexStarts.count)
    }

    /// `footnotes` placed among `body` (both in their own order): a footnote
    /// link goes before the first body link whose pivot blocks come after
    /// its pivot footnote; a footnote only the other version has goes before
    /// the first body link whose other-version blocks come after it.
    static func insert(_ footnotes: [PairBead], into body: [PairBead]) -> [PairBead] {
        let withPivot = footnotes.filter { !$0.pivot.isEmpty }.sorted { $0.pivot[0] < $1.pivot[0] }
        let otherOnly = footnotes.filter { $0.pivot.isEmpty }.sorted { $0.other[0] < $1.other[0] }
        var slots: [[PairBead]] = Array(repeating: [], count: body.count + 1)
        func place(_ beads: [PairBead], by index: (PairBead) -> Int?) {
            var k = 0
            for bead in beads {
                let position = index(bead)!
                while k < body.count, (index(body[k]).map { $0 < position } ?? true) { k += 1 }
                slots[k].append(bead)
            }
        }
        place(withPivot) { $0.pivot.min() }
        place(otherOnly) { $0.other.min() }
        var result: [PairBead] = []
        result.reserveCapacity(body.count + footnotes.count)
        for k in 0...body.count {
            result += slots[k]
            if k < body.count { result.append(body[k]) }
        }
        return result
    }
}
