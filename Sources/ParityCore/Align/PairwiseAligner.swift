/// Aligns one version with the pivot: footnotes by marker wherever they
/// stand, then for the body: monotonic anchors (numbers, labels,
/// markers, fields), children of anchored articles and paragraphs by
/// position (number anchors in a run that a shifted numbering made wrong are
/// dropped first), a length DP inside every gap between anchors, then two repairs:
/// orphan body blocks join a neighbouring link when that explains the
/// lengths better (merges and splits), and anchors that crossed (swapped
/// paragraphs) are linked to each other when both ended up orphaned.
struct PairwiseAligner: Sendable {
    /// The aligned pair and the length model estimated for it.
    struct Result: Sendable {
        var beads: [PairBead]
        var model: LengthModel
    }

    /// Footnotes float: where a footnote lands depends on page breaks, which
    /// differ between language versions and formats. They are paired by
    /// marker apart from the body, and the body is aligned without them.
    func align(pivot: Document, other: Document) -> Result {
        let pivotFootnotes = pivot.blocks.indices.filter { pivot.blocks[$0].kind == .footnote }
        let otherFootnotes = other.blocks.indices.filter { other.blocks[$0].kind == .footnote }
        if pivotFootnotes.isEmpty && otherFootnotes.isEmpty {
            return alignBody(pivotBlocks: BlockSelection(pivot.blocks), otherBlocks: BlockSelection(other.blocks))
        }
        let pivotBody = pivot.blocks.indices.filter { pivot.blocks[$0].kind != .footnote }
        let otherBody = other.blocks.indices.filter { other.blocks[$0].kind != .footnote }
        var result = alignBody(pivotBlocks: BlockSelection(pivot.blocks, positions: pivotBody),
                               otherBlocks: BlockSelection(other.blocks, positions: otherBody))
        let bodyBeads = result.beads.map { bead in
            PairBead(pivot: bead.pivot.map { pivotBody[$0] }, other: bead.other.map { otherBody[$0] },
                     method: bead.method, confidence: bead.confidence)
        }
        let footnoteBeads = FootnotePairing(model: result.model).beads(
            pivotFootnotes: pivotFootnotes, otherFootnotes: otherFootnotes, pivotBlocks: pivot.blocks, otherBlocks: other.blocks)
        result.beads = FootnotePairing.insert(footnoteBeads, into: bodyBeads)
        return result
    }

    /// Aligns blocks other than footnotes.
    private func alignBody(pivotBlocks: BlockSelection, otherBlocks: BlockSelection, lookingForRunInLists: Bool = true) -> Result {
        // 1. Candidate anchors: keys that occur exactly once in each version.
        let candidates = PairwiseAligner.candidateAnchors(pivotBlocks: pivotBlocks, otherBlocks: otherBlocks)
        if lookingForRunInLists,
           let result = alignRunInLists(pivotBlocks: pivotBlocks, otherBlocks: otherBlocks, candidates: candidates) { return result }
        // Sixteen bytes a block; the cognate keys are made again from the blocks when read (`CognateSource`).
        let pivotItems = pivotBlocks.map(LengthAligner.Entry.init)
        let otherItems = otherBlocks.map(LengthAligner.Entry.init)
        let pivotKeys = CognateSource(pivotBlocks), otherKeys = CognateSource(otherBlocks)

        // 2. Keep a monotonic subset.
        let kept = LongestIncreasingSubsequence.indices(of: candidates.map(\.j))
        var anchors = kept.map { candidates[$0] }
        let keptSet = Set(kept)
        let dropped = candidates.indices.filter { !keptSet.contains($0) }.map { candidates[$0] }
        let totals = (pivotItems.reduce(0) { $0 + $1.length }, otherItems.reduce(0) { $0 + $1.length })

        // 2b. Drop runs of number anchors that a shifted numbering made wrong.
        let provisional = LengthModel.estimate(pairs: anchors.map { (pivotItems[$0.i].length, otherItems[$0.j].length) }, totals: totals)
        anchors = NumberShiftFilter().filter(anchors, pivotBlocks: pivotBlocks, otherBlocks: otherBlocks,
                                             pivotItem: { pivotItems[$0].item(keys: pivotKeys, at: $0) },
                                             otherItem: { otherItems[$0].item(keys: otherKeys, at: $0) },
                                             aligner: LengthAligner(model: provisional))

        // 3. Children of anchored articles/paragraphs, by position when their shapes agree.
        let anchoredPivot = Set(anchors.map(\.i)), anchoredOther = Set(anchors.map(\.j))
        var childAnchors: [(i: Int, j: Int, method: AlignmentMethod)] = []
        for anchor in anchors where pivotBlocks[anchor.i].kind == .article || pivotBlocks[anchor.i].kind == .paragraph {
            let pc = PairwiseAligner.children(of: anchor.i, in: pivotBlocks)
            let oc = PairwiseAligner.children(of: anchor.j, in: otherBlocks)
            guard !pc.isEmpty, pc.count == oc.count,
                  zip(pc, oc).allSatisfy({ pivotBlocks[$0].kind == otherBlocks[$1].kind }),
                  !pc.contains(where: anchoredPivot.contains), !oc.contains(where: anchoredOther.contains)
            else { continue }
            for (i, j) in zip(pc, oc) { childAnchors.append((i, j, .structure)) }
        }
        if !childAnchors.isEmpty {
            let all = (anchors + childAnchors).sorted { $0.i < $1.i }
            anchors = LongestIncreasingSubsequence.indices(of: all.map(\.j)).map { all[$0] }
        }

        // 4. Length model from the anchored pairs.
        let model = LengthModel.estimate(pairs: anchors.map { (pivotItems[$0.i].length, otherItems[$0.j].length) }, totals: totals)
        let aligner = LengthAligner(model: model)

        // 5. Anchors and the gaps between them.
        var beads: [PairBead] = []
        beads.reserveCapacity(max(pivotBlocks.count, otherBlocks.count))
        var nextPivot = 0, nextOther = 0
        func fillGap(to i: Int, _ j: Int) {
            let steps = aligner.align(pivot: pivotItems[nextPivot..<i], pivotKeys: pivotKeys,
                                      other: otherItems[nextOther..<j], otherKeys: otherKeys)
            for step in steps {
                beads.append(PairBead(
                    pivot: BeadIndices(nextPivot..<(nextPivot + step.pivotCount)),
                    other: BeadIndices(nextOther..<(nextOther + step.otherCount)),
                    method: .length,
                    confidence: LengthModel.confidence(deviate: step.deviate, pivotCount: step.pivotCount, otherCount: step.otherCount)))
                nextPivot += step.pivotCount
                nextOther += step.otherCount
            }
        }
        for anchor in anchors {
            fillGap(to: anchor.i, anchor.j)
            let d = model.deviate(pivotLength: pivotItems[anchor.i].length, otherLength: otherItems[anchor.j].length)
            beads.append(PairBead(pivot: [anchor.i], other: [anchor.j], method: anchor.method,
                                  confidence: 0.5 + 0.5 * ElementaryMath.exp(-d * d / 8)))
            nextPivot = anchor.i + 1
            nextOther = anchor.j + 1
        }
        fillGap(to: pivotBlocks.count, otherBlocks.count)

        // 6. Repairs.
        absorbOrphans(&beads, aligner: aligner, pivotItems: pivotItems, otherItems: otherItems, pivotKeys: pivotKeys, otherKeys: otherKeys,
                      leftOut: PairwiseAligner.numbersLeftOut(pivotBlocks: pivotBlocks, otherBlocks: otherBlocks))
        rescueCrossedAnchors(&beads, dropped: dropped, pivotBlocks: pivotBlocks, otherBlocks: otherBlocks)
        return Result(beads: beads, model: model)
    }

    /// A list set as items in one version and run into its sentence in the
    /// other (`ListRunIn`): the paragraph with its items is aligned as one
    /// block against the run-in paragraph, and the link it gets holds the
    /// paragraph, its items and the run-in paragraph (an n-1 link). `nil` when
    /// no anchored pair of paragraphs has that shape.
    private func alignRunInLists(pivotBlocks: BlockSelection, otherBlocks: BlockSelection,
                                 candidates: [(i: Int, j: Int, method: AlignmentMethod)]) -> Result? {
        var pivotItemsOf: [Int: [Int]] = [:], otherItemsOf: [Int: [Int]] = [:]
        // A list run in without its labels is told by length (`ListRunIn.isRunInLink`): a model from the candidate pairs,
        // made the first time a numbered pair has items on one side only.
        var provisionalModel: LengthModel?
        func lengthModel() -> LengthModel {
            if let provisionalModel { return provisionalModel }
            let totals = (pivotBlocks.reduce(0) { $0 + TextLength.of($1) }, otherBlocks.reduce(0) { $0 + TextLength.of($1) })
            let model = LengthModel.estimate(pairs: candidates.map { (TextLength.of(pivotBlocks[$0.i]), TextLength.of(otherBlocks[$0.j])) },
                                             totals: totals)
            provisionalModel = model
            return model
        }
        for (i, j, _) in candidates {
            let pc = PairwiseAligner.children(of: i, in: pivotBlocks)
            let oc = PairwiseAligner.children(of: j, in: otherBlocks)
            // A run-in link needs more than `minimumItems` blocks on its itemized side: counted before the blocks are gathered.
            if oc.isEmpty, pc.count + 1 > ListRunIn.minimumItems,
               ListRunIn.isRunInLink([pivotBlocks[i]] + pc.map { pivotBlocks[$0] }, [otherBlocks[j]], model: lengthModel()) {
                pivotItemsOf[i] = pc
            } else if pc.isEmpty, oc.count + 1 > ListRunIn.minimumItems,
                      ListRunIn.isRunInLink([pivotBlocks[i]], [otherBlocks[j]] + oc.map { otherBlocks[$0] }, model: lengthModel()) {
                otherItemsOf[j] = oc
            } else if pivotBlocks[i].kind == .article, pc.count >= 2, oc.count == 1,
                      ListRunIn.isRunInLink(pc.map { pivotBlocks[$0] }, [otherBlocks[oc[0]]]) {
                // An article's only paragraph, its items set out in one version and run in in the other.
                pivotItemsOf[pc[0]] = Array(pc.dropFirst())
            } else if pivotBlocks[i].kind == .article, oc.count >= 2, pc.count == 1,
                      ListRunIn.isRunInLink([pivotBlocks[pc[0]]], oc.map { otherBlocks[$0] }) {
                otherItemsOf[oc[0]] = Array(oc.dropFirst())
            }
        }
        guard !pivotItemsOf.isEmpty || !otherItemsOf.isEmpty else { return nil }
        // Each version without the items; their parent carries their text, so lengths compare.
        func reduced(_ blocks: BlockSelection, _ itemsOf: [Int: [Int]]) -> (blocks: BlockSelection, original: [Int]) {
            let removed = Set(itemsOf.values.joined())
            var kept: [Block] = [], original: [Int] = []
            for k in blocks.indices where !removed.contains(k) {
                var block = blocks[k]
                if let items = itemsOf[k] { block.text += " " + items.map { blocks[$0].text }.joined(separator: " ") }
                kept.append(block)
                original.append(k)
            }
            return (BlockSelection(kept), original)
        }
        let pivotReduced = reduced(pivotBlocks, pivotItemsOf)
        let otherReduced = reduced(otherBlocks, otherItemsOf)
        var result = alignBody(pivotBlocks: pivotReduced.blocks, otherBlocks: otherReduced.blocks, lookingForRunInLists: false)
        result.beads = result.beads.map { bead in
            PairBead(pivot: bead.pivot.flatMap { [pivotReduced.original[$0]] + (pivotItemsOf[pivotReduced.original[$0]] ?? []) },
                     other: bead.other.flatMap { [otherReduced.original[$0]] + (otherItemsOf[otherReduced.original[$0]] ?? []) },
                     method: bead.method, confidence: bead.confidence)
        }
        return result
    }

    /// The pairs (pivot index, other index, method) of the anchor keys
    /// (``AnchorKey``) that occur exactly once in each version, in pivot order.
    static func candidateAnchors(pivotBlocks: BlockSelection, otherBlocks: BlockSelection) -> [(i: Int, j: Int, method: AlignmentMethod)] {
        let pivotKeys = pivotBlocks.map(AnchorKey.of)
        var otherSlot: [String: (index: Int, count: Int)] = [:]
        otherSlot.reserveCapacity(otherBlocks.count)
        for (j, block) in otherBlocks.enumerated() {
            guard let key = AnchorKey.of(block)?.key else { continue }
            // A key that occurs once keeps the index it was first seen at.
            otherSlot[key, default: (j, 0)].count += 1
        }
        var pivotCount: [String: Int] = [:]
        pivotCount.reserveCapacity(pivotKeys.count)
        for key in pivotKeys { if let key { pivotCount[key.key, default: 0] += 1 } }
        var candidates: [(i: Int, j: Int, method: AlignmentMethod)] = []
        for (i, key) in pivotKeys.enumerated() {
            guard let key, pivotCount[key.key] == 1, let slot = otherSlot[key.key], slot.count == 1 else { continue }
            candidates.append((i, slot.index, key.method))
        }
        return candidates
    }

    /// Blocks right after `index` whose parent chain leads to it.
    static func children(of index: Int, in blocks: BlockSelection) -> [Int] {
        // Block k follows when its parent is the id of a block from `index` to k - 1,
        // that is when the nearest earlier block with that id is at `index` or later.
        let parents = blocks.parentIndices
        var result: [Int] = []
        var k = index + 1
        while k < blocks.count, Int(parents[k]) >= index {
            result.append(k)
            k += 1
        }
        return result
    }

    /// The numbered paragraphs of each version whose number the other version skips while keeping the numbers around
    /// it (paragraph 2 where the other has 1 and 3, in the same scope): left out of the other version, or merged into
    /// a neighbour there, which only lengths that fit the merge better than the link as is can tell
    /// (`absorbOrphans`). Linear in the blocks.
    static func numbersLeftOut(pivotBlocks: BlockSelection, otherBlocks: BlockSelection) -> (pivot: Set<Int>, other: Set<Int>) {
        // A numbered paragraph's anchor key is its scope and `p` and its number (`AnchorKey`: `art3/p2`).
        func leftOut(_ blocks: BlockSelection, against present: Set<String>) -> Set<Int> {
            Set(blocks.indices.filter { index in
                let block = blocks[index]
                guard block.kind == .paragraph, let number = block.number, let key = AnchorKey.of(block)?.key,
                      key.hasSuffix("p\(number)") else { return false }
                let scope = key.dropLast("p\(number)".count)
                return !present.contains(key) && present.contains(scope + "p\(number + 1)") && present.contains(scope + "p\(number - 1)")
            })
        }
        let pivotKeys = Set(pivotBlocks.compactMap { AnchorKey.of($0)?.key }), otherKeys = Set(otherBlocks.compactMap { AnchorKey.of($0)?.key })
        return (leftOut(pivotBlocks, against: otherKeys), leftOut(otherBlocks, against: pivotKeys))
    }

    /// Lets a lone unpaired body block join the neighbouring link when the
    /// joined link's lengths are more likely than an orphan plus the link as is.
    /// A numbered paragraph whose number the other version skips (`numbersLeftOut`) joins only a link whose lengths
    /// the join brings nearer the typical ratio: the gap in the numbers speaks for a paragraph left out.
    private func absorbOrphans(_ beads: inout [PairBead], aligner: LengthAligner,
                               pivotItems: [LengthAligner.Entry], otherItems: [LengthAligner.Entry],
                               pivotKeys: CognateSource, otherKeys: CognateSource,
                               leftOut: (pivot: Set<Int>, other: Set<Int>)) {
        func cost(_ bead: PairBead) -> Double {
            aligner.beadCost(pivot: bead.pivot.map { pivotItems[$0].item(keys: pivotKeys, at: $0) }[...],
                             other: bead.other.map { otherItems[$0].item(keys: otherKeys, at: $0) }[...])
        }
        func isBody(_ bead: PairBead) -> Bool {
            bead.pivot.allSatisfy { pivotItems[$0].family == .body } && bead.other.allSatisfy { otherItems[$0].family == .body }
        }
        // One linear pass: `result` holds finished beads; an orphan may join
        // the last finished bead or the next, not yet visited one.
        var result: [PairBead] = []
        result.reserveCapacity(beads.count)
        var k = 0
        while k < beads.count {
            let orphan = beads[k]
            guard orphan.pivot.count + orphan.other.count == 1, isBody(orphan) else {
                result.append(orphan)
                k += 1
                continue
            }
            func joined(_ bead: PairBead, orphanFirst: Bool) -> (gain: Double, merged: PairBead)? {
                guard !bead.pivot.isEmpty, !bead.other.isEmpty, isBody(bead),
                      bead.pivot.count + bead.other.count + 1 <= 5 else { return nil }
                var merged = bead
                merged.pivot = orphanFirst ? orphan.pivot + bead.pivot : bead.pivot + orphan.pivot
                merged.other = orphanFirst ? orphan.other + bead.other : bead.other + orphan.other
                let gain = cost(bead) + LengthModel.insertionCost - cost(merged)
                guard gain > 0 else { return nil }
                func deviate(_ bead: PairBead) -> Double {
                    aligner.model.deviate(pivotLength: bead.pivot.reduce(0) { $0 + pivotItems[$1].length },
                                          otherLength: bead.other.reduce(0) { $0 + otherItems[$1].length })
                }
                let d = deviate(merged)
                if orphan.pivot.contains(where: leftOut.pivot.contains) || orphan.other.contains(where: leftOut.other.contains) {
                    guard abs(d) < abs(deviate(bead)) else { return nil }
                }
                merged.method = .length
                merged.confidence = LengthModel.confidence(deviate: d, pivotCount: merged.pivot.count, otherCount: merged.other.count)
                return (gain, merged)
            }
            let withPrevious = result.last.flatMap { joined($0, orphanFirst: false) }
            let withNext = k + 1 < beads.count ? joined(beads[k + 1], orphanFirst: true) : nil
            if let previous = withPrevious, previous.gain >= (withNext?.gain ?? 0) {
                result[result.count - 1] = previous.merged
            } else if let next = withNext {
                beads[k + 1] = next.merged
            } else {
                result.append(orphan)
            }
            k += 1
        }
        beads = result
    }

    /// Links anchors that the monotonic selection dropped (a swapped
    /// paragraph) when both of their blocks, and their children, ended up unpaired.
    private func rescueCrossedAnchors(_ beads: inout [PairBead], dropped: [(i: Int, j: Int, method: AlignmentMethod)],
                                      pivotBlocks: BlockSelection, otherBlocks: BlockSelection) {
        guard !dropped.isEmpty else { return }
        var pivotOrphan: [Int: Int] = [:], otherOrphan: [Int: Int] = [:]
        for (index, bead) in beads.enumerated() {
            if bead.pivot.count == 1, bead.other.isEmpty { pivotOrphan[bead.pivot[0]] = index }
            if bead.other.count == 1, bead.pivot.isEmpty { otherOrphan[bead.other[0]] = index }
        }
        var removed = Set<Int>()
        func link(_ i: Int, _ j: Int, _ method: AlignmentMethod) -> Bool {
            guard let pb = pivotOrphan[i], let ob = otherOrphan[j], !removed.contains(pb), !removed.contains(ob) else { return false }
            beads[pb].other = [j]
            beads[pb].method = method
            beads[pb].confidence = 0.75
            removed.insert(ob)
            pivotOrphan[i] = nil
            otherOrphan[j] = nil
            return true
        }
        for anchor in dropped where link(anchor.i, anchor.j, anchor.method) {
            let pc = PairwiseAligner.children(of: anchor.i, in: pivotBlocks)
            let oc = PairwiseAligner.children(of: anchor.j, in: otherBlocks)
            guard pc.count == oc.count, zip(pc, oc).allSatisfy({ pivotBlocks[$0].kind == otherBlocks[$1].kind }) else { continue }
            for (i, j) in zip(pc, oc) { _ = link(i, j, .structure) }
        }
        if !removed.isEmpty {
            beads = beads.indices.filter { !removed.contains($0) }.map { beads[$0] }
        }
    }
}
