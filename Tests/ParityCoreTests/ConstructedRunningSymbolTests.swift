import ParityTestSupport
import Testing
@testable import ParityCore

/// The masthead's symbol repeated below it as a later page's running header (`RunningSymbolLines`): beside the annex
/// caption on one line, or alone over it, it is page furniture, and the caption and the annex's numbered paragraphs
/// are read as without it.
@Suite struct ConstructedRunningSymbolTests {
    private func note(_ caption: String) -> String {
        """
        United Nations
        A/82/415
        General Assembly
        Distr.: General
        12 October 2027

        Note verbale dated 6 October 2027 from the Permanent Mission of Ruritania to the United Nations addressed to the Secretary-General

        The Permanent Mission of Ruritania to the United Nations presents its compliments to the Secretary-General and has the honour to transmit herewith a constructed report (see annex).

        The Permanent Mission of Ruritania avails itself of this opportunity to renew to the Secretary-General the assurances of its highest consideration.

        \(caption)

        CONSTRUCTED REPORT ON VILLAGE CISTERNS

        1.\tConstructed first paragraph of the annex, which ends here.

        2.\tConstructed second paragraph of the annex, which ends here.

        3.\tConstructed third paragraph of the annex, which ends here.
        """
    }

    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind != .metadata && $0.kind != .title }.map { "\($0.id) \($0.kind.rawValue)" }
    }

    private let annexTail = ["annex annex", "h-Annex-u1 heading", "annex-p1 paragraph", "annex-p2 paragraph", "annex-p3 paragraph"]

    @Test func theSymbolAfterTheCaptionOnItsLineIsFurniture() {
        let blocks = outline(note("Annex                                            A/82/415"))
        #expect(Array(blocks.suffix(6)) == ["annex annex", "pf1 pageFurniture"] + annexTail.dropFirst())
        let document = PlainTextSegmenter().segment(DecodedText(note("Annex\t\tA/82/415")), sourceName: "constructed")
        #expect(document.block(id: "annex")?.text == "Annex")
        #expect(document.block(id: "pf1")?.text == "A/82/415")
    }

    @Test func theSymbolBeforeTheCaptionOrAloneAboveItIsFurniture() {
        #expect(Array(outline(note("A/82/415          Annex")).suffix(6)) == ["pf1 pageFurniture"] + annexTail)
        #expect(Array(outline(note("A/82/415\nAnnex")).suffix(6)) == ["pf1 pageFurniture"] + annexTail)
    }

    @Test func anotherSymbolOrOneInRunningTextIsNoFurniture() {
        // Another symbol beside the caption is no running header of this document.
        #expect(!outline(note("Annex                                            A/82/999")).contains("pf1 pageFurniture"))
        // The symbol after a single space is a sentence's.
        let cited = note("Annex").replacingOccurrences(of: "a constructed report (see annex).", with: "a constructed report, see A/82/415")
        #expect(!outline(cited).contains("pf1 pageFurniture"))
    }
}
