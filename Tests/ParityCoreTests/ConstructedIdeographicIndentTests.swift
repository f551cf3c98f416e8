import Testing
@testable import ParityCore

/// Han and kana text indents with ideographic spaces (U+3000): an item set `　（ａ）　…` with its wrapped rest indented
/// `　　　…` under it is one item, as an item indented with ASCII spaces is, and a masthead line of two columns set
/// apart by ideographic spaces is no running text. Constructed text (a made-up resolution; the Yaeyama is an
/// approximation).
@Suite struct ConstructedIdeographicIndentTests {
    private static let resolution = """
    国際連合　　　　　　　　　　　　　　　　　　A/RES/147/88

    総会　　　　　　　　　　　　　　　　　　　　Distr.: General
    　　　　　　　　　　　　　　　　　　　　　　２０９２年１２月２２日

    １４７／８８．　ちぶる碗ぬ手わざゆ守るん

    総会や、

    １．　事務総長ぬ報告（A/147/301）ゆ歓迎し、

    ２．　事務総長んかい、次ぬことゆ求み、

    　（ａ）　２０９３年９月３０日までぃにちぶる碗作り
    　　　人ぬ名簿ゆ作ること、

    　（ｂ）　２０９３年にクロウさ専門家ぬ会合ゆ開く
    　　　こと、

    　（ｃ）　総会ぬ第１４９回会期んかい報告すること、

    ３．　第１４９回会期にくぬ問題ゆ審議することゆ決みる。
    """

    @Test func anItemsIndentedRestIsTheItems() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.resolution), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .listItem }.map(\.id) == ["p2-a", "p2-b", "p2-c"])
        #expect(blocks.first { $0.id == "p2-b" }?.text.hasSuffix("会合ゆ開く こと、") == true)
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3])
    }

    @Test func ideographicSpacesAroundALineAreNoContent() {
        let bytes = Array("　　（ａ）　text　\n".utf8)
        let line = LineScanner.lines(in: bytes)[0]
        #expect(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self) == "（ａ）　text")
    }

    @Test func ideographicSpacesSetColumnsApart() {
        let bytes = Array("総会　　　　Distr.: General\n".utf8)
        #expect(HardWrapContinuation.hasColumnGap(bytes, LineScanner.lines(in: bytes)[0]))
        let indented = Array("　　　人ぬ名簿ゆ作ること、\n".utf8)
        #expect(!HardWrapContinuation.hasColumnGap(indented, LineScanner.lines(in: indented)[0]))
    }
}
