import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// An article's title in brackets on the line under its number, as Japanese and Chinese statutes set it (`第二条` /
/// `（合同委員会）`), is the article's title, as `Article 2` / `Joint committee` is in English: no paragraph of its own
/// before the article's first numbered paragraph. Constructed text (a made-up agreement; the Japanese is written for
/// this test).
@Suite struct ConstructedBracketedArticleTitleTests {
    private static let english = """
        Agreement between the Republic of Ruritania and the Kingdom of Syldavia on kettle foundries

        Have agreed as follows:

        Article 1
        Purpose
        The purpose of this Agreement is to preserve the craft of casting iron kettles.

        Article 2
        Joint committee
        1.\tThe Parties shall establish a joint committee of 10 members.
        2.\tThe joint committee shall meet at least twice a year.

        Article 3
        Financing
        1.\tThe Parties shall create a joint fund.
        2.\tEach Party shall contribute 380,000 euros a year to the joint fund.
        """

    private static let japanese = """
        鉄瓶鋳造所に関するルリタニア共和国とシルダビア王国との間の協定

        次のとおり協定した。

        第一条
        （目的）
        この協定の目的は、鉄瓶鋳造の技術を守ることである。

        第二条
        （合同委員会）
        １　両締約者は、十人の委員から成る合同委員会を設置する。
        ２　合同委員会は、少なくとも年二回会合する。

        第三条
        （資金）
        １　両締約者は、合同基金を設ける。
        ２　各締約者は、毎年三十八万ユーロを合同基金に拠出する。
        """

    @Test func constructedBracketedTitleIsTheArticles() {
        let document = ConstructedSegmentation.segment(Self.japanese, "constructed-bracketed-article-title.ja.txt").document
        #expect(document.blocks.filter { $0.kind == .article }.map(\.text) == ["第一条 （目的）", "第二条 （合同委員会）", "第三条 （資金）"])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.id) == ["art1-u1"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["art2-p1", "art2-p2", "art3-p1", "art3-p2"])
    }

    @Test func constructedPairIsClean() {
        let english = ConstructedSegmentation.segment(Self.english, "constructed-bracketed-article-title.en.txt").document
        let japanese = ConstructedSegmentation.segment(Self.japanese, "constructed-bracketed-article-title.ja.txt").document
        let findings = ParityChecker().check(Aligner().align([english, japanese])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue): \($0.message)" } == [])
    }
}
