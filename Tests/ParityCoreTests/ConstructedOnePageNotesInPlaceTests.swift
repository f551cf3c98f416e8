import Foundation
import Testing
@testable import ParityCore
import ParityTestSupport

/// A text without form feeds whose masthead is laid out as pdftotext -layout prints one is read as a PDF extraction
/// of one page. Its body's notes, below a rule above the annexes, stay where they stand, before annex I and its own
/// notes (`PDFTextCleanupPass`), and annex I's own series restarts at 1 after its paragraphs `1 -` (Arabic, as
/// `CountOpeningLine` reads them). Constructed dev set `report-sifters` (fictional States and figures).
@Suite struct ConstructedOnePageNotesInPlaceTests {
    private func document(_ code: String) throws -> Document {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/constructed-documents/dev/report-sifters.constructed.\(code).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)), "\(code)")
        return PlainTextSegmenter(language: Language(code: code)).segment(DecodedText(text), sourceName: "sifters.\(code)")
    }

    @Test(arguments: ["en", "ru", "ar"])
    func constructedBodyNotesStandBeforeTheAnnexesAndTheAnnexNoteInIt(code: String) throws {
        let blocks = try document(code).blocks
        let order = blocks.filter { [.footnote, .annex].contains($0.kind) || $0.id == "p6" || $0.id == "annex-I-p3" }
        let written = code == "ar" ? ["(1)", "(2)", "(1)"] : ["¹", "²", "¹"]
        #expect(order.map { $0.kind == .footnote ? $0.label ?? "?" : $0.id }
                == ["p6", written[0], written[1], "annex-I", "annex-I-p3", written[2], "annex-II"], "\(code)")
        // Each note is cited in its own series: the body's by the body, annex I's by annex I's paragraph 2.
        let notes = blocks.filter { $0.kind == .footnote }
        #expect(notes.map { $0.citedBy.first ?? "-" } == ["p1", "p4", "annex-I-p2"], "\(code)")
        #expect(!blocks.contains { $0.kind == .listItem }, "\(code)")
    }

    @Test func constructedArabicAnnexParagraphOneOpensACount() {
        for (line, opens) in [("1 -\tيبلغ متوسط عمر الحرفيين 57 سنة.", true), ("١ -\tيبلغ", true), ("1.\tThe average", true),
                              ("(1)\tبما في ذلك", false), ("1)\tan item", false), ("2 -\tوتصنع", false), ("1 - 2 of them", false)] {
            let bytes = Array(line.utf8)
            #expect(CountOpeningLine.opensAtOne(bytes, 0, bytes.count) == opens, "\(line)")
        }
    }
}
