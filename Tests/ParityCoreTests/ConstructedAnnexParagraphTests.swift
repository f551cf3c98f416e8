import ParityTestSupport
import Testing
@testable import ParityCore

/// An annex with its own numbered paragraphs under a letter or note verbale
/// of unnumbered paragraphs: the caption is the short line before the count
/// that starts at 1, whatever its word and script; the paragraphs belong to
/// the annex, numbered `1.`, `١.` or `(1)`.
@Suite struct ConstructedAnnexParagraphTests {
    private func ids(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind != .metadata && $0.kind != .title }.map(\.id)
    }

    private func letter(caption: String, labels: [String], body: [String], signature: [String]) -> String {
        """
        Letter dated 12 May 2026 from the Permanent Representative of Borduria addressed to the Secretary-General

        \(body.joined(separator: "\n\n"))

        \(signature.joined(separator: "\n"))

        \(caption)

        Constructed declaration on the ponds

        \(labels.enumerated().map { "\($0.element) Constructed paragraph number \($0.offset + 1) of the annexed declaration, which ends here." }
            .joined(separator: "\n\n"))
        """
    }

    private let englishBody = ["I have the honour to transmit herewith the constructed declaration adopted on 8 May 2026 by the two States.",
                               "I should be grateful if the present letter could be circulated as a document of the Council."]

    @Test func anArabicCaptionCentredByLeadingSpaces() {
        let text = letter(caption: "                              المرفق", labels: ["١.", "٢.", "٣."], body: englishBody,
                          signature: ["(Signed) Petar Kovic", "Permanent Representative"])
        #expect(ids(text).suffix(5) == ["annex", "h-Annex-u1", "annex-p1", "annex-p2", "annex-p3"])
    }

    @Test func aCaptionEndingWithAColonIsTheAnnexCaption() {
        #expect(CaptionRecognizer.annexCaptionLabel("المرفق:") == "")
        #expect(CaptionRecognizer.annexCaptionLabel("Annex:") == "")
        let text = letter(caption: "Annex:", labels: ["1.", "2."], body: englishBody, signature: ["(Signed) Petar Kovic", "Permanent Representative"])
        #expect(ids(text).suffix(4) == ["annex", "h-Annex-u1", "annex-p1", "annex-p2"])
    }

    @Test func paragraphsInParenthesesNumberAnAnnex() {
        let text = letter(caption: "Annex to the letter dated 12 May 2026 from the Permanent Representative of Borduria",
                          labels: ["(1)", "(2)", "(3)"], body: englishBody, signature: ["(Signed) Petar Kovic", "Permanent Representative"])
        #expect(ids(text).suffix(5) == ["annex", "h-Annex-u1", "annex-p1", "annex-p2", "annex-p3"])
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.block(id: "annex-p2")?.number == 2)
        #expect(document.block(id: "annex-p2")?.label == "(2)")
    }

    @Test func itemsOfALeadInStayItems() {
        let text = """
        Letter dated 12 May 2026 from the Permanent Representative of Borduria addressed to the Secretary-General

        I have the honour to transmit herewith the constructed decisions adopted on 8 May 2026 by the two States.

        Annex to the letter dated 12 May 2026 from the Permanent Representative of Borduria

        The two Governments decided as follows:

        (1) Constructed first decision;

        (2) Constructed second decision.
        """
        #expect(!ids(text).contains("annex-p1"))
    }

    @Test func aOneWordCaptionOverTheAnnexTitleInALanguageNoTableKnows() {
        // Swahili: `Nyongeza` (annex), which the body does not name, above the annex's title.
        let text = letter(caption: "Nyongeza", labels: ["1.", "2.", "3."],
                          body: ["Nina heshima kuwasilisha tamko la pamoja lililopitishwa na Borduria na Syldavia tarehe 8 Mei 2026.",
                                 "Nitashukuru kama barua hii itasambazwa kama hati ya Baraza la Usalama."],
                          signature: ["(Imetiwa saini) Petar Kovic", "Mwakilishi wa Kudumu"])
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.block(id: "annex")?.text == "Nyongeza")
        #expect(ids(text).suffix(4) == ["h-Annex-u1", "annex-p1", "annex-p2", "annex-p3"])
    }
}
