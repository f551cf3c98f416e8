import Testing
@testable import ParityCore

/// A letter's two edges. Its long title on a line of its own ("Letter dated … addressed to the Secretary-General",
/// twenty words) over the capital of its first paragraph, in a text that sets each unit on its line: the title is no
/// wrapped sentence that runs on. The signature right over the annex caption that repeats the letter's title: the
/// caption is the next line alone, and the signature stays out of it. Constructed letters (made-up States and figures).
@Suite struct ConstructedLetterTitleAndSignatureTests {
    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    private static let englishTitle = "Letter dated 3 May 2071 from the Permanent Representative of Freedonia to the United Nations addressed to the Secretary-General"
    private static let englishLetter = [
        "United Nations\tA/95/318", "General Assembly\tDistr.: General", "6 May 2071", "Original: English",
        "Ninety-fifth session", "Agenda item 44", "Harbours and fisheries",
        englishTitle,
        "I have the honour to transmit herewith the report of the Ministry of Fisheries of Freedonia on its harbours (see annex).",
        "I should be grateful if the present letter and its annex could be circulated as a document of the General Assembly.",
        "(Signed) Marta Ilves",
        "Permanent Representative of Freedonia to the United Nations",
    ]

    @Test func aLongTitleOverTheCapitalOfTheFirstParagraphStaysItsOwnLine() {
        let found = blocks(Self.englishLetter.joined(separator: "\n") + "\n")
        #expect(found.contains { $0.text == Self.englishTitle })
        #expect(found.contains { $0.text.hasPrefix("I have the honour") && $0.text.hasSuffix("(see annex).") })
    }

    @Test func aFrenchLongTitleOverTheCapitalOfTheFirstParagraphStaysItsOwnLine() {
        let title = "Lettre datée du 3 mai 2071, adressée au Secrétaire général par le Représentant permanent de la Freedonie auprès de l'Organisation des Nations Unies"
        let text = [
            "Nations Unies\tA/95/318", "Assemblée générale\tDistr. générale", "6 mai 2071", "Français", "Original : anglais",
            title,
            "J'ai l'honneur de vous faire tenir ci-joint le rapport du Ministère de la pêche de la Freedonie sur ses ports (voir annexe).",
            "Je vous serais obligée de bien vouloir faire distribuer le texte de la présente lettre et de son annexe comme document de l'Assemblée générale.",
        ].joined(separator: "\n") + "\n"
        let found = blocks(text)
        #expect(found.contains { $0.text == title })
        #expect(found.contains { $0.text.hasPrefix("J'ai l'honneur") && $0.text.hasSuffix("(voir annexe).") })
    }

    @Test func aWrappedSentenceInLowerCaseStillRunsOn() {
        let first = "Freedonia has restored eleven harbours along its northern coast since the fishing cooperatives asked the Ministry for"
        let text = (Self.englishLetter.prefix(8) + [first, "help with the repair of their piers and their boats.", "(Signed) Marta Ilves"]).joined(separator: "\n") + "\n"
        #expect(blocks(text).contains { $0.text == first + " help with the repair of their piers and their boats." })
    }

    @Test func aChineseSignatureOverTheAnnexCaptionStaysOutOfIt() {
        let text = [
            "联合国\tA/95/318", "", "大会\tDistr.: General", "6 May 2071", "Original: English", "",
            "2071年5月3日弗里多尼亚常驻联合国代表给秘书长的信", "",
            "谨随函转递弗里多尼亚渔业部关于港口的报告（见附件）。", "",
            "请将本函及其附件作为大会的文件分发为荷。", "",
            "弗里多尼亚常驻联合国代表", "马丁（签名）", "",
            "2071年5月3日弗里多尼亚常驻联合国代表给秘书长的信的附件", "",
            "弗里多尼亚渔业部关于港口的报告", "",
            "1.\t弗里多尼亚有14个渔港。", "",
            "2.\t2070年，渔港的渔获量为3 400吨。", "",
        ].joined(separator: "\n")
        let found = blocks(text)
        #expect(found.first { $0.kind == .annex }?.text == "2071年5月3日弗里多尼亚常驻联合国代表给秘书长的信的附件")
        #expect(found.contains { $0.text == "马丁（签名）" })
    }

    @Test func anEnglishSignatureOverTheAnnexCaptionStaysOutOfIt() {
        let caption = "Annex to the letter dated 3 May 2071 from the Permanent Representative of Freedonia to the United Nations addressed to the Secretary-General"
        let text = (Self.englishLetter.prefix(8) + [
            "I have the honour to transmit herewith the report of the Ministry of Fisheries of Freedonia on its harbours (see annex).",
            "Permanent Representative of Freedonia to the United Nations", "(Signed) Marta Ilves",
            caption, "Report of the Ministry of Fisheries of Freedonia on its harbours",
            "1. Freedonia has 14 fishing harbours.", "2. In 2070, the harbours landed 3,400 tonnes of fish.",
        ]).joined(separator: "\n\n") + "\n"
        let found = blocks(text)
        #expect(found.first { $0.kind == .annex }?.text == caption)
        #expect(found.contains { $0.text == "(Signed) Marta Ilves" })
    }
}
