import Testing
@testable import ParityCore

/// Paragraph numbers written bare under article captions that the tables know in a form written around the number
/// (`第２条` over `１　両締約国は…` / `２　委員会は…`, the Japanese treaty form: a full-width digit and an ideographic
/// space, no stop): the count that restarts under every article makes them labels (`CaptionRestartedCounts`), and an
/// annex's caption below ends the last article's scope, its items counting from 1 again. Constructed Japanese
/// agreement (fictional States), not a real treaty.
@Suite struct ConstructedArticleCaptionBareNumbersTests {
    private let agreement = """
        ルリタニア共和国とシルダヴィア王国との間の水車の保全に関する協定

        ルリタニア共和国及びシルダヴィア王国（以下「両締約国」という。）は、

        水車の保全の重要性を認識して、

        次のとおり協定した。

        第１条
        目的

        この協定は、水車の保全について定める。

        第２条
        委員会

        １　両締約国は、合同委員会を設置する。

        ２　委員会は、毎年１回会合する。

        第３条
        効力発生

        １　この協定は、２０４２年９月１日に効力を生ずる。

        ２　この協定は、いずれか一方の締約国が通告するまで効力を有する。

        附属書

        水車の一覧

        １　クロウの水車

        ２　ソホドの水車

        ３　ドブルノウクの水車
        """

    @Test func constructedBareNumbersUnderArticleCaptionsAreParagraphs() {
        let document = PlainTextSegmenter().segment(DecodedText(agreement), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
            == ["art2-p1", "art2-p2", "art3-p1", "art3-p2", "annex-p1", "annex-p2", "annex-p3"])
        #expect(document.block(id: "art2-p1")?.text == "両締約国は、合同委員会を設置する。")
    }
}
