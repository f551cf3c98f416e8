import ParityCore
import Testing

/// Issue 11, item 7: many unnumbered paragraphs in one article. Labels are
/// counted once per version (not by rescanning the article for every
/// finding, which made `check` quadratic); each extra paragraph is still
/// named by its place among the article's unnumbered paragraphs. Scaling is
/// measured by `ParityBenchmarks many-children`, not here.
@Suite struct ManyChildrenLabelTests {
    @Test func everyExtraParagraphOfAnArticleIsNamedByItsPlace() throws {
        let english = try AlignTestFixtures.udhr("eng")
        let article = try #require(english.blocks.firstIndex { $0.kind == .article })
        let articleID = english.blocks[article].id
        var insertAt = article + 1
        while insertAt < english.blocks.count, english.blocks[insertAt].parent == articleID { insertAt += 1 }
        let existing = english.blocks[(article + 1)..<insertAt].filter { $0.kind == .unnumberedParagraph }.count
        var many = english
        many.blocks.insert(contentsOf: (0..<500).map {
            Block(id: "art1-extra\($0)", kind: .unnumberedParagraph, text: "Constructed word \($0).", parent: articleID)
        }, at: insertAt)
        let findings = ParityChecker().check(Aligner(pivot: 0).align([many, english]))
        let labels = Set(findings.flatMap(\.locations).filter { $0.version == 0 }
            .flatMap { zip($0.blockIDs, $0.labels) }.filter { $0.0.hasPrefix("art1-extra") }.map { "\($0.0) \($0.1)" })
        let expected = Set((0..<500).map { "art1-extra\($0) article 1, unnumbered paragraph \(existing + $0 + 1)" })
        #expect(labels == expected)
    }
}
