import Testing
import ParityTestSupport
@testable import ParityCore

/// In a text wrapped by a count of characters to a stable right margin (`HardWrapContinuation.rightMargin`), a line
/// that could have taken the next line's first word ends its unit; a line that reaches the margin goes on, whatever
/// the next line begins with. All texts here are constructed (fictional States and figures).
@Suite struct RightMarginParagraphEndTests {
    static func segment(_ text: String, _ name: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        #expect(!PDFExtractionDetector.looksExtracted(decoded.utf8))
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: name))
    }

    static func texts(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.text)
    }

    /// The heading's and the title's short lines end their units before the opening; the clause that stops short of
    /// the margin ends before "Concerned"; "4,700 …" goes on.
    @Test func constructedEnglishResolutionWithoutMastheadKeepsItsOpeningAndClausesApart() {
        let text = """
            Resolution adopted by the General Assembly on 14 December 2034
            89/231. Traditional log-hive beekeeping
            The General Assembly,
            Noting, on the basis of the replies received from States, that some
            4,700 log-hive apiaries remain active in 31 Member States,
            Concerned that 45 per cent of traditional beekeepers are over 65 years
            of age,
            Recognizing the contribution of wild bee colonies to the pollination
            of forests, orchards and food crops,
            1. Encourages Member States to record log-hive apiaries in their
            national inventories of intangible cultural heritage and to report on
            them by 31 December 2036;
            2. Invites the Food and Agriculture Organization of the United Nations
            to prepare technical guidance on the protection of wild colonies;

            """
        let (bytes, document) = Self.segment(text, "constructed-margin-resolution.en.txt")
        #expect(Self.texts(document, .unnumberedParagraph) == [
            "The General Assembly,",
            "Noting, on the basis of the replies received from States, that some 4,700 log-hive apiaries remain active in 31 Member States,",
            "Concerned that 45 per cent of traditional beekeepers are over 65 years of age,",
            "Recognizing the contribution of wild bee colonies to the pollination of forests, orchards and food crops,",
        ])
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Under a title set on one line, longer than the wrap, the words of agreement in lower case after a clause that
    /// stops short of the margin are a unit of their own; a capital after a full line goes on.
    @Test func constructedItalianAgreementWordsAfterAShortClauseLineStandApart() {
        let text = """
            ACCORDO TRA LA REPUBBLICA DI NORVANIA E IL REGNO DI QUARVIA SULLA SEGNALETICA DEI SENTIERI DI CONFINE
            La Repubblica di Norvania e il Regno di Quarvia, di seguito denominati
            "le Parti",
            Considerando che i sentieri di confine attraversano i pascoli, i
            boschi e le valli comuni,
            Desiderose di rafforzare la cooperazione tra le autorità locali delle
            due Parti,
            hanno convenuto quanto segue:
            Articolo 1
            Le Parti installano cartelli bilingui lungo i sentieri di confine
            elencati nell'allegato entro il 31 dicembre 2036.
            Articolo 2
            Ciascuna Parte sostiene le spese dei cartelli posti sul proprio
            territorio e ne cura la manutenzione.

            """
        let (bytes, document) = Self.segment(text, "constructed-margin-treaty.it.txt")
        #expect(document.blocks.contains { $0.text == "hanno convenuto quanto segue:" })
        #expect(document.blocks.contains { $0.text == "Desiderose di rafforzare la cooperazione tra le autorità locali delle due Parti," })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A hand wrap near the margin before a figure ("… en 2035 y en" / "2036, …") breaks no paragraph.
    @Test func constructedSpanishHandWrapNearTheMarginGoesOn() {
        let text = """
            La Asamblea General,
            Recordando su resolución 87/118, de 10 de diciembre de 2032, relativa al
            desarrollo rural, y su resolución 88/64, de 21 de diciembre de 2033,
            Preocupada porque el 45 % de los apicultores tradicionales supera la
            edad de 65 años,
            1. Alienta a los Estados Miembros a que inscriban los colmenares de
            troncos en sus inventarios nacionales del patrimonio cultural;
            2. Invita a la Organización de las Naciones Unidas para la Alimentación
            y la Agricultura a que elabore orientaciones técnicas en 2035 y en
            2036, en consulta con los Estados de la región.

            """
        let (bytes, document) = Self.segment(text, "constructed-margin-handwrap.es.txt")
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
        #expect(Self.texts(document, .paragraph).last?.hasSuffix("2036, en consulta con los Estados de la región.") == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Han text is measured in display columns: a full line of Han characters goes on into a date, a short clause
    /// line ends its clause.
    @Test func constructedChineseMarginInDisplayColumns() {
        let text = """
            大会，
            回顾其2032年12月10日关于农村发展的第87/118号决议，
            注意到根据各国提交的答复，31个会员国境内仍有约4 700个树干蜂
            桶蜂场在使用，
            关切地注意到45%的传统养蜂人年龄超过65岁，
            确认野生蜂群对诺瓦尼亚和夸维亚的森林、果园和粮食作物授粉所作
            的贡献，
            1.　鼓励会员国将树干蜂桶蜂场列入本国非物质文化遗产清单，并在
            2036年12月31日之前提出报告；
            2.　邀请联合国粮食及农业组织编写关于保护野生蜂群及其森林栖息
            地的技术指导。

            """
        let (bytes, document) = Self.segment(text, "constructed-margin-columns.zh.txt")
        #expect(Self.texts(document, .unnumberedParagraph).count == 5)
        #expect(Self.texts(document, .paragraph).first?.hasSuffix("2036年12月31日之前提出报告；") == true)
        #expect(Self.texts(document, .paragraph).count == 2)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// The margin is measured on the lines that go on mid-sentence, not on a longer title line.
    @Test func marginIsMeasuredOnRunningLines() {
        let text = """
            A TITLE SET ON ONE LINE THAT IS MUCH LONGER THAN THE WRAP OF THE BODY TEXT BELOW IT
            The body text of this constructed note is wrapped by a count of
            characters at a margin of about sixty-five columns so that each
            line stops only where the next word would not have fitted on it
            and the longest running line that goes on in lower case gives
            the margin of the whole text.

            """
        let decoded = DecodedText(text)
        let lines = LineScanner.lines(in: decoded.utf8)
        let wrap = HardWrapContinuation(decoded.utf8, lines)
        #expect(wrap.rightMargin == 63)
    }

    /// In `pdftotext -layout` style (first lines indented deeper, spaces after the paragraph number) the gap after
    /// "2." is no table column: the wrapped line that opens with a date goes on in paragraph 2.
    @Test func constructedLayoutResolutionParagraphGoesOnIntoADate() {
        let text = """
                            Resolution 2987 (2034)
                            Adopted by the Security Council at its 9987th meeting, on
                            3 March 2034
                            The Security Council,
                            Recalling its resolutions 2876 (2031) and 2931 (2032) on the
                       situation in the Norvanian highlands,
                            Acting under Chapter VII of the Charter of the United Nations,
                            1.    Decides to renew until 31 March 2035 the measures set out in
                       paragraph 4 of resolution 2876 (2031);
                            2.    Requests the Secretary-General to report to it by
                       1 September 2034 on the implementation of the present resolution;
                            3.    Decides to remain seized of the matter.

            """
        let (bytes, document) = Self.segment(text, "constructed-layout-resolution.en.txt")
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3])
        #expect(Self.texts(document, .paragraph).dropFirst().first?.hasSuffix("1 September 2034 on the implementation of the present resolution;") == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
