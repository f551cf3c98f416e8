/// What every check needs to know about an alignment: block lookup, the
/// pivot-to-version pairs and their length models, labels for messages.
struct CheckContext {
    let alignment: Alignment
    let options: ParityCheckOptions
    var versions: [Document] { alignment.versions }
    var pivot: Int { alignment.pivot }
    /// Per version: block id → index (of the first block with that id).
    let indexOf: [BlockIDIndex]
    /// Per version: block index → link index (-1 when in no link), 32 bits a block.
    let linkOf: [[Int32]]
    /// Per non-pivot version: its pairs with the pivot.
    let pairs: [Int: [PairLink]]
    /// Per non-pivot version: length model estimated from its 1-1 links.
    let models: [Int: LengthModel]
    /// Per version and block: ``TextLength`` of its text, 32 bits a block (``length(_:_:)``).
    let lengths: [[Int32]]
    /// Per version: block indices a numbering finding already explains.
    var numberingAnomalies: [Set<Int>]
    /// Per version and block: its 1-based position among the earlier blocks
    /// of the same parent and kind (for `article 2, unnumbered paragraph 3`),
    /// computed once so that labelling stays linear.
    let siblingOrdinal: [[Int32]]
    /// What each block's text says in figures and number words, read once for all checks.
    let numbers: BlockNumberReadings

    init(alignment: Alignment, options: ParityCheckOptions) {
        self.alignment = alignment
        self.options = options
        let versions = alignment.versions
        var indexOf: [BlockIDIndex] = []
        var linkOf: [[Int32]] = []
        for document in versions {
            indexOf.append(BlockIDIndex(document.blocks))
            linkOf.append([Int32](repeating: -1, count: document.blocks.count))
        }
        for (l, link) in alignment.links.enumerated() {
            for v in 0..<min(link.versionCount, versions.count) {
                for id in link.blockIDs(in: v) { if let i = indexOf[v][id] { linkOf[v][i] = Int32(l) } }
            }
        }
        self.indexOf = indexOf
        self.linkOf = linkOf
        numbers = BlockNumberReadings(alignment, languages: versions.map { $0.language ?? $0.metadata.language })
        siblingOrdinal = versions.map { document in
            var counts: [SiblingKey: Int32] = [:]
            return document.blocks.indices.map { index -> Int32 in
                guard let parent = document.blocks[index].parent else { return 0 }
                let key = SiblingKey(parent: parent, kind: document.blocks[index].kind)
                let ordinal = (counts[key] ?? 0) + 1
                counts[key] = ordinal
                return ordinal
            }
        }
        let lengths = versions.map { document in document.blocks.indices.map { Int32(clamping: TextLength.of(document.blocks[$0])) } }
        self.lengths = lengths
        numberingAnomalies = Array(repeating: [], count: versions.count)
        var pairs: [Int: [PairLink]] = [:]
        var models: [Int: LengthModel] = [:]
        let pivot = alignment.pivot
        for k in versions.indices where k != pivot && versions.indices.contains(pivot) {
            var raw: [PairLink] = []
            raw.reserveCapacity(alignment.links.count)
            for (l, link) in alignment.links.enumerated() {
                let p = link.blockIDs(in: pivot).compactMap { indexOf[pivot][$0] }
                let o = link.blockIDs(in: k).compactMap { indexOf[k][$0] }
                if p.isEmpty && o.isEmpty { continue }
                raw.append(PairLink(pivot: p, other: o, link: l))
            }
            // The 1-1 pairs' lengths, made to their count: a filtered copy of the
            // pairs (40 bytes each, grown by doubling) was the check's peak.
            var samples: [(Int, Int)] = []
            samples.reserveCapacity(raw.reduce(0) { $0 + ($1.pivot.count == 1 && $1.other.count == 1 ? 1 : 0) })
            for pair in raw where pair.pivot.count == 1 && pair.other.count == 1 {
                samples.append((Int(lengths[pivot][pair.pivot[0]]), Int(lengths[k][pair.other[0]])))
            }
            let model = LengthModel.estimate(
                pairs: samples, totals: (lengths[pivot].reduce(0) { $0 + Int($1) }, lengths[k].reduce(0) { $0 + Int($1) }))
            samples = []  // Released before the pairs are split below.
            models[k] = model
            // Split large N-way links into two-version steps with the length DP. The pairs are copied
            // only from the first one split on (most alignments split none: no second array of pairs).
            var refined: [PairLink]?
            let aligner = LengthAligner(model: model)
            for (pairIndex, pair) in raw.enumerated() {
                // A list run into its sentence in one version stays one n-1 link (`ListRunIn`).
                guard !pair.pivot.isEmpty, !pair.other.isEmpty, pair.pivot.count + pair.other.count > 3,
                      !ListRunIn.isRunInLink(pair.pivot.map { versions[pivot].blocks[$0] }, pair.other.map { versions[k].blocks[$0] }, model: model)
                else {
                    refined?.append(pair)
                    continue
                }
                if refined == nil { refined = Array(raw[..<pairIndex]) }
                let item = { (v: Int, i: Int) in LengthAligner.Item(versions[v].blocks[i]) }
                let steps = aligner.align(pivot: pair.pivot.map { item(pivot, $0) }, other: pair.other.map { item(k, $0) })
                var pi = 0, oi = 0
                for step in steps {
                    refined!.append(PairLink(pivot: Array(pair.pivot[pi..<(pi + step.pivotCount)]),
                                            other: Array(pair.other[oi..<(oi + step.otherCount)]), link: pair.link))
                    pi += step.pivotCount
                    oi += step.otherCount
                }
            }
            pairs[k] = refined ?? raw
        }
        self.pairs = pairs
        self.models = models
    }

    func block(_ version: Int, _ index: Int) -> Block { versions[version].blocks[index] }

    /// A block's kind, read in place (``block(_:_:)`` copies the whole block).
    func kind(_ version: Int, _ index: Int) -> BlockKind { alignment.versions[version].blocks[index].kind }

    /// A block's text, read in place.
    func text(_ version: Int, _ index: Int) -> String { alignment.versions[version].blocks[index].text }

    /// Blocks of one parent and kind, counted in ``siblingOrdinal``.
    private struct SiblingKey: Hashable {
        var parent: String
        var kind: BlockKind
    }

    /// ``TextLength`` of a block's text.
    func length(_ version: Int, _ index: Int) -> Int { Int(lengths[version][index]) }

    /// The version as named in messages: its language code or file name.
    func name(_ version: Int) -> String {
        let document = versions[version]
        let sameFile = versions.filter { $0.sourceName == document.sourceName }.count > 1
        let file = sameFile ? "\(document.sourceName)#\(version + 1)" : document.sourceName
        guard let language = document.language ?? document.metadata.language else { return file }
        let shared = versions.indices.filter { (versions[$0].language ?? versions[$0].metadata.language) == language }
        return shared.count > 1 ? file : language.rawValue
    }

    func language(_ version: Int) -> Language? {
        versions[version].language ?? versions[version].metadata.language
    }

    /// A block as a reviser names it: `23`, `article 5`, `IV.B`, `footnote ¹`.
    func label(_ version: Int, _ index: Int) -> String {
        let block = self.block(version, index)
        switch block.kind {
        case .paragraph: return paragraphLabel(version, block) ?? block.id
        case .article: return Self.articleNumber(block).map { "article \($0)" } ?? block.id
        case .heading: return "heading " + (block.labelPath ?? block.label ?? block.id)
        case .footnote: return "footnote " + (block.label ?? block.id)
        case .tocEntry: return "contents entry " + (block.labelPath ?? block.label ?? block.id)
        case .speakerTurn: return "turn " + block.id
        case .unnumberedParagraph, .listItem:
            return childLabel(version, index) ?? block.id
        default: return block.id
        }
    }

    /// How messages name an article's number: `3`, or an inserted article's label, `2 bis`.
    static func articleNumber(_ block: Block) -> String? {
        block.number.map(String.init) ?? (block.labelPath != nil ? block.label : nil)
    }

    /// `article 3, ` for a paragraph numbered inside article 3, else empty.
    func scopePrefix(_ version: Int, _ index: Int) -> String {
        let block = self.block(version, index)
        guard block.kind == .paragraph, let parentID = block.parent, let p = indexOf[version][parentID] else { return "" }
        let parent = self.block(version, p)
        return parent.kind == .article ? Self.articleNumber(parent).map { "article \($0), " } ?? "" : ""
    }

    /// `paragraph 12`, `article 3, paragraph 2` (numbering restarts in every
    /// article), `target 1.a` (a goal's decimal unit), `paragraph 2.3.1`.
    private func paragraphLabel(_ version: Int, _ block: Block) -> String? {
        guard let own = block.number.map(String.init) ?? block.labelPath else { return nil }
        if let parentID = block.parent, let p = indexOf[version][parentID] {
            let parent = self.block(version, p)
            if parent.kind == .article, let number = Self.articleNumber(parent) { return "article \(number), paragraph \(own)" }
            if parent.kind == .heading, block.number == nil { return "target \(own)" }
        }
        return "paragraph \(own)"
    }

    /// `article 2, unnumbered paragraph 2` or `article 11(2)` for an unnumbered
    /// paragraph or list item of a numbered unit.
    private func childLabel(_ version: Int, _ index: Int) -> String? {
        let block = self.block(version, index)
        guard let parentID = block.parent, let p = indexOf[version][parentID], p < index else { return nil }
        let parent = self.block(version, p)
        guard parent.kind == .article || parent.kind == .paragraph,
              let number = parent.kind == .article ? Self.articleNumber(parent) : parent.number.map(String.init) else { return nil }
        let unit = parent.kind == .article ? "article \(number)" : "paragraph \(number)"
        let ordinal = Int(siblingOrdinal[version][index])
        if block.kind == .listItem { return "\(unit)(\(block.number ?? ordinal))" }
        // Not "paragraph 1": that names the numbered paragraph 1 of the unit.
        return "\(unit), unnumbered paragraph \(ordinal)"
    }

    /// Short form for lists: `23`, `art5-p1`.
    func shortLabel(_ version: Int, _ index: Int) -> String {
        let block = self.block(version, index)
        if (block.kind == .paragraph || block.kind == .article), let number = block.number { return "\(number)" }
        if block.kind == .paragraph, let path = block.labelPath { return path }
        if block.kind == .footnote, let label = block.label { return label }
        return block.id
    }

    func location(_ version: Int, _ indices: some Collection<Int>) -> FindingLocation {
        FindingLocation(version: version, language: language(version),
                        blockIDs: indices.map { block(version, $0).id }, labels: indices.map { label(version, $0) })
    }

    /// Whether the block is numbered or belongs to a numbered unit (an article's paragraph).
    func isNumberedUnit(_ version: Int, _ index: Int) -> Bool {
        let block = self.block(version, index)
        if block.kind == .paragraph || block.kind == .article { return true }
        guard let parent = block.parent, let p = indexOf[version][parent] else { return false }
        let kind = versions[version].blocks[p].kind
        return kind == .paragraph || kind == .article || (kind == .listItem && isNumberedUnit(version, p))
    }

    /// The first words of a block, for messages.
    func excerpt(_ version: Int, _ index: Int, words: Int = 6) -> String {
        let text = block(version, index).text
        // Only the first words are split off; the text is counted only as far as the excerpt goes.
        var parts: [Substring] = []
        var rest = text[...]
        while parts.count < words {
            guard let start = rest.firstIndex(where: { $0 != " " }) else { break }
            let end = rest[start...].firstIndex(of: " ") ?? rest.endIndex
            parts.append(rest[start..<end])
            rest = rest[end...]
        }
        var head = parts.joined(separator: " ")
        if head.count > 40 { head = String(head.prefix(40)) }
        return !text.dropFirst(head.count).isEmpty ? head + "…" : head
    }
}
