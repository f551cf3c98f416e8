import Testing
@testable import ParityCore

/// A hard-wrapped title or annex caption whose line breaks right before its
/// date: a line that begins with a day, month and year running on into words,
/// under a line that stops on a word in lower case, goes on from it however
/// short that line is; a masthead date under a meeting line does not; an article's paragraph `(2)`
/// broken by hand before its closing date goes on. Short
/// constructed texts; document `dev/letter-wells` (sw, en).
@Suite struct ConstructedWrappedDateLineTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private let letter = """
    Barua ya tarehe
    12 Mei 2026 kutoka kwa Mwakilishi wa Kudumu wa Syldavia katika Umoja
    wa Mataifa kwenda kwa Rais wa Baraza la Usalama

    Nina heshima kuwasilisha hitimisho la mkutano wa kikanda kuhusu
    visima vya pamoja vya maji (tazama kiambatisho).

    (Sahihi) Anton Pollex

    Kiambatisho cha barua ya tarehe
    12 Mei 2026 kutoka kwa Mwakilishi wa Kudumu wa Syldavia katika Umoja
    wa Mataifa kwenda kwa Rais wa Baraza la Usalama

    Hitimisho la mkutano

    1. Mkutano uliwaleta pamoja maafisa 85 kutoka Nchi 6 za
    kanda.

    2. Mkutano ujao utafanyika mwaka 2027.
    """

    @Test func constructedCaptionWrappedBeforeItsDateKeepsItsAnnex() {
        let document = segment(letter)
        let annexes = document.blocks.filter { $0.kind == .annex }
        #expect(annexes.count == 1)
        #expect(annexes.first?.text.hasPrefix("Kiambatisho cha barua ya tarehe 12 Mei 2026 kutoka") == true)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2"])
    }

    @Test func constructedDateUnderAnArticleParagraphInParenthesesGoesOn() {
        // `(2)` continues the count of `(1)`: a numbered paragraph, whose line that stops on a word goes on into the
        // date that ends its sentence, however short it is (a hand wrap), and the date is no closing line.
        let document = segment("""
        Charter of the International Union of Rope Makers

        Article 1

        (1) The Union is hereby established as an international organization
        of rope makers, with its seat in Klow.

        (2) The Union shall cooperate with the competent international
        organizations in the field of crafts.

        Article 2

        (1) This Charter shall enter into force three months after the
        deposit of the tenth instrument of ratification.

        (2) This Charter shall remain open for signature until the day
        31 December 2045.

        Done at Klow on 1 October 2044, in a single original in English.
        """)
        #expect(document.blocks.first { $0.id == "art2-p2" }?.text
            == "This Charter shall remain open for signature until the day 31 December 2045.")
        #expect(document.blocks.filter { $0.kind == .metadata }.count == 1)
    }

    @Test func constructedDateThatRunsIntoNothingStandsApart() {
        // The closing lines of a resolution: a meeting line in lower case, then the date alone.
        let text = letter + """


        mkutano wa mashauriano wa 52
        14 Mei 2026
        """
        let document = segment(text)
        #expect(document.blocks.last?.text == "14 Mei 2026")
    }
}
