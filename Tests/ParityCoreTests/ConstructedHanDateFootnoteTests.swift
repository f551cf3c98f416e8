import ParityTestSupport
import Testing
@testable import ParityCore

/// A footnote marker glued to Han characters in a version without spaces, set below a rule as a PDF extraction
/// gives it (`PDFFootnoteFinder`): the marker is the digit after a word (`報告1に`), never a date's month or day
/// (`2030年1月1日前`, `HanDateUnit`), although the date stands later in the text, nearer the note.
@Suite struct ConstructedHanDateFootnoteTests {
    private func blocks(_ name: String) throws -> [Block] {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/dev/" + name)
        return PlainTextSegmenter().segment(DecodedText(String(decoding: bytes, as: UTF8.self)), sourceName: "constructed").blocks
    }

    /// dev/resolution-gimlets ja: the second preambular paragraph cites note 1; the fourth keeps its whole date.
    @Test func japaneseNoteIsCitedByTheWordNotByTheDate() throws {
        let blocks = try blocks("resolution-gimlets.constructed.ja.txt")
        let note = try #require(blocks.first { $0.kind == .footnote })
        #expect(note.text == "A/91/208.")
        let citing = blocks.filter { $0.footnoteRefs.contains(note.id) }
        #expect(citing.count == 1)
        #expect(citing.first?.text.hasPrefix("村の鍛冶場に関する調査についての事務総長報告に留意し、") == true)
        #expect(blocks.contains { $0.kind == .unnumberedParagraph && $0.text.contains("（2030年1月1日前に登録された見習いを含む。）") })
    }

    @Test func digitsBeforeOrAfterADateUnitArePartOfTheDate() {
        let text = Array("報告1に2030年1月1日前、10号".utf8)
        func at(_ digit: String, _ occurrence: Int) -> Range<Int> {
            var found: [Range<Int>] = []
            var index = 0
            while index < text.count {
                if text[index...].starts(with: Array(digit.utf8)) { found.append(index..<(index + digit.utf8.count)) }
                index += 1
            }
            return found[occurrence]
        }
        let marker = at("1", 0)
        #expect(!HanDateUnit.isDatePart(text, marker.lowerBound, marker.upperBound))
        let month = at("1", 1)
        #expect(HanDateUnit.isDatePart(text, month.lowerBound, month.upperBound))
        let day = at("1", 2)
        #expect(HanDateUnit.isDatePart(text, day.lowerBound, day.upperBound))
        let year = at("2030", 0)
        #expect(HanDateUnit.isDatePart(text, year.lowerBound, year.upperBound))
        let dayNumber = at("10", 0)
        #expect(HanDateUnit.isDatePart(text, dayNumber.lowerBound, dayNumber.upperBound))
    }
}
