import Testing
import ParityTestSupport
@testable import ParityCore

/// The masthead's title field anchors no link: a version in a language no table knows reads its first unknown
/// masthead line (the session, "یکصد و هشتمین اجلاس") as the title, where the English reads the note's title.
/// Anchored, the two would pair the session with the title and push every front line after it out of place.
/// Constructed dev set `noteverbale-wherries` (en, fa).
@Suite struct FrontMatterTitleAnchorTests {
    @Test func titleFieldIsNoAnchorKey() throws {
        let en = try ConstructedSegmentation.devDocument("noteverbale-wherries", "en")
        let title = try #require(en.blocks.first { $0.metadataField == .title })
        #expect(AnchorKey.of(title) == nil)
        let symbol = try #require(en.blocks.first { $0.metadataField == .symbol })
        #expect(AnchorKey.of(symbol) != nil)
    }

    @Test func constructedFrontLinesPairLineByLine() throws {
        let en = try ConstructedSegmentation.devDocument("noteverbale-wherries", "en")
        let fa = try ConstructedSegmentation.devDocument("noteverbale-wherries", "fa")
        #expect(fa.blocks.first { $0.metadataField == .title }?.text == "یکصد و هشتمین اجلاس")
        let alignment = Aligner().align([en, fa])
        func partner(_ id: String) -> [String] {
            alignment.links.first { $0.blockIDs(in: 0).contains(id) }.map { Array($0.blockIDs(in: 1)) } ?? []
        }
        let session = try #require(en.blocks.first { $0.metadataField == .session }?.id)
        let title = try #require(en.blocks.first { $0.metadataField == .title }?.id)
        let titleLine = try #require(fa.blocks.first { $0.text.hasPrefix("یادداشت شفاهی مورخ") }?.id)
        #expect(partner(session) == [try #require(fa.blocks.first { $0.metadataField == .title }?.id)])
        #expect(partner(title) == [titleLine])
        #expect(partner("u1") == ["u1"])
        #expect(partner("u2") == ["u2"])
    }
}
