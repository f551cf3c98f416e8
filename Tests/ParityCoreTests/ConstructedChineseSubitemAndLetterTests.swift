import Testing
@testable import ParityCore

/// Chinese versions of two UN shapes: the sub-items the other versions label `(i)`, `(ii)`, written `㈠`, `㈡`
/// (`LabelParser`), and a letter whose title line opens with its date, so that the masthead holds no title
/// when its first paragraph comes (`BlockClassifier`: a unit ending with `。` is no title).
@Suite struct ConstructedChineseSubitemAndLetterTests {
    private func segment(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test func parenthesizedIdeographsAreRomanSubitems() {
        func form(_ line: String) -> BlockLabel.Form? { LabelParser.parse(Array(line.unicodeScalars), language: nil)?.form }
        #expect(form("㈠ 在边境地区12个区进行巡逻；") == .subparagraph(key: "i"))
        #expect(form("㈡支持3个区域警察局；") == .subparagraph(key: "ii"))
        #expect(form("㈣ 构建的项目") == .subparagraph(key: "iv"))
        #expect(form("㈩ 构建的项目") == .subparagraph(key: "x"))
        // U+322A (the parenthesized ideograph for Monday) is no numeral; a label needs text after it.
        #expect(form("㈪ 构建的项目") == nil)
        #expect(form("㈠") == nil)
    }

    @Test func chineseSubitemsUnderALetteredItemAreItemsOfTheParagraph() {
        let text = """
        安全理事会，

        回顾其以往的各项决议，

        1. 请特派团执行下列任务：

        (a) 保护平民，包括：

        ㈠ 在边境地区12个区进行巡逻；

        ㈡ 支持3个区域警察局；

        (b) 支持选举进程；

        2. 决定继续处理此案。
        """
        let items = segment(text).filter { $0.kind == .listItem }.map(\.id)
        #expect(items == ["p1-a", "p1-i", "p1-ii", "p1-b"])
    }

    /// The letter's title opens with its date ("2027年3月20日…的信", "Letter dated 20 March 2027 from …"): the title is
    /// that line, as in English, and the short first paragraph below it stays a paragraph.
    @Test func aShortChineseFirstParagraphAfterADatedTitleLineIsNoTitle() {
        let text = """
        联合国
        S/2027/214
        安全理事会

        2027年3月20日鲁里塔尼亚常驻联合国代表给安全理事会主席的信
        　　谨随函转递鲁里塔尼亚政府关于湖区停火执行情况的报告(见附件)。
        　　请将本信及其附件作为安全理事会的文件分发为荷。
        """
        let blocks = segment(text)
        #expect(blocks.filter { $0.metadataField == .title }.map(\.text) == ["2027年3月20日鲁里塔尼亚常驻联合国代表给安全理事会主席的信"])
        #expect(blocks.filter { $0.kind == .unnumberedParagraph }.map { String($0.text.prefix(4)) } == ["谨随函转", "请将本信"])
    }

    /// A letter's salutation on its own line, "主席先生：" ("Mr. President:"), has the shape of a speaker's designation; a
    /// designation alone on its line goes on into the speech below it only in a record of turns (two lines or more open
    /// with one), so the letter's first paragraph stays a paragraph of its own.
    @Test func aLettersSalutationAloneOnItsLineIsNoTurn() {
        let letter = """
        2027年3月20日鲁里塔尼亚常驻联合国代表给安全理事会主席的信

        主席先生：
        　　谨随函转递鲁里塔尼亚政府关于湖区停火执行情况的报告(见附件)。
        　　请将本信及其附件作为安全理事会的文件分发为荷。
        """
        let blocks = segment(letter)
        #expect(!blocks.contains { $0.kind == .speakerTurn })
        #expect(blocks.filter { $0.kind == .unnumberedParagraph }.map { String($0.text.prefix(4)) } == ["谨随函转", "请将本信"])
        let record = """
        主席：
        我请鲁里塔尼亚代表发言。
        诺瓦克先生（鲁里塔尼亚）：
        鲁里塔尼亚支持该决议草案。
        """
        #expect(segment(record).filter { $0.kind == .speakerTurn }.map(\.text) == ["我请鲁里塔尼亚代表发言。", "鲁里塔尼亚支持该决议草案。"])
    }
}
