/// The sentence alignments of every version with the pivot
/// (`SentencePairAlignment`, one per other version) combined into rows
/// across all versions: the N-way counterpart of beads, for views and
/// N-way exports.
///
/// With two versions every row is one bead. With more, a row is the
/// smallest run of pivot sentences that no version's bead crosses, with
/// each version's sentences paired to them; a bead of the pivot's
/// sentences only or of another version's only (`1-0`, `0-1`) is a row of
/// its own where it falls between rows, and joins the row it falls inside
/// otherwise. Every sentence of every version lies in exactly one row, and
/// rows follow the pivot's reading order.
public struct SentenceRows: Hashable, Sendable {
    /// One row: per version (in the order of `Alignment.versions`), indexes
    /// into `sentences[version]`, increasing and consecutive; an empty list
    /// means the row has nothing in that version.
    public struct Row: Hashable, Sendable {
        /// Sentence indexes per version.
        public var sentences: [[Int]]
        /// The lowest confidence of the beads in the row (1 for a row of the
        /// pivot alone, when there is no other version).
        public var confidence: Double = 1
    }

    /// Index of the pivot version.
    public var pivot: Int
    /// The sentences of each version, link by link (the pivot's are those
    /// every pair shares; a version without a pair to the pivot has none).
    public var sentences: [[SentenceUnit]]
    /// The rows, in the pivot's reading order.
    public var rows: [Row]

    /// Combines `pairs` (each with the pivot as source) over `versionCount`
    /// versions. `pivotSentences` are the pivot's sentences when `pairs` is
    /// empty (an alignment of one version); otherwise the pairs' sources.
    public init(pairs: [SentencePairAlignment], versionCount: Int, pivot: Int, pivotSentences: [SentenceUnit] = []) {
        self.pivot = pivot
        var sentences = Array(repeating: [SentenceUnit](), count: versionCount)
        sentences[pivot] = pairs.first?.source ?? pivotSentences
        for pair in pairs where pair.targetVersion < versionCount { sentences[pair.targetVersion] = pair.target }
        self.sentences = sentences
        let count = sentences[pivot].count
        // spanned[p]: a bead holds pivot sentences p - 1 and p, so no row starts at p.
        var spanned = Array(repeating: false, count: count + 1)
        // insertion[p]: a bead without pivot sentences falls at p.
        var insertion = Array(repeating: false, count: count + 1)
        for pair in pairs {
            var consumed = 0
            for bead in pair.beads {
                for index in bead.source.dropFirst() where index <= count { spanned[index] = true }
                if bead.source.isEmpty { insertion[consumed] = true }
                consumed += bead.source.count
            }
        }
        var rows: [Row] = []
        var contentRow = Array(repeating: 0, count: count)
        var insertionRow = Array(repeating: -1, count: count + 1)
        let empty = Row(sentences: Array(repeating: [], count: versionCount))
        for position in 0...count {
            if !spanned[position] && insertion[position] {
                insertionRow[position] = rows.count
                rows.append(empty)
            }
            guard position < count else { break }
            if !spanned[position] || rows.isEmpty { rows.append(empty) }
            contentRow[position] = rows.count - 1
            rows[rows.count - 1].sentences[pivot].append(position)
        }
        for pair in pairs where pair.targetVersion < versionCount && pair.targetVersion != pivot {
            var consumed = 0
            for bead in pair.beads {
                let row: Int
                if let first = bead.source.first, first < count {
                    row = contentRow[first]
                } else if insertionRow[min(consumed, count)] >= 0 {
                    row = insertionRow[min(consumed, count)]
                } else {
                    // Inside a row: with the pivot sentence before it.
                    row = contentRow[max(0, min(consumed, count) - 1)]
                }
                rows[row].sentences[pair.targetVersion] += bead.target
                rows[row].confidence = min(rows[row].confidence, bead.confidence)
                consumed += bead.source.count
            }
        }
        self.rows = rows
    }

    /// The sentence rows of `alignment`: every other version's sentences
    /// aligned with the pivot's (`SentencePairAlignment.align`), combined.
    public static func align(_ alignment: Alignment, lexicon: BilingualLexicon? = nil, bootstrapsLexicon: Bool = true) -> SentenceRows {
        let pairs = alignment.versions.indices.filter { $0 != alignment.pivot }.map {
            SentencePairAlignment.align(alignment, target: $0, lexicon: lexicon, bootstrapsLexicon: bootstrapsLexicon)
        }
        return SentenceRows(pairs: pairs, alignment: alignment)
    }

    /// Combines `pairs` over the versions of `alignment` (the pivot's
    /// sentences split here when there is no other version).
    public init(pairs: [SentencePairAlignment], alignment: Alignment) {
        var pivotSentences: [SentenceUnit] = []
        if pairs.isEmpty, alignment.versions.indices.contains(alignment.pivot) {
            let document = alignment.versions[alignment.pivot]
            let splitter = SentenceSplitter(language: document.language ?? document.metadata.language)
            let blocks = Dictionary(document.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for link in alignment.links {
                for id in link.blockIDs(in: alignment.pivot) {
                    if let block = blocks[id] { pivotSentences += SentenceUnit.of(block, splitter: splitter) }
                }
            }
        }
        self.init(pairs: pairs, versionCount: alignment.versions.count, pivot: alignment.pivot, pivotSentences: pivotSentences)
    }
}
