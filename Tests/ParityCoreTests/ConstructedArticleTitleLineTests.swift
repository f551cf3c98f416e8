import Testing
@testable import ParityCore

/// An article's title set on the line under its number ("Artikel 1" /
/// "Ziel") belongs to the article, as a title on the article's own line
/// ("Article 1. Objective") does: versions that set it differently align
/// article to article and paragraph to paragraph. And the operative formula
/// ("Have agreed as follows:") ends the preamble also when the heading of
/// part I stands between it and article 1.
@Suite struct ConstructedArticleTitleLineTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .map { "\($0.id) \($0.kind.rawValue) | \($0.text)" }
    }

    @Test(arguments: [
        ("Artikel 1\n\nZiel\n\nZiel dieses konstruierten Übereinkommens ist der Schutz.\n\nArtikel 2\n\nPflichten\n\n1. Jede Vertragspartei handelt.\n",
         ["art1 article | Artikel 1 Ziel", "art1-u1 unnumberedParagraph | Ziel dieses konstruierten Übereinkommens ist der Schutz.",
          "art2 article | Artikel 2 Pflichten", "art2-p1 paragraph | Jede Vertragspartei handelt."]),
        ("Статья 1\nЦЕЛЬ\nЦель настоящей сконструированной Конвенции состоит в охране.\nСтатья 2\nОбязательства\n1. Каждая Сторона действует.\n",
         ["art1 article | Статья 1 ЦЕЛЬ", "art1-u1 unnumberedParagraph | Цель настоящей сконструированной Конвенции состоит в охране.",
          "art2 article | Статья 2 Обязательства", "art2-p1 paragraph | Каждая Сторона действует."]),
    ] as [(String, [String])])
    func constructedTitleUnderTheArticleNumber(_ text: String, _ expected: [String]) {
        #expect(outline(text) == expected)
    }

    /// A lead-in ending with a colon, or a sentence, right under the number is the article's text, not its title.
    @Test func constructedLeadInOrSentenceIsNoTitle() {
        let text = "Artikel 1\n\nIm Sinne dieses konstruierten Übereinkommens:\n\na) bezeichnet der Ausdruck „Fläche“ eine Fläche.\n\nArtikel 2\n\nJede Vertragspartei handelt.\n"
        let lines = outline(text)
        #expect(lines.contains("art1 article | Artikel 1"))
        #expect(lines.contains("art2 article | Artikel 2"))
        #expect(lines.contains("art2-u1 unnumberedParagraph | Jede Vertragspartei handelt."))
    }

    @Test func constructedOperativeFormulaBeforeThePartHeading() {
        let text = """
        Konstruiertes Übereinkommen

        Die Vertragsparteien dieses konstruierten Übereinkommens –

        in der Erkenntnis, dass konstruierte Flächen wichtig sind,

        entschlossen, zusammenzuarbeiten –

        sind wie folgt übereingekommen:

        TEIL I
        ALLGEMEINE BESTIMMUNGEN

        Artikel 1

        Ziel

        Ziel ist der Schutz.

        TEIL II
        PFLICHTEN

        Artikel 2

        Pflichten

        1. Jede Vertragspartei handelt.
        """
        let lines = outline(text)
        #expect(lines.contains("h-u1 heading | sind wie folgt übereingekommen:"))
        #expect(lines.filter { $0.contains("unnumberedParagraph") }.count == 4)
    }
}
