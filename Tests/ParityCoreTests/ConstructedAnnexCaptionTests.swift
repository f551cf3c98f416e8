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
        ("ANNEX 1 - Constructed plan to end the conflict", "I"),   // a number by its value, as `Annex I`
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

/// Annex captions numbered by an ordinal word or a numeral after the annex
/// word, where the language puts it: Arabic `المرفق الأول` / `المرفق الثاني`
/// (ordinal adjective), Chinese `…的附件一` / `…的附件二` (annex word last).
@Suite struct ConstructedOrdinalAnnexCaptionTests {
    @Test(arguments: [
        ("المرفق الأول", "I"),
        ("المرفق الثاني", "II"),
        ("المرفق الأول للمذكرة الشفوية المصطنعة المؤرخة 28 أيار/مايو 2025", "I"),
        ("المرفق الثاني للرسالة المصطنعة المؤرخة 4 تشرين الثاني/نوفمبر 2024", "II"),
        ("2025年5月28日构建的常驻代表团给秘书长的普通照会的附件一", "I"),
        ("2025年5月28日构建的常驻代表团给秘书长的普通照会的附件二", "II"),
        ("2025年5月28日构建的常驻代表团给秘书长的普通照会的附件", ""),
    ] as [(String, String)])
    func ordinalCaptions(_ caption: String, _ label: String) {
        #expect(CaptionRecognizer.annexCaptionLabel(caption) == label)
    }

    @Test func constructedArabicNoteWithTwoAnnexes() {
        let text = """
        تهدي البعثة المصطنعة تحياتها إلى الأمين العام (انظر المرفقين الأول والثاني).

        المرفق الأول للمذكرة الشفوية المصطنعة المؤرخة 28 أيار/مايو 2025

        1 - الفقرة المصطنعة الأولى.

        2 - الفقرة المصطنعة الثانية.

        المرفق الثاني للمذكرة الشفوية المصطنعة المؤرخة 28 أيار/مايو 2025

        1 - الفقرة المصطنعة الأولى من المرفق الثاني.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-ar").blocks
        #expect(blocks.filter { $0.kind == .annex }.compactMap(\.label) == ["I", "II"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-I-p1", "annex-I-p2", "annex-II-p1"])
    }
}

/// An annex caption that carries a footnote marker (`Annex*`, `附件*`,
/// `अनुलग्नक*`): the marker is no part of the caption, which still opens the annex.
@Suite struct ConstructedMarkedAnnexCaptionTests {
    @Test(arguments: [
        ("Annex*", ""),
        ("Annex**", ""),
        ("Annex II*", "II"),
        ("附件*", ""),
        ("अनुलग्नक*", ""),
        ("Anexo†", ""),
    ] as [(String, String)])
    func markedCaptions(_ caption: String, _ label: String) {
        #expect(CaptionRecognizer.annexCaptionLabel(caption) == label)
        #expect(CaptionRecognizer.annexCaptionMayMatch(Array(caption.unicodeScalars)))
    }

    @Test(arguments: ["*", "**", "Annexes*", "Constructed summary*"])
    func notCaptions(_ text: String) {
        #expect(CaptionRecognizer.annexCaptionLabel(text) == nil)
    }

    @Test func markedCaptionOpensAnnexOfUnnumberedNote() {
        let text = """
        The constructed Permanent Mission presents its compliments to the Secretary-General and transmits the constructed summary.

        The constructed Permanent Mission avails itself of this opportunity to renew its highest consideration.

        Annex*

        1. The constructed programme drilled 40 wells.

        2. It will drill 30 more by 2029.

        __________________
        * Circulated in the language of submission only.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .annex }.map { $0.label ?? "-" } == ["-"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2"])
    }
}
