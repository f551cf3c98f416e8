import Foundation
@testable import ParityCore
import Testing

/// Blocks keep their first source range inline in 32 bits, small numbers in
/// 32 and 8 bits and rarely set fields boxed (issue 11, item 8: a document's
/// blocks are all alive at once, beside its drafts while they are made).
/// Every field still reads back what was written, whatever its size, and two
/// blocks with the same fields are equal and hash alike however they were made.
@Suite struct BlockStorageTests {
    private func block(ranges: [SourceRange]) -> Block {
        Block(id: "p7", kind: .paragraph, number: 7, label: "7.", text: "Texto", sourceRanges: ranges)
    }

    @Test(arguments: [
        [SourceRange](),
        [SourceRange(start: 0, end: 5)],
        [SourceRange(start: 10, end: 20), SourceRange(start: 30, end: 45), SourceRange(start: 2, end: 3)],
        [SourceRange(start: Int(UInt32.max) - 1, end: Int(UInt32.max))],
        [SourceRange(start: Int(UInt32.max), end: Int(UInt32.max) + 20)],
        [SourceRange(start: 1 << 40, end: 1 << 41), SourceRange(start: 0, end: 1)],
    ])
    func sourceRangesReadBack(ranges: [SourceRange]) {
        var block = block(ranges: ranges)
        #expect(block.sourceRanges == ranges)
        #expect(block.firstSourceRange == ranges.first)
        block.sourceRanges.append(SourceRange(start: 100, end: 101))
        #expect(block.sourceRanges == ranges + [SourceRange(start: 100, end: 101)])
        block.sourceRanges = ranges
        #expect(block == self.block(ranges: ranges))
        #expect(block.hashValue == self.block(ranges: ranges).hashValue)
    }

    @Test(arguments: [nil, 0, 1, -3, 127, 128, Int(Int32.max), Int(Int32.min), Int(Int32.min) + 1, Int.max, Int.min])
    func numbersAndLevelsReadBack(value: Int?) {
        var block = block(ranges: [SourceRange(start: 0, end: 5)])
        block.number = value
        block.level = value
        #expect(block.number == value && block.level == value)
        // A wide value set back to a small one leaves no box behind: equal to a block made with the small value.
        block.number = 7
        block.level = nil
        #expect(block == self.block(ranges: [SourceRange(start: 0, end: 5)]))
        #expect(block.hashValue == self.block(ranges: [SourceRange(start: 0, end: 5)]).hashValue)
    }

    @Test func boxedFieldsReadBack() {
        var block = block(ranges: [SourceRange(start: 0, end: 5)])
        block.labelPath = "III.A"
        block.emphasis = [EmphasisSpan(start: 0, end: 2, style: .italic)]
        block.footnoteRefs.append("fn1")
        block.footnoteRefs.append("fn2")
        block.citedBy = ["p3"]
        block.tocTarget = TOCTarget(firstParagraph: 1, lastParagraph: 4, page: "3")
        block.metadataField = .symbol
        block.speaker = "Mr. Novak (Ruritania)"
        #expect(block.labelPath == "III.A" && block.footnoteRefs == ["fn1", "fn2"] && block.citedBy == ["p3"])
        #expect(block.emphasis == [EmphasisSpan(start: 0, end: 2, style: .italic)])
        #expect(block.tocTarget == TOCTarget(firstParagraph: 1, lastParagraph: 4, page: "3"))
        #expect(block.metadataField == .symbol && block.speaker == "Mr. Novak (Ruritania)")
        let made = Block(id: "p7", kind: .paragraph, number: 7, label: "7.", labelPath: "III.A", text: "Texto",
                         emphasis: [EmphasisSpan(start: 0, end: 2, style: .italic)], sourceRanges: [SourceRange(start: 0, end: 5)],
                         footnoteRefs: ["fn1", "fn2"], citedBy: ["p3"], tocTarget: TOCTarget(firstParagraph: 1, lastParagraph: 4, page: "3"),
                         metadataField: .symbol, speaker: "Mr. Novak (Ruritania)")
        #expect(block == made && block.hashValue == made.hashValue)
        let decoded = try? JSONDecoder().decode(Block.self, from: JSONEncoder().encode(made))
        #expect(decoded == made)
        block.labelPath = nil
        block.emphasis = []
        block.footnoteRefs = []
        block.citedBy = []
        block.tocTarget = nil
        block.metadataField = nil
        block.speaker = nil
        #expect(block == self.block(ranges: [SourceRange(start: 0, end: 5)]))
    }

    @Test func aBlockStaysSmall() {
        // 152 bytes and a 48-byte array for its one source range before: at the
        // peak of a text of 128-byte paragraphs, the blocks took 1.6 times the input.
        #expect(MemoryLayout<Block>.stride <= 88)
    }

    /// `withTextUTF8` reads a block's text in place: the bytes of `text`, for the segmenter's blocks (whose texts
    /// share one allocation) and for blocks given their text; `TextLength` and `CognateKeys` of a block are those
    /// of its text.
    @Test func textBytesReadInPlaceAreTheText() {
        let text = "1. Les Parties conviennent de l'ordre du jour.\n\n2. Приложение к докладу, 2026 год.\n\n3. 附件一\n\n4. Ακόμη μία παράγραφος.\n"
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            + [block(ranges: []), Block(id: "u1", kind: .unnumberedParagraph, text: "")]
        #expect(blocks.count >= 6)
        for block in blocks {
            #expect(block.withTextUTF8 { Array($0) } == Array(block.text.utf8))
            #expect(TextLength.of(block) == TextLength.of(block.text))
            #expect(CognateKeys.of(block) == CognateKeys.of(block.text))
        }
    }
}
