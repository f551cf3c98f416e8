import Testing
@testable import ParityCore

/// Numbered paragraphs of summary records that open a speaker's turn
/// (`SpeakerLine.reportedDesignationLength`, `Block.speaker`) on constructed
/// snippets: the paragraph keeps its number and its whole text.
@Suite struct ConstructedSummaryRecordSpeakerTests {
    private func paragraphs(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .paragraph }
            .map { "\($0.number ?? 0) \($0.speaker ?? "-") | \($0.text)" }
    }

    @Test func constructedEnglishSummaryRecord() {
        let text = """
        Constructed item

        1. The Chair said that the constructed meeting would close early.

        2. It was so decided.

        3. Mr. Novak (Ruritania) said that the constructed figure had fallen.

        4. The President of the constructed Assembly said that the text stood.

        5. Ms. Haddad asked how many constructed households had benefited.
        """
        #expect(paragraphs(text) == [
            "1 The Chair | The Chair said that the constructed meeting would close early.",
            "2 - | It was so decided.",
            "3 Mr. Novak (Ruritania) | Mr. Novak (Ruritania) said that the constructed figure had fallen.",
            "4 - | The President of the constructed Assembly said that the text stood.",
            "5 Ms. Haddad | Ms. Haddad asked how many constructed households had benefited.",
        ])
    }

    @Test(arguments: [
        ("M. Novak (Ruritanie) dit que le chiffre construit a baissé.", "M. Novak (Ruritanie)"),
        ("Le Président dit que la séance construite est levée.", "Le Président"),
        ("Mme Haddad (Rapporteuse) demande combien de ménages construits ont bénéficié.", "Mme Haddad (Rapporteuse)"),
        ("El Sr. Novak (Ruritania) dice que la cifra construida ha bajado.", "El Sr. Novak (Ruritania)"),
        ("O Sr. Novak (Ruritânia) diz que o número construído baixou.", "O Sr. Novak (Ruritânia)"),
        ("Sr. Novak (Ruritania) dice que la cifra construida ha bajado.", "Sr. Novak (Ruritania)"),
        ("Г-н Новак (Руритания) говорит, что сконструированный показатель снизился.", "Г-н Новак (Руритания)"),
        ("السيد نوفاك (روريتانيا): قال إن الرقم المصطنع انخفض.", "السيد نوفاك (روريتانيا)"),
        ("Herr Novak (Ruritanien) sagt, die konstruierte Zahl sei gesunken.", "Herr Novak (Ruritanien)"),
        ("Le salaire minimum construit a été relevé.", nil),
        ("Sur l’invitation du Président, la délégation construite prend place.", nil),
    ] as [(String, String?)])
    func constructedDesignationsInSeveralLanguages(_ speech: String, _ designation: String?) {
        let scalars = Array(speech.unicodeScalars)
        let found = SpeakerLine.reportedDesignationLength(scalars).map { ScalarText.string(scalars[0..<$0]) }
        #expect(found == designation)
    }

    @Test func constructedArabicSummaryRecordKeepsItsNumbers() {
        let text = """
        1 - الرئيس: قال إن اللجنة المصطنعة ستعقد جلسة.

        2 - وقد تقرر ذلك.
        """
        #expect(paragraphs(text) == [
            "1 الرئيس | الرئيس: قال إن اللجنة المصطنعة ستعقد جلسة.",
            "2 - | وقد تقرر ذلك.",
        ])
    }
}
