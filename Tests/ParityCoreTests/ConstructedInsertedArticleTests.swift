import Foundation
import Testing
@testable import ParityCore

/// Structure read from the article count (docs/structure-inference.md,
/// "Inserted articles, ordinal first articles, section-numbered paragraphs,
/// preambles of short clauses"). Constructed text.
@Suite struct ConstructedInsertedArticleTests {
    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test(arguments: [
        ("Artículo", "1o", "2 bis", "2 ter"),
        ("Article", "1er", "2 bis", "2 ter"),
        ("Статья", "1", "2-бис", "2-тер"),
        ("Статья", "1", "2 бис", "2 тер"),
        ("Article", "premier", "2bis", "2 TER"),
    ] as [(String, String, String, String)])
    func insertedArticlesKeepTheCount(_ word: String, _ first: String, _ bis: String, _ ter: String) {
        let text = """
        \(word) \(first)

        The constructed objective of the agreement.

        \(word) 2

        1. The first constructed paragraph of the second article.

        2. The second constructed paragraph of the second article.

        \(word) \(bis)

        1. The first constructed paragraph of the inserted article.

        \(word) \(ter)

        1. The first constructed paragraph of the second inserted article.

        2. The second constructed paragraph of the second inserted article.

        \(word) 3

        1. The first constructed paragraph of the third article.
        """
        let all = blocks(text)
        let articles = all.filter { $0.kind == .article }
        #expect(articles.map(\.id) == ["art1", "art2", "art2bis", "art2ter", "art3"], "\(word) \(bis)")
        #expect(articles.map(\.number) == [1, 2, nil, nil, 3])
        #expect(articles[2].label == "2 bis")
        #expect(all.filter { $0.kind == .paragraph }.map(\.id)
            == ["art2-p1", "art2-p2", "art2bis-p1", "art2ter-p1", "art2ter-p2", "art3-p1"])
    }

    @Test func chineseInsertedArticleAndLineShapes() {
        #expect(ArticleLine.match(Array("第二条之二".unicodeScalars))?.form == .inserted(rank: 2))
        #expect(ArticleLine.match(Array("Article 1er".unicodeScalars))?.form == .ordinalMarked)
        #expect(ArticleLine.match(Array("Article 5 of the Convention provides".unicodeScalars)) == nil)
        // An ordinal-marked number the count does not go on from is no article.
        let kept = ArticleLine.sequence([
            ArticleLine.Candidate(index: 1, number: 1, form: .ordinalMarked),
            ArticleLine.Candidate(index: 3, number: 4, form: .plain),
            ArticleLine.Candidate(index: 5, number: 5, form: .plain),
        ])
        #expect(kept.numbers == [3: 4, 5: 5])
        // An inserted article off the running count is left out.
        let off = ArticleLine.sequence([
            ArticleLine.Candidate(index: 1, number: 1, form: .plain),
            ArticleLine.Candidate(index: 2, number: 5, form: .inserted(rank: 2)),
            ArticleLine.Candidate(index: 3, number: 2, form: .plain),
        ])
        #expect(off.numbers == [1: 1, 3: 2] && off.inserted.isEmpty)
    }

    @Test func sectionNumberedParagraphsAndTheirSymbol() {
        let text = """
        A/87/6 (Secc. 14)

        Sección 14
        Vías navegables

        I. Orientación general

        14.1 La Comisión se encarga de 38 esclusas.

        14.2 En 2031 pasaron 12.400 embarcaciones.

        Cuadro 14.1
        Componente  2031  2033
        Total  1.660,8  1.733,4

        14.3 Los recursos propuestos aumentan un 4 %.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.metadata.symbol == "A/87/6 (Secc. 14)")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p14.1", "p14.2", "p14.3"])
        // Without the section announced, `14.1` numbers nothing.
        let bare = PlainTextSegmenter().segment(DecodedText(text.replacingOccurrences(of: "Sección 14\n", with: "")
            .replacingOccurrences(of: "A/87/6 (Secc. 14)", with: "A/87/6")), sourceName: "constructed")
        #expect(bare.blocks.filter { $0.kind == .paragraph }.isEmpty)
    }

    /// Every label alone on its line with the text on the next (`31.1` / `The Rural Mills Office …`), no blank lines:
    /// the same section-numbered paragraphs (`dev/budget-gristmills` en).
    @Test func sectionNumberedParagraphsWithTheirLabelsAlone() {
        let text = """
        A/89/6 (Sect. 31)
        Section 31
        Community grain mills
        I.
        General orientation
        31.1
        The Rural Mills Office supports 214 community grain mills.
        31.2
        In 2033 the mills ground 18,600 tons of grain.
        Table 31.1
        2034 2035
        Total 1,425.5 1,513.3
        31.3
        The resources proposed for 2035 amount to $1,513,300.
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.id) == ["p31.1", "p31.2", "p31.3"])
        #expect(paragraphs.first?.text == "The Rural Mills Office supports 214 community grain mills.")
    }
}
