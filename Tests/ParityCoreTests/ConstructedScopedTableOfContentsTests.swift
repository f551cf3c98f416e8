import Testing
@testable import ParityCore

/// Contents ranges (`TableOfContentsCheck`) count paragraphs in the
/// heading's own numbering scope, on a constructed report that sets out a
/// draft convention whose article paragraphs restart at 1.
@Suite struct ConstructedScopedTableOfContentsTests {
    @Test func constructedArticleParagraphsDoNotWidenAChaptersRange() {
        let document = PlainTextSegmenter().segment(DecodedText("""
        Contents

        Paragraphs Page
        I. Introduction ........ 1-2 3
        II. Draft convention ........ 3 4

        I. Introduction

        1. Constructed text.

        2. Constructed text.

        II. Draft convention

        3. The constructed draft convention reads as follows:

        Article 1

        1. Constructed first paragraph of the article.

        2. Constructed second paragraph of the article.

        Article 2

        1. Constructed paragraph of the second article.
        """), sourceName: "constructed")
        #expect(document.blocks.filter { $0.parent == "art1" }.map(\.id) == ["art1-p1", "art1-p2"])
        let comparisons = TableOfContentsCheck.compare(document)
        #expect(comparisons.map { "\($0.labelPath) \($0.bodyFirst ?? 0)-\($0.bodyLast ?? 0)" } == ["I 1-2", "II 3-3"])
        #expect(comparisons.allSatisfy { $0.agrees })
        #expect(document.diagnostics.isEmpty)
    }
}
