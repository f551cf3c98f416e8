import ParityCore
import ParityTestSupport
import Testing

/// `SentenceRows`: pairwise beads to the pivot combined into N-way rows, on
/// constructed beads and on the UDHR gold.
@Suite struct SentenceRowsTests {
    private static func units(_ count: Int, block: String = "constructed-b") -> [SentenceUnit] {
        (0..<count).map { SentenceUnit(id: "\(block).s\($0 + 1)", blockID: block, text: "constructed sentence \($0 + 1)") }
    }

    private static func pair(_ target: Int, source: Int, targetCount: Int, _ beads: [([Int], [Int])]) -> SentencePairAlignment {
        SentencePairAlignment(sourceVersion: 0, targetVersion: target, source: units(source), target: units(targetCount),
                              beads: beads.map { SentenceBead(source: $0.0, target: $0.1) })
    }

    @Test func withTwoVersionsEveryBeadIsARow() {
        let beads: [([Int], [Int])] = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [])]
        let rows = SentenceRows(pairs: [Self.pair(1, source: 4, targetCount: 3, beads)], versionCount: 2, pivot: 0)
        #expect(rows.rows.map(\.sentences) == beads.map { [$0.0, $0.1] })
    }

    /// Version 1 joins pivot sentences 2 and 3 and adds a sentence after
    /// pivot sentence 1; version 2 joins pivot sentences 0 and 1 and adds a
    /// sentence at the end.
    @Test func rowsAreTheRunsNoVersionsBeadCrosses() {
        let first = Self.pair(1, source: 4, targetCount: 4, [([0], [0]), ([1], [1]), ([], [2]), ([2, 3], [3])])
        let second = Self.pair(2, source: 4, targetCount: 4, [([0, 1], [0]), ([2], [1]), ([3], [2]), ([], [3])])
        let rows = SentenceRows(pairs: [first, second], versionCount: 3, pivot: 0)
        #expect(rows.rows.map(\.sentences) == [
            [[0, 1], [0, 1], [0]],
            [[], [2], []],
            [[2, 3], [3], [1, 2]],
            [[], [], [3]],
        ])
    }

    /// A sentence of version 2 without counterpart falls between pivot
    /// sentences 0 and 1, which version 1 joins: it goes in their row.
    @Test func anAddedSentenceInsideARowJoinsIt() {
        let first = Self.pair(1, source: 2, targetCount: 1, [([0, 1], [0])])
        let second = Self.pair(2, source: 2, targetCount: 3, [([0], [0]), ([], [1]), ([1], [2])])
        let rows = SentenceRows(pairs: [first, second], versionCount: 3, pivot: 0)
        #expect(rows.rows.map(\.sentences) == [[[0, 1], [0], [0, 1, 2]]])
    }

    @Test func aPivotOtherThanTheFirstVersion() {
        var pair = Self.pair(0, source: 2, targetCount: 2, [([0], [0]), ([1], [1])])
        pair.sourceVersion = 1
        let rows = SentenceRows(pairs: [pair], versionCount: 2, pivot: 1)
        #expect(rows.rows.map(\.sentences) == [[[0], [0]], [[1], [1]]])
        #expect(rows.sentences[1] == Self.units(2))
    }

    /// The UDHR's gold beads (`constructed-udhr-sentence-gold.txt`, written by
    /// reading) for Article 1's paragraph: French, Russian, Arabic and Chinese
    /// pair its two English sentences 1-1, Spanish joins them in one sentence
    /// (2-1), so the six versions share one row. Article 4: Arabic splits the
    /// English sentence in two (1-2): one row, two Arabic sentences.
    @Test func udhrGoldBeadsCombineIntoRows() {
        let oneToOne: [([Int], [Int])] = [([0], [0]), ([1], [1])]
        let article1 = SentenceRows(pairs: [
            Self.pair(1, source: 2, targetCount: 2, oneToOne), Self.pair(2, source: 2, targetCount: 1, [([0, 1], [0])]),
            Self.pair(3, source: 2, targetCount: 2, oneToOne), Self.pair(4, source: 2, targetCount: 2, oneToOne),
            Self.pair(5, source: 2, targetCount: 2, oneToOne),
        ], versionCount: 6, pivot: 0)
        #expect(article1.rows.map(\.sentences) == [[[0, 1], [0, 1], [0], [0, 1], [0, 1], [0, 1]]])
        let article4 = SentenceRows(pairs: [
            Self.pair(1, source: 1, targetCount: 1, [([0], [0])]), Self.pair(2, source: 1, targetCount: 2, [([0], [0, 1])]),
        ], versionCount: 3, pivot: 0)
        #expect(article4.rows.map(\.sentences) == [[[0], [0], [0, 1]]])
    }

    /// On the six real UDHR versions every sentence of every version lies in
    /// exactly one row, in order, and every row has a sentence.
    @Test func everySentenceOfTheSixUDHRVersionsIsInExactlyOneRow() throws {
        let keys = ["eng", "fra", "spa", "rus", "arb", "cmn_hans"]
        let alignment = Aligner(pivot: 0).align(try keys.map { try AlignTestFixtures.udhr($0) })
        let rows = SentenceRows.align(alignment)
        #expect(rows.sentences.count == 6)
        for version in 0..<6 {
            let listed = rows.rows.flatMap { $0.sentences[version] }
            #expect(listed == Array(rows.sentences[version].indices), "version \(version)")
            #expect(!rows.sentences[version].isEmpty)
        }
        #expect(rows.rows.allSatisfy { $0.sentences.contains { !$0.isEmpty } })
        // Six versions cut the pivot's sentences no finer than any one pair.
        let pairs = (1..<6).map { SentencePairAlignment.align(alignment, target: $0) }
        #expect(rows.rows.count <= pairs.map(\.beads.count).min()! + pairs.map { $0.beads.filter(\.source.isEmpty).count }.reduce(0, +))
    }
}
