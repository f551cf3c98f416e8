import Testing
@testable import ParityCore

/// Speaker turns of verbatim records (`SpeakerLine`) on constructed
/// snippets in the six languages.
@Suite struct ConstructedSpeakerTurnTests {
    private func turns(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .speakerTurn || $0.parent?.hasPrefix("sp") == true }
            .map { "\($0.id) \($0.label ?? "-") | \($0.text)" }
    }

    @Test func constructedEnglishTurnsWithTheSpeakersFurtherParagraphs() {
        let text = """
        The meeting was called to order at 10 a.m.

        The President: I give the floor to the constructed representative.

        Mr. Novak (Ruritania) (spoke in French): My constructed country supports the text.

        It will contribute to the constructed fund.

        The President said: this constructed line is no designation.

        Ms. Álvarez (Freedonia): Freedonia agrees with the constructed text.
        """
        #expect(turns(text) == [
            "sp1 The President: | I give the floor to the constructed representative.",
            "sp2 Mr. Novak (Ruritania) (spoke in French): | My constructed country supports the text.",
            "sp2-u1 - | It will contribute to the constructed fund.",
            "sp2-u2 - | The President said: this constructed line is no designation.",
            "sp3 Ms. Álvarez (Freedonia): | Freedonia agrees with the constructed text.",
        ])
    }

    @Test(arguments: [
        ("M. Dupont (France) : Ma délégation construite appuie le texte.", "M. Dupont (France) :"),
        ("Sr. Pérez (España): Mi delegación construida apoya el texto.", "Sr. Pérez (España):"),
        ("Г-н Иванов (Российская Федерация): Наша сконструированная делегация поддерживает текст.", "Г-н Иванов (Российская Федерация):"),
        ("Председатель (говорит по-английски): Слово предоставляется сконструированному оратору.", "Председатель (говорит по-английски):"),
        ("الرئيس: أعطي الكلمة لممثل البلد المصطنع.", "الرئيس:"),
        ("السيد نوفاك (روريتانيا): يؤيد بلدي المصطنع النص.", "السيد نوفاك (روريتانيا):"),
        ("主席：我现在请构建的代表发言。", "主席："),
        ("诺瓦克先生（鲁里塔尼亚）：我国支持构建的案文。", "诺瓦克先生（鲁里塔尼亚）："),
    ])
    func constructedDesignationInEveryLanguage(_ line: String, _ designation: String) {
        let document = PlainTextSegmenter().segment(DecodedText("Constructed opening line.\n\n" + line + "\n"), sourceName: "constructed")
        let turn = document.blocks.first { $0.kind == .speakerTurn }
        #expect(turn?.id == "sp1")
        #expect(turn?.label == designation)
        #expect(turn.map { designation + ($0.label!.hasSuffix("：") ? "" : " ") + $0.text } == line)
    }

    @Test func constructedMastheadPresidentLineAndSentencesAreNoTurns() {
        let text = """
        President: Mr. Constructed .................................... (Borduria)

        The meeting was called to order at 10 a.m.

        Mr. Novak, speaking for the constructed group, said that it agreed.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .speakerTurn }.isEmpty)
    }

    @Test func constructedSummaryRecordParagraphsStayNumbered() {
        let text = """
        1. The Chair said that the constructed Committee would meet again.

        2. Mr. Novak (Ruritania) said that unemployment had fallen.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["p1", "p2"])
    }

    @Test func constructedCaptionBetweenTurnsClosesTheTurn() {
        let text = """
        The meeting was called to order at 10 a.m.

        The President: I give the floor to the constructed representative.

        It was so decided.

        Agenda item 28

        Constructed report of the Secretary-General

        The President: We now turn to the constructed item.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.dropFirst().map { "\($0.id) \($0.parent ?? "-")" } == [
            "sp1 -", "sp1-u1 sp1", "u1 -", "u2 -", "sp2 -",
        ])
    }
}
