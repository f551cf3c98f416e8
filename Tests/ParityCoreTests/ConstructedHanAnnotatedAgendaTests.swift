import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// An annotated agenda in Chinese whose items are set apart by blank lines, each item's title on its line and its
/// annotation on the next with no blank line between (`1、会议开幕` / `会议由主席…宣布开幕。`): the document repeats the
/// shape, so each annotation is a paragraph of its own under its item, as an English version's capitals would show.
/// A constructed agenda.
@Suite struct ConstructedHanAnnotatedAgendaTests {
    static let constructedAgenda = """
        联合国\tICWB/2044/1/Add.1
        木篮国际委员会\tDistr.: General
        \t5 January 2044
        \tOriginal: English
        第三届会议
        临时议程说明

        1、会议开幕
        会议将由主席于2044年3月9日星期一上午10时宣布开幕。

        2、选举主席团成员
        委员会将选举主席一名、副主席两名和报告员一名。

        3、通过议程
        临时议程已由主席团于2043年12月12日核准。

        4、2045年预算
        2045年拟议预算为235万美元。

        5、通过报告
        委员会将于2044年3月13日星期五通过其报告。
        """

    @Test func constructedAnnotationsUnderHanItemTitles() {
        let document = ConstructedSegmentation.segment(Self.constructedAgenda, "constructed-han-annotated-agenda.zh.txt").document
        #expect(document.numberedParagraphs.map(\.text) == ["会议开幕", "选举主席团成员", "通过议程", "2045年预算", "通过报告"])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 5)
    }

    /// A hard-wrapped paragraph's first line fills the width: no title, nothing split.
    @Test func constructedWrappedHanParagraphsAreNotSplit() {
        let text = """
            1、委员会注意到两国共有五千六百个作坊用纸板和木材制作篮子并出口到
            邻近的三个国家。

            2、委员会同意自二〇四五年七月一日起取消篮子的关税并每年审查两国
            的税率。

            3、委员会欢迎建立传统图案联合登记册该登记册已收录六百四十种图案
            和样式。
            """
        let document = ConstructedSegmentation.segment(text, "constructed-han-wrapped-paragraphs.zh.txt").document
        #expect(document.numberedParagraphs.count == 3)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.isEmpty)
    }
}
