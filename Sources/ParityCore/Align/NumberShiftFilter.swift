/// Finds runs of number anchors that pair the wrong paragraphs because one
/// version's numbering is shifted (after a merged or dropped paragraph the
/// translator renumbered the rest): in such a run every pivot paragraph fits
/// the other version's previous (or next) numbered paragraph far better
/// than the one carrying its number. Those anchors are dropped so the length
/// aligner pairs the paragraphs by content; the checker then reports the
/// shifted numbering.
struct NumberShiftFilter {
    /// How much better (in cost units, nats) the neighbour must fit.
    var margin = 4.0
    /// Shortest run of consistently shifted anchors that counts.
    var minimumRun = 3
    /// Undecided anchors allowed in a row inside a run.
    var maximumGap = 3

    typealias Anchor = (i: Int, j: Int, method: AlignmentMethod)

    func filter(_ anchors: [Anchor], pivotBlocks: BlockSelection, otherBlocks: BlockSelection,
                pivotItem: (Int) -> LengthAligner.Item, otherItem: (Int) -> LengthAligner.Item, aligner: LengthAligner) -> [Anchor] {
        // Numbered units of the other version, per kind, in order.
        var otherUnits: [BlockKind: [Int]] = [:]
        // Per block of the other version: its position among the numbered units of its kind, -1 for none.
        var positionInUnits = [Int32](repeating: -1, count: otherBlocks.count)
        for (j, block) in otherBlocks.enumerated() where (block.kind == .paragraph || block.kind == .article) && block.number != nil {
            positionInUnits[j] = Int32(otherUnits[block.kind, default: []].count)
            otherUnits[block.kind, default: []].append(j)
        }
        // A numbered unit's own item (its keys read from its text) is made once while the anchors around it are
        // judged, though it counts in its own unit and in its parent's (a numbered paragraph in its article). Only
        // the last few are kept (`RecentItems`): the anchors go forward in both versions, and a table of every
        // unit's item was the aligner's peak on a long numbered document (its keys and dictionaries, 1.4× the input).
        func isNumberedUnit(_ block: Block) -> Bool { (block.kind == .paragraph || block.kind == .article) && block.number != nil }
        var pivotBlockItems = RecentItems(), otherBlockItems = RecentItems()
        func pivotBlockItem(_ i: Int) -> LengthAligner.Item {
            if let cached = pivotBlockItems[i] { return cached }
            let item = pivotItem(i)
            if isNumberedUnit(pivotBlocks[i]) { pivotBlockItems.keep(item, for: i) }
            return item
        }
        func otherBlockItem(_ j: Int) -> LengthAligner.Item {
            if let cached = otherBlockItems[j] { return cached }
            let item = otherItem(j)
            if isNumberedUnit(otherBlocks[j]) { otherBlockItems.keep(item, for: j) }
            return item
        }
        // A numbered unit is judged with its children (an article's title says little).
        func unit(_ index: Int, _ blocks: BlockSelection, _ item: (Int) -> LengthAligner.Item) -> LengthAligner.Item {
            let children = PairwiseAligner.children(of: index, in: blocks)
            guard !children.isEmpty else { return item(index) }
            let members = ([index] + children).map(item)
            return LengthAligner.Item(length: members.reduce(0) { $0 + $1.length }, family: .body,
                                      cognates: CognateKeys.union(members.map(\.cognates)))
        }
        var pivotUnits = RecentItems(), otherUnitItems = RecentItems()
        func pivotUnit(_ i: Int) -> LengthAligner.Item {
            if let cached = pivotUnits[i] { return cached }
            let item = unit(i, pivotBlocks, pivotBlockItem)
            pivotUnits.keep(item, for: i)
            return item
        }
        func otherUnit(_ j: Int) -> LengthAligner.Item {
            if let cached = otherUnitItems[j] { return cached }
            let item = unit(j, otherBlocks, otherBlockItem)
            otherUnitItems.keep(item, for: j)
            return item
        }
        func dice(_ a: LengthAligner.Item, _ b: LengthAligner.Item) -> Double {
            let total = a.cognates.count + b.cognates.count
            return total == 0 ? 0 : 2 * Double(CognateKeys.commonCount(a.cognates, b.cognates)) / Double(total)
        }
        func cost(_ i: Int, _ j: Int) -> Double {
            aligner.beadCost(pivot: [pivotUnit(i)][...], other: [otherUnit(j)][...])
        }
        // Per anchor: -1 / +1 when the previous / next numbered unit fits far better, else 0.
        var shifts = [Int](repeating: 0, count: anchors.count)
        var poorFit = [Bool](repeating: false, count: anchors.count)
        for (k, anchor) in anchors.enumerated() where anchor.method == .number {
            let kind = otherBlocks[anchor.j].kind
            guard let units = otherUnits[kind], positionInUnits[anchor.j] >= 0 else { continue }
            let position = Int(positionInUnits[anchor.j])
            let here = cost(anchor.i, anchor.j)
            let previous = position > 0 ? cost(anchor.i, units[position - 1]) : .infinity
            let next = position + 1 < units.count ? cost(anchor.i, units[position + 1]) : .infinity
            let best = min(previous, next)
            let pivotLength = pivotUnit(anchor.i).length
            let d = aligner.model.deviate(pivotLength: pivotLength, otherLength: otherUnit(anchor.j).length)
            poorFit[k] = best < here || abs(d) > 3
            // A shift needs strong evidence: the numbered pair's lengths disagree,
            // the neighbour's agree, and the neighbour is much cheaper overall.
            guard best < here - margin else { continue }
            let neighbour = previous <= next ? units[position - 1] : units[position + 1]
            let dNeighbour = aligner.model.deviate(pivotLength: pivotLength, otherLength: otherUnit(neighbour).length)
            let lengthEvidence = abs(d) > 2.5 && abs(dNeighbour) < 1.5
            let contentEvidence = dice(pivotUnit(anchor.i), otherUnit(neighbour)) - dice(pivotUnit(anchor.i), otherUnit(anchor.j)) >= 0.3
            if lengthEvidence || contentEvidence { shifts[k] = previous <= next ? -1 : 1 }
        }
        // Runs are counted over number anchors only (headings and footnotes in
        // between do not break them). Anchors without clear evidence (shift 0,
        // often paragraphs of similar length) may sit inside a run, up to
        // `maximumGap` in a row; an opposite shift ends it.
        let numbered = anchors.indices.filter { anchors[$0].method == .number }
        var drop = Set<Int>()
        var start = 0
        while start < numbered.count {
            let direction = shifts[numbered[start]]
            guard direction != 0 else { start += 1; continue }
            var end = start, evidence = 1, zeros = 0, n = start + 1
            while n < numbered.count {
                let shift = shifts[numbered[n]]
                if shift == direction { end = n; evidence += 1; zeros = 0 }
                else if shift == 0 && zeros < maximumGap { zeros += 1 }
                else { break }
                n += 1
            }
            if evidence >= minimumRun {
                for k in start...end { drop.insert(numbered[k]) }
                // The anchors just before the run often already pair wrong paragraphs
                // (a neighbour fits better, or the lengths disagree: the merged one).
                var k = start - 1
                while k >= 0, k >= start - 2, poorFit[numbered[k]] { drop.insert(numbered[k]); k -= 1 }
            }
            start = end + 1
        }
        return drop.isEmpty ? anchors : anchors.indices.filter { !drop.contains($0) }.map { anchors[$0] }
    }
}
