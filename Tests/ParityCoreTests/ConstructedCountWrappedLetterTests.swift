import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A letter hard-wrapped by a count of characters (70), read as extracted text: the title's last line, which could
/// have taken "I", ends the title before "I have the honour …"; and under a paragraph number alone (`1.`), a line broken
/// by hand before a figure ("The Ministers note that" / "4,800 workshops …") goes on. A constructed letter.
@Suite struct ConstructedCountWrappedLetterTests {
    static let constructedLetter = """
        United Nations\tA/99/402
        General Assembly\tDistr.: General
        \t24 March 2044
        \tOriginal: English
        Ninety-ninth session
        Agenda item 51
        Trade and development
        Letter dated 20 March 2044 from the Permanent Representative of
        Ruritania to the United Nations addressed to the Secretary-General
        I have the honour to transmit herewith the joint communiqué on the
        trade in hand-woven baskets adopted by the Ministers of Trade of
        Ruritania and Syldavia at their meeting held in Vorst on 12 March 2044
        (see annex).
        I should be grateful if the present letter and its annex could be
        circulated as a document of the General Assembly, under item 51 (b).
        Annex to the letter dated 20 March 2044 from the Permanent
        Representative of Ruritania to the United Nations addressed to the
        Secretary-General
        Joint communiqué on the trade in hand-woven baskets
        1.
        The Ministers note that
        4,800 workshops in the two countries weave baskets of willow and
        reed.
        2.
        The Ministers agree to remove customs duties on baskets from 1 July
        2044 and to review the tariffs of the two countries every year.
        3.
        The Ministers welcome the creation of a joint register of traditional
        weaves, which already lists 640 patterns from the two countries.
        4.
        The Ministers agree to meet again in Klow in October 2045 and invite
        the craft guilds of the two countries to take part in the meeting as
        observers and to report on the trade of the two countries every second
        year.
        """

    @Test func constructedCountWrappedLetter() {
        let document = ConstructedSegmentation.segment(Self.constructedLetter, "constructed-count-wrapped-letter.en.txt").document
        #expect(document.blocks.filter { $0.kind == .title }.map(\.text)
                == ["Letter dated 20 March 2044 from the Permanent Representative of Ruritania to the United Nations addressed to the Secretary-General"])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map { String($0.text.prefix(20)) }
                == ["I have the honour to", "I should be grateful"])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3, 4])
        #expect(document.numberedParagraphs.first?.text == "The Ministers note that 4,800 workshops in the two countries weave baskets of willow and reed.")
    }
}
