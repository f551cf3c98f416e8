import Testing
@testable import ParityCore

/// An annex caption known by the title it repeats, measured by letters and figures (`TitleRepeatCaption`,
/// `BlockClassifier.titleRepeatCaptions`), whatever the annex word, its place, or the script's spaces.
/// Documents `dev/noteverbale-lampwrights` (en, ee, wuu, fa, ar), `dev/letter-lorimers` (en, ff),
/// `dev/letter-thimblemakers` (en, ee: no annex).
@Suite struct TitleRepeatCaptionTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    private func repeats(_ caption: String, _ title: String) -> Bool {
        TitleRepeatCaption.repeats(scalars(caption), titles: [TitleRepeatCaption.Title(scalars(title))])
    }

    private let title = "Note verbale dated 4 March 2040 from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat"

    @Test func captionWithAnExtraWordAnywhereRepeatsTheTitle() {
        #expect(repeats("Annex to the note verbale dated 4 March 2040 from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat", title))
        // The annex word inside, not first or last.
        #expect(repeats("Note verbale dated 4 March 2040, annexed, from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat", title))
        // Broken elsewhere than the title, and inflected a little.
        #expect(repeats("Annex to the note verbale dated 4 March 2040 from the Permanent Missions of Freedonia to the United Nations addressed to the Secretariat", title))
    }

    @Test func scriptWithoutSpacesIsReadByItsLetters() {
        #expect(repeats("2040年3月4号弗里多尼亚常驻联合国代表团 拨秘书处个普通照会个附件", "2040年3月4号弗里多尼亚常驻联合国代表团 拨秘书处个普通照会"))
        // The title alone, repeated as a heading, adds no word: no annex.
        #expect(!repeats("2040年3月4号弗里多尼亚常驻联合国代表团拨秘书处个普通照会", "2040年3月4号弗里多尼亚常驻联合国代表团 拨秘书处个普通照会"))
    }

    @Test func figuresMustBeTheTitles() {
        // Another date: another letter's title.
        #expect(!repeats("Annex to the note verbale dated 5 March 2040 from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat", title))
        // No figure at all.
        #expect(!repeats("Annex to the note verbale from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat", title))
        // Digits of another script, the same values.
        #expect(repeats("پیوست یادداشت شفاهی مورخ ۴ مارس ۲۰۴۰ هیئت نمایندگی دائم فریدونیا نزد سازمان ملل متحد خطاب به دبیرخانه",
                        "یادداشت شفاهی مورخ 4 مارس 2040 هیئت نمایندگی دائم فریدونیا نزد سازمان ملل متحد خطاب به دبیرخانه"))
    }

    @Test func runningTextThatQuotesTheTitleIsNoCaption() {
        // A lead-in that quotes the title and ends with a colon.
        #expect(!repeats("Further to the note verbale dated 4 March 2040 from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat:", title))
        // A sentence.
        #expect(!repeats("The note verbale dated 4 March 2040 from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat is annexed.", title))
        // The title quoted inside a longer clause: most of the line is not the title.
        #expect(!repeats("With reference to the note verbale dated 4 March 2040 from the Permanent Mission of Freedonia to the United Nations addressed to the Secretariat and to the reply of the Secretariat concerning the lamp workshops and their funding in the northern valleys", title))
    }

    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func hanCaptionAfterTheFootnoteRuleOpensTheAnnex() {
        let text = """
        联合国
        A/86/233
        大会
        Distr.: General
        2040年3月9号

        2040年3月4号弗里多尼亚常驻联合国代表团
        拨秘书处个普通照会

        弗里多尼亚常驻联合国代表团向秘书处致意，谨转递关于弗里多尼亚灯具工场个资料。¹

        弗里多尼亚常驻联合国代表团借此机会向秘书处重申最崇高个敬意。

        __________________
        ¹ 2039年12月18号通过。

        2040年3月4号弗里多尼亚常驻联合国代表团
        拨秘书处个普通照会个附件

        关于弗里多尼亚灯具工场个资料

        1. 弗里多尼亚有62家灯具工场。

        2. 2039年，各工场做了14 500盏太阳能灯。
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2"])
    }

    @Test func bodyQuotingItsTitleOverItsCountHasNoAnnex() {
        let text = """
        United Nations
        A/88/305
        General Assembly
        Distr.: General
        14 June 2033

        Letter dated 12 June 2033 from the Permanent Representative of Ruritania to the United Nations addressed to the Secretary-General

        Further to my letter dated 12 June 2033 from the Permanent Representative of Ruritania to the United Nations addressed to the Secretary-General and its annex, I have the honour to set out the measures taken since then:

        1. The Government opened 12 new thimble workshops in the eastern provinces.

        2. It trained 340 apprentices in metal and leather work.

        I should be grateful if the present letter could be circulated as a document of the General Assembly.
        """
        let document = segment(text)
        #expect(document.blocks.allSatisfy { $0.kind != .annex })
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2"])
    }
}
