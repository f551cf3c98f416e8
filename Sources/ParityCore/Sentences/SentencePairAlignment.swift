/// The sentence alignment of two versions of an `Alignment` (the pivot and
/// one other): the sentences of each side in link order (the pivot's reading
/// order), and the beads, found inside each link only.
public struct SentencePairAlignment: Hashable, Sendable {
    /// Index of the source version (the pivot) in `Alignment.versions`.
    public var sourceVersion: Int
    /// Index of the target version.
    public var targetVersion: Int
    /// Source sentences, link by link.
    public var source: [SentenceUnit]
    /// Target sentences, link by link.
    public var target: [SentenceUnit]
    /// Beads with indexes into `source` and `target`, in order.
    public var beads: [SentenceBead]

    /// Creates a sentence alignment.
    public init(sourceVersion: Int, targetVersion: Int, source: [SentenceUnit], target: [SentenceUnit], beads: [SentenceBead]) {
        self.sourceVersion = sourceVersion
        self.targetVersion = targetVersion
        self.source = source
        self.target = target
        self.beads = beads
    }

    /// Kinds of the running text, whose unpaired blocks make a group.
    static let bodyKinds: Set<BlockKind> = [.paragraph, .unnumberedParagraph, .listItem, .speakerTurn]

    /// Aligns the sentences of version `target` with the pivot's, inside
    /// every link of `alignment` (a link's blocks are near-certain
    /// correspondences, so sentences never cross a link). Where a link has
    /// blocks on one side only (for this pair), the block alignment is unsure:
    /// that link and the links either side of it form one group, inside which
    /// sentences may pair across the block links.
    public static func align(_ alignment: Alignment, target: Int, lexicon: BilingualLexicon? = nil,
                             bootstrapsLexicon: Bool = true) -> SentencePairAlignment {
        let pivot = alignment.pivot
        let sourceDocument = alignment.versions[pivot], targetDocument = alignment.versions[target]
        let sourceLanguage = sourceDocument.language ?? sourceDocument.metadata.language
        let targetLanguage = targetDocument.language ?? targetDocument.metadata.language
        let sourceSplitter = SentenceSplitter(language: sourceLanguage), targetSplitter = SentenceSplitter(language: targetLanguage)
        let sourceBlocks = Dictionary(sourceDocument.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let targetBlocks = Dictionary(targetDocument.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sourceUnits: [[SentenceUnit]] = [], targetUnits: [[SentenceUnit]] = []
        var previousWasOneSided = false
        for link in alignment.links {
            let sourceLinked = link.blockIDs(in: pivot).compactMap { sourceBlocks[$0] }
            let targetLinked = link.blockIDs(in: target).compactMap { targetBlocks[$0] }
            let source = sourceLinked.flatMap { SentenceUnit.of($0, splitter: sourceSplitter) }
            let target = targetLinked.flatMap { SentenceUnit.of($0, splitter: targetSplitter) }
            // A body block without counterpart says the block links are unsure
            // there: it and its neighbours form one group. (Page furniture,
            // metadata, headings and footnotes without counterpart stay alone.)
            let oneSided = source.isEmpty != target.isEmpty
                && (sourceLinked + targetLinked).allSatisfy { Self.bodyKinds.contains($0.kind) }
            let standsAlone = source.isEmpty != target.isEmpty && !oneSided
            if sourceUnits.isEmpty || standsAlone || !(oneSided || previousWasOneSided) {
                sourceUnits.append(source)
                targetUnits.append(target)
            } else {
                sourceUnits[sourceUnits.count - 1] += source
                targetUnits[targetUnits.count - 1] += target
            }
            if !source.isEmpty || !target.isEmpty { previousWasOneSided = oneSided }
            if standsAlone {
                // The next link starts a group of its own.
                sourceUnits.append([])
                targetUnits.append([])
                previousWasOneSided = false
            }
        }
        let aligner = SentenceAligner(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, lexicon: lexicon,
                                      bootstrapsLexicon: bootstrapsLexicon)
        let groups = zip(sourceUnits, targetUnits).map { SentenceGroup(source: $0.map(\.text), target: $1.map(\.text)) }
        let groupBeads = aligner.align(groups: groups)
        var beads: [SentenceBead] = []
        var s = 0, t = 0
        for (index, local) in groupBeads.enumerated() {
            for bead in local {
                beads.append(SentenceBead(source: bead.source.map { $0 + s }, target: bead.target.map { $0 + t }, confidence: bead.confidence))
            }
            s += sourceUnits[index].count
            t += targetUnits[index].count
        }
        return SentencePairAlignment(sourceVersion: pivot, targetVersion: target, source: sourceUnits.flatMap { $0 },
                                     target: targetUnits.flatMap { $0 }, beads: beads)
    }

    /// Sentence alignment of two texts given one sentence a line (no
    /// structure): sentence ids are `s1`, `s2`, … (1-based line numbers),
    /// every line is a sentence, blank ones included.
    public static func alignLines(source: [String], target: [String], sourceLanguage: Language?, targetLanguage: Language?,
                                  lexicon: BilingualLexicon? = nil, bootstrapsLexicon: Bool = true) -> SentencePairAlignment {
        let aligner = SentenceAligner(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, lexicon: lexicon,
                                      bootstrapsLexicon: bootstrapsLexicon)
        let beads = aligner.align(source: source, target: target)
        func units(_ lines: [String]) -> [SentenceUnit] {
            lines.enumerated().map { SentenceUnit(id: "s\($0.offset + 1)", blockID: "", text: $0.element.trimmingWhitespace()) }
        }
        return SentencePairAlignment(sourceVersion: 0, targetVersion: 1, source: units(source), target: units(target), beads: beads)
    }
}
