import Testing
@testable import ParityCore

/// Paragraph numbers written without a mark (`１　両当事国や…`, a full-width digit and an ideographic space, as Japanese
/// laws set them) restart under article captions that carry their titles (`第二条（合同委員会）`): the captions make the
/// sequence, titled or not. Constructed text (a made-up agreement; the Kikai is an approximation).
@Suite struct ConstructedTitledArticleBareNumberTests {
    private static let agreement = """
    シルダヴィア共和国とボルドゥリア王国とぬ間ぬ荷かご商いぬ協力に関すぃる協定

    両国ぬ手仕事協会ぬ間ぬ協力ば強みりんち望でぃ、

    次ぬ通り協定しゃん。

    第一条（目的）
    この協定ぬ目的や、両当事国ぬ間ぬ荷かごぬ作りと商いば進みりゅんくとぅやん。

    第二条（合同委員会）
    １　両当事国や、１２人ぬ委員から成る合同委員会ば設きゅん。
    ２　合同委員会や、年に少なくとも二回会合ば開きゅん。

    第三条（合同基金）
    １　両当事国や、荷かご作り手ぬ為ぬ合同基金ば設きゅん。
    ２　各当事国や、毎年４５万ユーロば基金に拠出しゅん。
    ３　基金や、毎年少なくとも２４０人ぬ若さる作り手ぬ見習いば助きゅん。

    第四条（効力発生）
    １　この協定や、２０９５年１月１日に効力ば生ずん。
    ２　この協定や、五年間効力ば有しゅん。
    """

    @Test func theNumbersUnderTitledArticlesAreParagraphs() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.agreement), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id)
            == ["art2-p1", "art2-p2", "art3-p1", "art3-p2", "art3-p3", "art4-p1", "art4-p2"])
    }
}
