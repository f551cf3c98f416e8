import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// An article's number printed on the line of its first sentence ("第一条　本协定的目的是…。", "Artículo 1. El propósito …"),
/// in a document that numbers its articles so, is the article's line, the sentence the article's first paragraph: as
/// the version that sets "Article 1" on a line of its own reads. A single such line, a sentence that cites an article
/// ("Article 5 of the Convention provides …") and a titled article line are left as they are. Constructed text (a
/// made-up agreement).
@Suite struct ConstructedRunInArticleTests {
    private static let english = """
        Agreement between the Republic of Ruritania and the Kingdom of Syldavia on kettle foundries

        Have agreed as follows:

        Article 1

        The purpose of this Agreement is to preserve the craft of casting iron kettles.

        Article 2

        The Parties shall establish a joint committee of 10 members.

        Article 3

        Each Party shall contribute 380,000 euros a year to a joint fund.
        """

    private static let chinese = """
        鲁里塔尼亚共和国和锡尔达维亚王国关于铸铁壶作坊的协定

        兹协议如下：

        第一条　本协定的目的是保护铸铁壶铸造技艺。

        第二条　双方应设立一个由10名成员组成的联合委员会。

        第三条　每一方每年应向联合基金提供38万欧元。
        """

    private static let spanish = """
        Acuerdo entre la República de Ruritania y el Reino de Syldavia sobre las fundiciones de teteras

        Han convenido en lo siguiente:

        Artículo 1. El propósito del presente Acuerdo es preservar el oficio de fundir teteras de hierro.
        Artículo 2. Las Partes establecerán un comité mixto de 10 miembros.
        Artículo 3. Cada Parte aportará 380.000 euros al año a un fondo
        conjunto.
        """

    private func segment(_ text: String, _ code: String) -> Document {
        PlainTextSegmenter(language: Language(code: code)).segment(DecodedText(text), sourceName: "constructed-run-in-article.\(code).txt")
    }

    @Test(arguments: [("zh", chinese), ("es", spanish)])
    func constructedRunInArticlesAreArticlesOverTheirSentence(code: String, text: String) {
        let document = segment(text, code)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.number) == [1, 2, 3])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.id) == ["art1-u1", "art2-u1", "art3-u1"])
        #expect(LosslessSegmentationTests.violations(Array(text.utf8), document) == [])
    }

    @Test(arguments: [("zh", chinese), ("es", spanish)])
    func constructedPairIsClean(code: String, text: String) {
        let findings = ParityChecker().check(Aligner().align([segment(Self.english, "en"), segment(text, code)])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue): \($0.message)" } == [])
    }

    @Test func constructedCitationsAndLoneLinesStayParagraphs() {
        let cited = """
            Report of the Committee

            Article 5 of the Convention provides that each State shall report.

            Article 6. The Committee examined the report of Ruritania.
            """
        #expect(segment(cited, "en").blocks.filter { $0.kind == .article }.isEmpty)
        let titled = """
            Convention on kettle foundries

            Article 1. Purpose

            The purpose of this Convention is to preserve the craft.

            Article 2. Joint committee

            The Parties shall establish a joint committee.
            """
        #expect(segment(titled, "en").blocks.filter { $0.kind == .article }.map(\.text) == ["Article 1. Purpose", "Article 2. Joint committee"])
    }
}
