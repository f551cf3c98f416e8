import ParityCore
import Testing

/// The masthead is compared as a whole (`NumberParityCheck.forEachComparedPair`):
/// a title set over two lines of one unit in one version ("Resolution 9904
/// (2026)," / "verabschiedet … am 14. April 2026") and as two units in another
/// ("Resolution 9904 (2026)" / "Adopted … on 14 April 2026") holds the same
/// figures, whichever blocks the aligner links.
@Suite struct ConstructedMastheadFigureTests {
    private func findings(_ pivot: String, _ pivotLanguage: Language, _ other: String, _ otherLanguage: Language) -> [Finding] {
        let documents = [
            PlainTextSegmenter(language: pivotLanguage).segment(DecodedText(pivot), sourceName: "constructed-a"),
            PlainTextSegmenter(language: otherLanguage).segment(DecodedText(other), sourceName: "constructed-b"),
        ]
        return ParityChecker().check(Aligner().align(documents)).filter { $0.kind == .numberMismatch && $0.severity != .info }
    }

    private let english = """
    United Nations
    S/RES/9904 (2026)
    Security Council

    Resolution 9904 (2026)

    Adopted by the Security Council at its 19230th meeting, on 14 April 2026

    The Security Council,

    Recalling its constructed resolution 9851 (2025),

    1. Decides to remain seized of the constructed matter.
    """

    @Test func constructedTitleOverTwoLinesAgainstTwoUnits() {
        let german = """
        Vereinte Nationen
        S/RES/9904 (2026)
        Sicherheitsrat

        Resolution 9904 (2026),
        verabschiedet auf der 19230. Sitzung des Sicherheitsrats am 14. April 2026

        Der Sicherheitsrat,

        unter Hinweis auf seine konstruierte Resolution 9851 (2025),

        1. beschließt, mit der konstruierten Angelegenheit befasst zu bleiben.
        """
        #expect(findings(german, Language(code: "de")!, english, Language(code: "en")!).isEmpty)
    }

    /// A header field recognised in one version (`Eighty-second session`, a date line) and left as a title line
    /// in the other, whose header words no table knows, is compared with the other masthead as a whole; a session
    /// printed in one masthead only is header matter, not a paragraph figure.
    @Test func constructedHeaderFieldsAgainstTitleLinesAndASessionOnOneSideOnly() {
        let english = """
        United Nations
        A/82/901
        General Assembly
        Distr.: General
        14 August 2027
        Original: English

        Eighty-second session
        Item 19 of the provisional agenda

        Constructed report on cisterns

        1. The constructed report covers 1,460 cisterns.
        """
        let swahili = """
        Umoja wa Mataifa
        A/82/901
        Baraza Kuu
        Usambazaji: Wa jumla
        14 Agosti 2027
        Lugha ya asili: Kiingereza

        Kipengele cha 19 cha ajenda ya muda

        Ripoti iliyotungwa kuhusu matangi

        1. Ripoti iliyotungwa inahusu matangi 1,460.
        """
        #expect(findings(english, Language(code: "en")!, swahili, Language(code: "sw")!).isEmpty)
        let otherDate = swahili.replacingOccurrences(of: "14 Agosti 2027", with: "15 Agosti 2027")
        #expect(findings(english, Language(code: "en")!, otherDate, Language(code: "sw")!).count == 1)
    }

    @Test func aChangedFigureInTheMastheadIsStillFound() {
        let changed = english.replacingOccurrences(of: "19230th meeting", with: "19231st meeting")
        let found = findings(english, Language(code: "en")!, changed, Language(code: "en")!)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("masthead") == true)
    }
}
