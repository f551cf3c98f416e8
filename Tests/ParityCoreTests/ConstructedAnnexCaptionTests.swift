import Testing
@testable import ParityCore

/// Long annex captions (`CaptionRecognizer.annexCaptionLabel`): linked to
/// the document they are annexed to, or numbered with a title, on
/// constructed captions in several languages, and in segmented letters.
@Suite struct ConstructedAnnexCaptionTests {
    @Test(arguments: [
        ("Annex II", "II"),
        ("Annex to the constructed letter dated 4 November 2024 from the Permanent Representative", ""),
        ("Annex I to the constructed note verbale dated 7 June 2024", "I"),
        ("ANNEX 1 - Constructed plan to end the conflict", "1"),
        ("Annex III: Constructed list of participants", "III"),
        ("Annexe à la lettre construite datée du 4 novembre 2024", ""),
        ("Anexo a la carta construida de fecha 4 de noviembre de 2024", ""),
        ("Anexo da carta construída datada de 4 de novembro de 2024", ""),
        ("Anlage zu dem konstruierten Schreiben vom 4. November 2024", ""),
        ("Приложение к сконструированной вербальной ноте от 7 июня 2024 года", ""),
        ("2024年6月7日构建的常驻代表团给秘书长的普通照会的附件", ""),
        ("2024年6月7日付の構成された書簡の附属書", ""),
        ("7 जून 2024 के निर्मित पत्र का अनुलग्नक", ""),
        ("مرفق الرسالة المصطنعة المؤرخة 4 تشرين الثاني/نوفمبر 2024", ""),
    ] as [(String, String)])
    func constructedCaptions(_ caption: String, _ label: String) {
        #expect(CaptionRecognizer.annexCaptionLabel(caption) == label)
    }

    @Test(arguments: [
        "Annex to the constructed report contains the list of participants.",
        "Annexes to the constructed report",
        "Annex",
        "Annex to",
        "ANNEX 1 -",
        "这是构建的附件。",
    ])
    func constructedNonCaptions(_ text: String) {
        if text == "Annex" {
            #expect(CaptionRecognizer.annexCaptionLabel(text) == "")
        } else {
            #expect(CaptionRecognizer.annexCaptionLabel(text) == nil)
        }
    }

    @Test func constructedLetterWithALinkedAnnex() {
        let text = """
        Letter dated 4 November 2024 from the constructed Permanent Representative

        I have the honour to transmit the constructed statement (see annex).

        Annex to the letter dated 4 November 2024 from the constructed Permanent Representative

        Constructed statement

        1. The constructed Ministry welcomes the agreement.

        2. It calls upon all constructed States to accede.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .annex }.map { $0.label ?? "-" } == ["-"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2"])
    }
}
