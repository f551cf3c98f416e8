import ParityTestSupport
@testable import ParityCore
import Testing

/// The `pdftotext -layout` side of CJK spacing and of footnotes followed by
/// body text (all texts constructed).
@Suite struct PDFLayoutInterScriptSpaceTests {
    static func dropping(_ text: String) -> String {
        String(decoding: PDFLayoutInterScriptSpace.dropping(Array(text.utf8)), as: UTF8.self)
    }

    @Test func theSpaceBetweenHanOrKanaAndFiguresGoesAndOtherSpacesStay() {
        #expect(Self.dropping("      2025 年 2 月 3 日") == "      2025年2月3日")
        #expect(Self.dropping("大会第 78/161 号决议，见 A/79/50。") == "大会第78/161号决议，见A/79/50。")
        // After a decimal label that opens the line, next to punctuation, and in a column gap: kept.
        #expect(Self.dropping("3.2 データは 95％以上") == "3.2 データは95％以上")
        #expect(Self.dropping("(d) その他") == "(d) その他")
        #expect(Self.dropping("2.1 「取水」とは") == "2.1 「取水」とは")
        #expect(Self.dropping("概要    3") == "概要    3")
        // Text without ideographs or kana is returned as it is.
        let english = "The Committee met on 5 December 2024 in New York."
        #expect(Self.dropping(english) == english)
    }

    @Test func bodyTextSetRightBelowAShortFootnoteIsNotPartOfIt() {
        // -layout output: no blank line between the note (short, ending its sentence) and the annex below it.
        let text = "Vereinte Nationen                                         A/79/50\n\n"
            + "      1. Die Mission übermittelt dem Generalsekretär ihren Bericht über die freiwilligen\n"
            + "      Zusagen und Verpflichtungen des Landes*.\n\n"
            + "      __________________\n"
            + "      * A/79/50.\n"
            + "      Anlage zur Verbalnote vom 7. Juni 2024 an den Generalsekretär der Vereinten Nationen\n"
            + "      Freiwillige Zusagen und Verpflichtungen der Mission des Landes Freedonia\n\u{0C}"
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-layout-note-then-body.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.text) == ["A/79/50."])
        #expect(document.blocks.contains { $0.text.hasPrefix("Anlage zur Verbalnote") && $0.kind != .footnote })
    }
}
