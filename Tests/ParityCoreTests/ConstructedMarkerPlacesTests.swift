import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Footnote markers as plain digits where a PDF extraction or a typist leaves them: after the year a wrap set first on a
/// paragraph's last line (`… launched in` / `2101.1`); after a symbol that ends a paragraph right over the next
/// paragraph's number (`… decision 2100/214.3` / `8.  The …`); glued to an Urdu word before the Urdu full stop
/// (`تھیگی۱۔`). And a table's figure set apart by a column gap (`Non-post   1,398.5   1,322.1`) is none, whatever
/// the row under it opens with. Constructed passages (made-up documents; the Shina line an approximation).
@Suite struct ConstructedMarkerPlacesTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func constructedYearWrappedOntoTheLastLine() {
        let text = scalars("The Commission will complete the survey of tile ovens launched in\n           2101.1\n\n")
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: text) != nil)
        // A decimal label opening its line with text after it stays a label.
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("the plan:\n2101.1 The Commission will")) == nil)
    }

    @Test func constructedSymbolOverTheNextParagraphNumber() {
        let text = scalars("a register of crafts in its decision 2100/214.3\n            8.     The General Assembly may wish to:")
        #expect(CitedFootnoteMarker.figureStopCitation(3, in: text) != nil)
    }

    @Test func constructedTableCellIsNoMarker() {
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("Non-post   1,398.5   1,322.1\nTotal   5,609.0   5,482.3")) == nil)
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("Non-post\t1,398.5\t1,322.1\nTotal\t5,609.0\t5,482.3")) == nil)
        // In running text the same figure before a new sentence is one.
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("a total of 1,322.1 The rest")) != nil)
    }

    @Test func constructedUrduMarkerBeforeTheUrduFullStop() {
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("کمیشن سروے پورا تھیگی۱۔")) != nil)
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("हम काम पूरा करेंगे१।")) != nil)
    }

    /// `الف۔` / `ب۔`: Urdu's lettered headings, the letter itself after `الف`, read in sequence.
    @Test func constructedUrduLetteredHeadings() {
        let text = """
            I۔ عام رُخ

            الف۔ اختیار اے پس منظر

            ۱۹.۱\tکمیشن علاقہ ئے معاشی ترقی ئے ذمہ دار ہن۔

            ب۔ حکمت عملی اے بہرو عوامل

            ۱۹.۲\tکمیشن ۱۴ رکن ریاستو خدمت تھیگین۔

            """
        let document = PlainTextSegmenter(language: Language(code: "scl")).segment(DecodedText(text), sourceName: "constructed.scl")
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "I.A", "I.B"])
    }
}
