/// Heading structure: headings without counterpart, linked headings with a
/// different label path or level, headings linked to non-headings.
/// Numbered headings (I., A., 1.) are errors; unnumbered ones warnings.
struct HeadingCheck {
    private func isNumbered(_ block: Block) -> Bool {
        guard let path = block.labelPath, !path.contains("*"), let level = block.level else { return false }
        return (1...3).contains(level)
    }

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            for (k, pair) in pairs.enumerated() {
                let ph = pair.pivot.filter { context.kind(pivot, $0) == .heading }
                let oh = pair.other.filter { context.kind(version, $0) == .heading }
                if ph.count == 1, oh.count == 1 {
                    let p = context.block(pivot, ph[0]), o = context.block(version, oh[0])
                    if p.labelPath != o.labelPath || p.level != o.level {
                        let serious = isNumbered(p) || isNumbered(o)
                        findings.append(Finding(
                            kind: .headingMismatch, severity: serious ? .error : .warning,
                            locations: [context.location(pivot, ph), context.location(version, oh)],
                            message: "\(context.name(version)) heading \(o.labelPath ?? o.label ?? o.id) (level \(o.level.map(String.init) ?? "?")) corresponds to \(context.name(pivot)) heading \(p.labelPath ?? p.label ?? p.id) (level \(p.level.map(String.init) ?? "?"))"))
                    }
                    continue
                }
                guard ph.count != oh.count else { continue }
                let more = ph.count > oh.count
                let (side, blocks) = more ? (pivot, ph) : (version, oh)
                let serious = blocks.contains { isNumbered(context.block(side, $0)) }
                let partner = more ? pair.other : pair.pivot
                let partnerSide = more ? version : pivot
                let partnerText = partner.isEmpty ? "" : " (it corresponds to \(partner.map { context.shortLabel(more ? version : pivot, $0) }.joined(separator: ", ")))"
                // An unnumbered heading (a title line) that the other version sets as title lines, or runs into the
                // neighbouring unit (an annex caption and its title on one unit): the same text, set apart differently.
                let setApartDifferently = !serious && ph.count + oh.count == 1
                    && (!partner.isEmpty && partner.allSatisfy { Self.titleKinds.contains(context.kind(partnerSide, $0)) }
                        || Self.isSameLineAsParagraph(context, version: version, pair: pair)
                        || partner.isEmpty && Self.runsIntoNeighbour(context, version: version, pairs: pairs, at: k, heading: blocks[0], inPivot: more))
                findings.append(Finding(
                    kind: .headingMismatch, severity: serious ? .error : setApartDifferently ? .info : .warning,
                    locations: [context.location(pivot, ph), context.location(version, oh)],
                    message: "\(context.name(side)) \(blocks.map { context.label(side, $0) }.joined(separator: ", ")) has no heading counterpart in \(context.name(more ? version : pivot))\(partnerText): \"\(context.excerpt(side, blocks[0]))\""))
            }
        }
        return findings
    }

    /// Unnumbered blocks that set text apart as a heading does.
    private static let titleKinds: Set<BlockKind> = [.title, .heading, .annex]

    /// Whether `pair` links unnumbered headings or title lines on one side with unnumbered paragraphs (no
    /// numbered unit's) on the other, of lengths that fit the language pair's ratio: the same line, read as a
    /// heading in one version and as a paragraph in the other (an annex's title).
    static func isSameLineAsParagraph(_ context: CheckContext, version: Int, pair: PairLink) -> Bool {
        func heads(_ side: Int, _ blocks: some Collection<Int>) -> Bool {
            !blocks.isEmpty && blocks.allSatisfy { index in
                let block = context.block(side, index)
                return (block.kind == .heading || block.kind == .title) && (block.labelPath.map { $0.contains("*") } ?? true)
            }
        }
        func paragraphs(_ side: Int, _ blocks: some Collection<Int>) -> Bool {
            !blocks.isEmpty && blocks.allSatisfy { context.kind(side, $0) == .unnumberedParagraph && !context.isNumberedUnit(side, $0) }
        }
        let pivot = context.pivot
        guard heads(pivot, pair.pivot) && paragraphs(version, pair.other) || paragraphs(pivot, pair.pivot) && heads(version, pair.other)
        else { return false }
        return SegmentationDifference.sigmas(context, version: version, pivotBlocks: pair.pivot, otherBlocks: pair.other)
            <= LengthRatioCheck.minimumSigmas
    }

    /// Whether the lone heading of pair `k` is text the other version runs into the unit of a neighbouring pair:
    /// that pair's lengths fit the language pair's ratio with the heading (``SegmentationDifference/sigmas``
    /// within ``LengthRatioCheck/minimumSigmas``) and fit better than without it.
    private static func runsIntoNeighbour(_ context: CheckContext, version: Int, pairs: [PairLink], at k: Int, heading: Int,
                                          inPivot: Bool) -> Bool {
        for n in [k - 1, k + 1] where pairs.indices.contains(n) {
            let own = pairs[n]
            guard !own.pivot.isEmpty, !own.other.isEmpty else { continue }
            let joined = inPivot ? (pivot: own.pivot + [heading], other: own.other) : (pivot: own.pivot, other: own.other + [heading])
            let with = SegmentationDifference.sigmas(context, version: version, pivotBlocks: joined.pivot, otherBlocks: joined.other)
            let without = SegmentationDifference.sigmas(context, version: version, pivotBlocks: own.pivot, otherBlocks: own.other)
            if with <= LengthRatioCheck.minimumSigmas, with < without { return true }
        }
        return false
    }
}
