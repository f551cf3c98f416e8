/// Paragraph correspondence between the pivot and each other version:
/// missing and extra paragraphs, merged and split paragraphs (judged from
/// the link shape and backed by length and the figures inside), and
/// paragraphs linked across different numbers.
struct CorrespondenceCheck {
    private static let bodyKinds: Set<BlockKind> = [.paragraph, .article, .unnumberedParagraph, .listItem, .speakerTurn]
    private static let frontKinds: Set<BlockKind> = [.title, .metadata, .tocHeading, .annex]

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            var missing: [Int] = [], extra: [Int] = []
            var renumbered: [(pivot: Int, other: Int)] = []
            let bodies = PairBodies(context: context, version: version, pairs: pairs)
            let runOn = Self.orphansRunIntoNeighbours(context, version: version, bodies: bodies)
            for (k, pair) in pairs.enumerated() {
                let (pb, ob) = bodies[k]
                if pb.isEmpty || ob.isEmpty {
                    // Body text on one side only (headings, footnotes, contents: other checks).
                    if runOn.orphans.contains(k) || HeadingCheck.isSameLineAsParagraph(context, version: version, pair: pair) {
                        findings += setApartElsewhere(context, version: version, pivotBlocks: pb, otherBlocks: ob)
                        continue
                    }
                    missing += pb
                    extra += ob.filter { !context.numberingAnomalies[version].contains($0) }
                    if pair.other.isEmpty || pair.pivot.isEmpty { findings += unaligned(context, version: version, pair: pair) }
                    continue
                }
                if pb.count != ob.count, ListRunIn.isRunInLink(pb.map { context.block(pivot, $0) }, ob.map { context.block(version, $0) },
                                                        model: context.models[version]) {
                    findings.append(listRunIn(context, version: version, pivotBlocks: pb, otherBlocks: ob))
                } else if pb.count != ob.count {
                    findings.append(mergeOrSplit(context, version: version, pivotBlocks: pb, otherBlocks: ob,
                                                 withRunOnOrphans: runOn.links[k]))
                } else if pb.count == 1 {
                    let p = context.block(pivot, pb[0]), o = context.block(version, ob[0])
                    if p.kind == o.kind, let pn = p.number, let on = o.number, pn != on,
                       !context.numberingAnomalies[version].contains(ob[0]), !context.numberingAnomalies[pivot].contains(pb[0]) {
                        renumbered.append((pb[0], ob[0]))
                    }
                }
            }
            findings += shiftedNumbering(context, version: version, pairs: renumbered)
            // Children of a duplicated (or otherwise misnumbered) unit go with its numbering finding.
            var explained = Set(context.numberingAnomalies[version].map { context.block(version, $0).id })
            extra = extra.sorted().filter { index in
                let block = context.block(version, index)
                guard let parent = block.parent, explained.contains(parent) else { return true }
                explained.insert(block.id)
                return false
            }
            findings += grouped(context, version: pivot, indices: missing, otherVersion: version, kind: .missingParagraph)
            findings += grouped(context, version: version, indices: extra, otherVersion: version, kind: .extraParagraph)
        }
        return findings
    }

    /// Lone unpaired body blocks that a neighbouring link explains: the version
    /// that lacks the block runs its text into the neighbour's unit (a title
    /// line into the opening clause, one paragraph into the next in a
    /// hard-wrapped text), so that the neighbour with the orphan is a difference
    /// of segmentation only (``SegmentationDifference``) and fits better with it
    /// than without it. `orphans` are the pair indices of such blocks, `links`
    /// the neighbour's blocks with its orphans, by the neighbour's pair index.
    private static func orphansRunIntoNeighbours(_ context: CheckContext, version: Int,
                                                 bodies: PairBodies)
        -> (orphans: Set<Int>, links: [Int: (pivot: [Int], other: [Int])]) {
        var orphans = Set<Int>()
        var links: [Int: (pivot: [Int], other: [Int])] = [:]
        for k in bodies.indices where bodies.count(k) == 1 {
            for n in [k - 1, k + 1] where bodies.indices.contains(n) {
                let own = links[n] ?? bodies[n]
                guard !own.pivot.isEmpty, !own.other.isEmpty else { continue }
                let orphan = bodies[k]
                let joined = n < k ? (pivot: own.pivot + orphan.pivot, other: own.other + orphan.other)
                                   : (pivot: orphan.pivot + own.pivot, other: orphan.other + own.other)
                guard SegmentationDifference.holds(context, version: version, pivotBlocks: joined.pivot, otherBlocks: joined.other),
                      SegmentationDifference.sigmas(context, version: version, pivotBlocks: joined.pivot, otherBlocks: joined.other)
                        < SegmentationDifference.sigmas(context, version: version, pivotBlocks: own.pivot, otherBlocks: own.other)
                else { continue }
                orphans.insert(k)
                links[n] = joined
                break
            }
        }
        return (orphans, links)
    }

    /// The body blocks of each pair (its pivot and other blocks of a body kind), made when asked: a long document
    /// has about a pair a block, and two arrays a pair kept through the check were a third of the input (issue 11).
    private struct PairBodies {
        let context: CheckContext
        let version: Int
        let pairs: [PairLink]

        var indices: Range<Int> { pairs.indices }

        /// The body blocks of pair `k`, pivot and other, in their order.
        subscript(k: Int) -> (pivot: [Int], other: [Int]) {
            (pivot: pairs[k].pivot.filter { CorrespondenceCheck.bodyKinds.contains(context.kind(context.pivot, $0)) },
             other: pairs[k].other.filter { CorrespondenceCheck.bodyKinds.contains(context.kind(version, $0)) })
        }

        /// How many body blocks pair `k` has on both sides, no array made.
        func count(_ k: Int) -> Int {
            var count = 0
            for index in pairs[k].pivot where CorrespondenceCheck.bodyKinds.contains(context.kind(context.pivot, index)) { count += 1 }
            for index in pairs[k].other where CorrespondenceCheck.bodyKinds.contains(context.kind(version, index)) { count += 1 }
            return count
        }
    }

    /// A block unpaired because the other version runs its text into the neighbouring unit, or sets it as a
    /// heading (`HeadingCheck.isSameLineAsParagraph`): information only.
    private func setApartElsewhere(_ context: CheckContext, version: Int, pivotBlocks: [Int], otherBlocks: [Int]) -> [Finding] {
        let (side, blocks) = pivotBlocks.isEmpty ? (version, otherBlocks) : (context.pivot, pivotBlocks)
        guard let index = blocks.first else { return [] }
        let otherSide = side == context.pivot ? version : context.pivot
        return [Finding(kind: side == context.pivot ? .missingParagraph : .extraParagraph, severity: .info,
                        locations: [context.location(side, [index])],
                        message: "\(context.name(side)) \(context.label(side, index)) is set apart differently in \(context.name(otherSide)) (run into the neighbouring unit, or set as a heading): \"\(context.excerpt(side, index))\"")]
    }

    /// Linked numbered units whose numbers differ, one finding per run with the
    /// same offset ("es paragraphs 12–75 correspond to en paragraphs 13–76").
    private func shiftedNumbering(_ context: CheckContext, version: Int, pairs: [(pivot: Int, other: Int)]) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        var start = 0
        func offset(_ k: Int) -> Int { context.block(version, pairs[k].other).number! - context.block(pivot, pairs[k].pivot).number! }
        while start < pairs.count {
            var end = start
            // A run stays in one numbering scope (the paragraphs of one article).
            while end + 1 < pairs.count, offset(end + 1) == offset(start),
                  context.block(pivot, pairs[end + 1].pivot).parent == context.block(pivot, pairs[end].pivot).parent,
                  context.block(pivot, pairs[end + 1].pivot).number! == context.block(pivot, pairs[end].pivot).number! + 1 { end += 1 }
            let run = pairs[start...end]
            let kind = context.block(pivot, run.first!.pivot).kind == .article ? "article" : "paragraph"
            let span = { (v: Int, first: Int, last: Int) -> String in
                let a = context.block(v, first).number!, b = context.block(v, last).number!
                return context.scopePrefix(v, first) + (a == b ? "\(kind) \(a)" : "\(kind)s \(a)–\(b)")
            }
            let amount = abs(offset(start))
            findings.append(Finding(
                kind: .outOfOrderNumber, severity: .error,
                locations: [context.location(pivot, run.map(\.pivot)), context.location(version, run.map(\.other))],
                message: "\(context.name(version)) \(span(version, run.first!.other, run.last!.other)) correspond to \(context.name(pivot)) \(span(pivot, run.first!.pivot, run.last!.pivot)) (numbered \(amount) \(offset(start) < 0 ? "lower" : "higher"))"))
            start = end + 1
        }
        return findings
    }

    /// Front matter without counterpart: information only.
    private func unaligned(_ context: CheckContext, version: Int, pair: PairLink) -> [Finding] {
        let side = pair.pivot.isEmpty ? (version, pair.other) : (context.pivot, pair.pivot)
        let front = side.1.filter { CorrespondenceCheck.frontKinds.contains(context.block(side.0, $0).kind) }
        guard !front.isEmpty else { return [] }
        let place = pair.pivot.isEmpty ? "only in \(context.name(version))" : "not in \(context.name(version))"
        return [Finding(kind: .unalignedBlock, severity: .info, locations: [context.location(side.0, front)],
                        message: "\(context.name(side.0)) \(front.map { context.shortLabel(side.0, $0) }.joined(separator: ", ")) has no counterpart (\(place)): \"\(context.excerpt(side.0, front[0]))\"")]
    }

    /// One finding per missing (or extra) unit; an article's or paragraph's
    /// children missing with it are part of the same finding.
    private func grouped(_ context: CheckContext, version: Int, indices: [Int], otherVersion: Int, kind: FindingKind) -> [Finding] {
        guard !indices.isEmpty else { return [] }
        let ids = Set(indices.map { context.block(version, $0).id })
        var groups: [(root: Int, members: [Int])] = []
        var rootOf: [String: Int] = [:]  // id → group
        for index in indices.sorted() {
            let block = context.block(version, index)
            if let parent = block.parent, ids.contains(parent), let g = rootOf[parent] {
                groups[g].members.append(index)
                rootOf[block.id] = g
            } else {
                rootOf[block.id] = groups.count
                groups.append((index, [index]))
            }
        }
        return groups.map { group in
            // A title line, closing formula or signature set apart in one version only is no missing paragraph.
            let shortLine = group.members.count == 1
                && (StandaloneShortLine.holds(context, version, group.root) || TableCaptionLine.holds(context, version, group.root))
            let severity: Severity = shortLine ? .info : context.isNumberedUnit(version, group.root) ? .error : .warning
            let label = context.label(version, group.root)
            let children = group.members.count > 1 ? " (with \(group.members.count - 1) subparagraph\(group.members.count > 2 ? "s" : ""))" : ""
            let note = shortLine ? " (a short line: a title, closing, signature or table caption)" : ""
            let message: String
            var locations = [context.location(version, group.members)]
            if kind == .missingParagraph {
                message = "\(context.name(otherVersion)) has no counterpart of \(context.name(version)) \(label)\(children): \"\(context.excerpt(version, group.root))\"\(note)"
                locations.append(context.location(otherVersion, []))
            } else {
                message = "\(context.name(version)) \(label)\(children) has no counterpart in \(context.name(context.pivot)): \"\(context.excerpt(version, group.root))\"\(note)"
                locations.insert(context.location(context.pivot, []), at: 0)
            }
            return Finding(kind: kind, severity: severity, locations: locations, message: message)
        }
    }

    /// A list set as items in one version and run into its sentence in the
    /// other: one warning at the paragraph, whatever the number of items.
    private func listRunIn(_ context: CheckContext, version: Int, pivotBlocks: [Int], otherBlocks: [Int]) -> Finding {
        let pivot = context.pivot
        let itemizedInPivot = pivotBlocks.count > otherBlocks.count
        let (listVersion, list) = itemizedInPivot ? (pivot, pivotBlocks) : (version, otherBlocks)
        let (runInVersion, runIn) = itemizedInPivot ? (version, otherBlocks[0]) : (pivot, pivotBlocks[0])
        let labels = list.dropFirst().compactMap { context.block(listVersion, $0).label }
        let span = labels.count > 1 ? "\(labels.first!)–\(labels.last!)" : labels.first ?? ""
        return Finding(
            kind: .listRunIn, severity: .warning,
            locations: [context.location(pivot, pivotBlocks), context.location(version, otherBlocks)],
            message: "\(context.name(listVersion)) \(context.label(listVersion, list[0])) sets its list \(span) as \(list.count - 1) items; \(context.name(runInVersion)) \(context.label(runInVersion, runIn)) runs it into its sentence")
    }

    /// N pivot paragraphs in fewer (merged) or more (split) blocks of the other version.
    private func mergeOrSplit(_ context: CheckContext, version: Int, pivotBlocks: [Int], otherBlocks: [Int],
                              withRunOnOrphans joined: (pivot: [Int], other: [Int])? = nil) -> Finding {
        let pivot = context.pivot
        let merged = pivotBlocks.count > otherBlocks.count
        let numbered = pivotBlocks.contains { context.isNumberedUnit(pivot, $0) } || otherBlocks.contains { context.isNumberedUnit(version, $0) }
        // Evidence: lengths and figures.
        let model = context.models[version] ?? LengthModel(ratio: 1, variance: LengthModel.fallbackVariance)
        let pivotLength = pivotBlocks.reduce(0) { $0 + context.length(pivot, $1) }
        let otherLength = otherBlocks.reduce(0) { $0 + context.length(version, $1) }
        let observed = Double(otherLength) / Double(max(pivotLength, 1))
        var evidence = "length ratio \(Self.format(observed)) (typical \(Self.format(model.ratio)))"
        let pivotFigures = Set(pivotBlocks.flatMap { context.numbers.values(pivot, $0).map(\.comparisonKey) })
        let otherFigures = Set(otherBlocks.flatMap { context.numbers.values(version, $0).map(\.comparisonKey) })
        let shared = pivotFigures.intersection(otherFigures)
        if !shared.isEmpty { evidence += ", \(shared.count) figure\(shared.count > 1 ? "s" : "") in common" }
        let pivotList = describe(context, pivot, pivotBlocks)
        let otherList = describe(context, version, otherBlocks)
        // Only unnumbered text, lengths that add up and the same figures: the versions only cut the text differently.
        // A table's caption set apart in other lines (`Table 26.1` above its title, `Tabelle 26.1: Finanzmittel …`): the same caption.
        let captionOnly = pivotBlocks.allSatisfy { TableCaptionLine.holds(context, pivot, $0) }
            && otherBlocks.allSatisfy { TableCaptionLine.holds(context, version, $0) }
        let segmentationOnly = captionOnly || SegmentationDifference.holds(context, version: version, pivotBlocks: joined?.pivot ?? pivotBlocks,
                                                                           otherBlocks: joined?.other ?? otherBlocks)
        if segmentationOnly { evidence += "; set apart differently only" }
        let message = merged
            ? "\(context.name(version)) \(otherList) holds \(context.name(pivot)) \(pivotList) (\(evidence))"
            : "\(context.name(pivot)) \(pivotList) is split into \(context.name(version)) \(otherList) (\(evidence))"
        return Finding(kind: merged ? .mergedParagraphs : .splitParagraphs, severity: segmentationOnly ? .info : numbered ? .error : .warning,
                       locations: [context.location(pivot, pivotBlocks), context.location(version, otherBlocks)],
                       message: message)
    }

    /// Blocks as a reviser reads them: `paragraph 11`, `paragraphs 11 + 12`,
    /// `article 2, paragraph 1 + article 2, paragraph 2`, `pre7 + pre8`.
    private func describe(_ context: CheckContext, _ version: Int, _ blocks: [Int]) -> String {
        let kinds = Set(blocks.map { context.block(version, $0).kind })
        if blocks.count > 1, kinds == [.paragraph], blocks.allSatisfy({ context.block(version, $0).number != nil }) {
            return "paragraphs " + blocks.map { context.shortLabel(version, $0) }.joined(separator: " + ")
        }
        let list = blocks.map { context.label(version, $0) }.joined(separator: " + ")
        if kinds == [.unnumberedParagraph], !blocks.contains(where: { context.isNumberedUnit(version, $0) }) {
            return (blocks.count > 1 ? "unnumbered paragraphs " : "unnumbered paragraph ") + list
        }
        return list
    }

    static func format(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return "\(scaled)"
    }
}
