import ParityTestSupport
import Testing
@testable import ParityCore

/// A bilateral agreement in a script without spaces whose opening (the two Governments named in full, their short
/// name in parentheses) is no shorter than its clauses: the preamble is known by its whole shape, clauses ending with
/// a comma down to the words of agreement ending with a colon, and its units are preambular paragraphs, not title
/// lines. Constructed Chinese text (a made-up agreement).
@Suite struct ConstructedShortClausePreambleTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private static let articles = [
        "第一条　目标", "本协定的目标是发展双方在养蜂方面的合作。", "",
        "第二条　联合工作组", "1．双方设立联合工作组。", "2．工作组每年举行一次会议。", "",
        "第三条　生效", "本协定自签署之日起生效。",
    ]

    @Test func anOpeningNoLongerThanItsClausesOpensThePreamble() {
        let text = ([
            "弗里多尼亚共和国政府和博尔杜利亚共和国政府关于养蜂合作的协定",
            "弗里多尼亚共和国政府和博尔杜利亚共和国政府（以下简称“双方”），",
            "希望加强两国养蜂人之间的交流，",
            "注意到双方山区有3 200个蜂场，",
            "达成协议如下：",
            "",
        ] + Self.articles).joined(separator: "\n") + "\n"
        let document = segment(text)
        let front = document.blocks.prefix { $0.kind != .article }
        #expect(!front.contains { $0.kind == .title })
        #expect(front.filter { $0.kind == .unnumberedParagraph }.map(\.text) == [
            "弗里多尼亚共和国政府和博尔杜利亚共和国政府（以下简称“双方”），", "希望加强两国养蜂人之间的交流，", "注意到双方山区有3 200个蜂场，",
        ])
        #expect(OutlineFacts(document).preamble == 2)
    }

    @Test func shortNamesEndingWithCommasOpenNoPreamble() {
        // A list of names, each a few letters and a comma, is no run of clauses.
        let text = ([
            "弗里多尼亚共和国政府和博尔杜利亚共和国政府关于养蜂合作的协定",
            "签署国：", "弗里多尼亚，", "博尔杜利亚，", "叙尔达维亚：",
            "",
        ] + Self.articles).joined(separator: "\n") + "\n"
        #expect(OutlineFacts(segment(text)).preamble == nil)
    }
}
