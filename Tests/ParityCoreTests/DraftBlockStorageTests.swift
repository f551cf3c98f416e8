@testable import ParityCore
import Testing

/// Drafts keep small numbers in 32 bits, their first source range inline and
/// rarely set fields boxed (issue 11, item 8: a document's drafts are all
/// alive at once beside the input and their text). Every field still reads
/// back what was written.
@Suite struct DraftBlockStorageTests {
    private func draft(ranges: [SourceRange]) -> DraftBlock {
        DraftBlock(serial: 7, kind: .paragraph, text: Array("Texto".unicodeScalars),
                   emphasis: [EmphasisSpan(start: 0, end: 2, style: .italic)], sourceRanges: ranges)
    }

    @Test(arguments: [
        [SourceRange](),
        [SourceRange(start: 0, end: 5)],
        [SourceRange(start: 10, end: 20), SourceRange(start: 30, end: 45), SourceRange(start: 2, end: 3)],
        [SourceRange(start: Int(Int32.max) + 10, end: Int(Int32.max) + 20)],
    ])
    func sourceRangesReadBack(ranges: [SourceRange]) {
        var block = draft(ranges: ranges)
        #expect(block.sourceRanges == ranges)
        block.sourceRanges += [SourceRange(start: 100, end: 101)]
        #expect(block.sourceRanges == ranges + [SourceRange(start: 100, end: 101)])
    }

    @Test func optionalNumbersReadBack() {
        var block = draft(ranges: [SourceRange(start: 0, end: 5)])
        #expect(block.serial == 7 && block.number == nil && block.level == nil && block.parentSerial == nil)
        block.number = 0
        block.level = 4
        block.parentSerial = 123_456
        #expect(block.number == 0 && block.level == 4 && block.parentSerial == 123_456)
        block.number = -3
        #expect(block.number == -3)
        block.number = nil
        #expect(block.number == nil)
    }

    @Test func boxedFieldsReadBack() {
        var block = draft(ranges: [SourceRange(start: 0, end: 5)])
        #expect(block.emphasis == [EmphasisSpan(start: 0, end: 2, style: .italic)])
        block.labelPath = "III.A"
        block.footnoteRefs.append("fn-1")
        block.footnoteRefs.append("fn-2")
        block.citedBy = ["p3"]
        #expect(block.labelPath == "III.A" && block.footnoteRefs == ["fn-1", "fn-2"] && block.citedBy == ["p3"])
        block.emphasis = []
        #expect(block.emphasis.isEmpty && block.labelPath == "III.A")
    }

    @Test func aDraftStaysSmall() {
        // 200 bytes before; the drafts of a 50 MB text took 27 MB.
        #expect(MemoryLayout<DraftBlock>.stride <= 112)
    }
}

/// Joining drafts appends in place: 200,000 one-word paragraphs that a
/// page-break join gathers must not copy the gathered ranges at every step
/// (a regression of the compact drafts: 4 s became 27 s).
@Suite struct DraftBlockAppendTests {
    @Test func appendingManyDraftsKeepsEveryRangeAndReference() {
        var first = DraftBlock(serial: 0, kind: .paragraph, text: Array("uno".unicodeScalars), emphasis: [],
                               sourceRanges: [SourceRange(start: 0, end: 3)])
        for index in 1..<2_000 {
            var next = DraftBlock(serial: index, kind: .paragraph, text: Array("dos".unicodeScalars), emphasis: [],
                                  sourceRanges: [SourceRange(start: index * 5, end: index * 5 + 3)])
            if index % 100 == 0 { next.appendFootnoteRef("fn-\(index)") }
            first.append(next)
        }
        #expect(first.sourceRanges.count == 2_000)
        #expect(first.sourceRanges.last == SourceRange(start: 9_995, end: 9_998))
        #expect(first.footnoteRefs.count == 19)
        #expect(first.content.scalarCount == 3 + 1_999 * 4)
    }
}
