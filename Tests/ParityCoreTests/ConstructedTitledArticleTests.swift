import Testing
@testable import ParityCore

/// Articles that carry their title on the article line (`ArticleLine.match`):
/// `Article 3 (Title)`, `Article 3. Title`, `Artikel 3 – Titel`, `Статья 3.
/// Название`, `第三条（标题）`. The line numbers the article when the articles
/// form a sequence; the paragraphs under it restart and are scoped to it.
/// Short constructed lines and texts in several languages.
@Suite struct ConstructedTitledArticleTests {
    @Test(arguments: [
        ("Article 3 (Constructed title)", 3, "Article 3"),
        ("Article 3. Constructed title", 3, "Article 3"),
        ("Article premier. Titre construit", 1, "Article premier"),
        ("Artículo 4. Título construido", 4, "Artículo 4"),
        ("Artikel 5 – Konstruierter Titel", 5, "Artikel 5"),
        ("Artigo 6.º – Título construído", 6, "Artigo 6.º"),
        ("Статья 7. Сконструированное название", 7, "Статья 7"),
        ("第八条（构建的标题）", 8, "第八条"),
        ("第9条　構成された見出し", 9, "第9条"),
        ("**Article 10 (Constructed title)**", 10, "Article 10"),
    ] as [(String, Int, String)])
    func titledArticleLines(_ line: String, _ number: Int, _ label: String) {
        let match = ArticleLine.match(Array(line.unicodeScalars))
        #expect(match?.number == number)
        #expect(match?.label == label)
        #expect(match?.titleStart != nil)
        // A titled line is no article title alone.
        #expect(ArticleLine.number(Array(line.unicodeScalars)) == nil)
    }

    @Test(arguments: [
        "Article 5 of the constructed Convention provides for arbitration.",
        "Article 5. The constructed Parties shall cooperate.",
        "Article 5 – the constructed Parties agree",
        "Article 2. Constructed objective ........ 5",
        "Artikel 5 des konstruierten Übereinkommens",
        "第五条规定了构建的仲裁程序。",
    ])
    func sentencesAndContentsEntriesAreNoArticleLines(_ line: String) {
        #expect(ArticleLine.match(Array(line.unicodeScalars))?.titleStart == nil)
        #expect(ArticleLine.number(Array(line.unicodeScalars)) == nil)
    }

    @Test(arguments: [
        ("en", """
        The Parties to this constructed Convention,

        Recalling their constructed commitments,

        Have agreed as follows:

        Article 1 (Constructed terms)
        For the purposes of this constructed Convention, a basin is a constructed area.

        Article 2 (Constructed objective)
        1. The constructed objective is cooperation.
        2. The constructed Parties shall meet.
        """),
        ("de", """
        Die Vertragsparteien dieses konstruierten Übereinkommens –

        eingedenk ihrer konstruierten Verpflichtungen –

        sind wie folgt übereingekommen:

        Artikel 1 – Konstruierte Begriffe
        Im Sinne dieses konstruierten Übereinkommens ist ein Einzugsgebiet ein konstruiertes Gebiet.

        Artikel 2 – Konstruiertes Ziel
        1. Das konstruierte Ziel ist die Zusammenarbeit.
        2. Die konstruierten Vertragsparteien treten zusammen.
        """),
        ("ru", """
        Стороны настоящей сконструированной Конвенции,

        ссылаясь на свои сконструированные обязательства,

        согласились о нижеследующем:

        Статья 1. Сконструированные термины
        Для целей настоящей сконструированной Конвенции бассейн является сконструированным районом.

        Статья 2. Сконструированная цель
        1. Сконструированной целью является сотрудничество.
        2. Сконструированные Стороны проводят совещания.
        """),
        ("zh", """
        本公约缔约方，

        回顾其构建的承诺，

        兹协议如下：

        第一条（构建的用语）
        为本构建公约的目的，流域是构建的区域。

        第二条（构建的目标）
        1. 构建的目标是合作。
        2. 构建的缔约方应举行会议。
        """),
    ] as [(String, String)])
    func titledArticlesScopeTheirParagraphs(_ language: String, _ text: String) {
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-\(language)").blocks
        #expect(blocks.filter { $0.kind == .article }.map(\.number) == [1, 2], "\(language)")
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["art2-p1", "art2-p2"], "\(language)")
        #expect(blocks.contains { $0.id == "art1-u1" }, "\(language)")
        // The operative formula is no preambular paragraph: an unnumbered heading before article 1.
        let formula = blocks.firstIndex { $0.kind == .heading }
        let firstArticle = blocks.firstIndex { $0.kind == .article }
        #expect(formula != nil && firstArticle == formula.map { $0 + 1 }, "\(language)")
        #expect(blocks.filter { $0.kind == .unnumberedParagraph && $0.parent == nil }.count == 2, "\(language)")
    }
}
