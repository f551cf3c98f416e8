import Testing
@testable import ParityCore

/// A Han text hard-wrapped by display columns: a full-width character fills two columns, so a wrap at 40 columns
/// leaves lines of 20 characters, and a line of 28 Han characters fills the same margin as one of 30 scalars with
/// ASCII figures. The wrap is measured in columns, never in scalars. Both texts are constructed, wrapped greedily
/// at 56 and 40 columns.
@Suite struct ConstructedHanColumnWrapTests {
    static func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-han-column-wrap.txt")
    }

    /// Wrapped at 56 columns; the paragraphs' lines hold ASCII figures, the annex caption's first line only Han.
    static let reportWithAnnex = """
        关于鲁里塔尼亚木工作坊的报告

        一、导言

        1．本报告介绍鲁里塔尼亚全国木工作坊在二〇四九年的情况，
        以及协会为培训学徒所做的工作。

        2．协会认为，各作坊应当在二〇五〇年底以前完成登记，并且
        每年提交一份关于学徒人数的报告。

        附件

        二〇四九年九月三十日鲁里塔尼亚常驻联合国代表给秘书长的信
        的附件

        木工作坊统计

        1．全国共有1250个木工作坊，其中百分之三十二位于首都地区，
        其余分布在各省。

        2．二〇四八年各作坊共培训学徒4700名，比上一年增加百分之
        十二。
        """

    /// Wrapped at 40 columns: no line reaches 30 scalars.
    static let noteWrappedAtForty = """
        鲁里塔尼亚常驻联合国代表团给秘书长的普通
        照会

        鲁里塔尼亚常驻联合国代表团向秘书长致意，
        并谨转递全国木工作坊协会关于学徒培训的报
        告（见附件）。

        常驻代表团请将本照会及其附件作为大会第二
        委员会议程项目下的文件分发为荷。
        """

    @Test func anAnnexCaptionWrappedAtTheMarginIsOneCaption() {
        let document = Self.segment(Self.reportWithAnnex)
        let annexes = document.blocks.filter { $0.kind == .annex }
        #expect(annexes.map(\.text) == ["附件 二〇四九年九月三十日鲁里塔尼亚常驻联合国代表给秘书长的信 的附件"])
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "annex-p1", "annex-p2"])
    }

    @Test func linesOfTwentyHanCharactersAreAWrap() {
        let document = Self.segment(Self.noteWrappedAtForty)
        #expect(document.blocks.filter { $0.kind == .title }.isEmpty)
        #expect(document.blocks.first?.text == "鲁里塔尼亚常驻联合国代表团给秘书长的普通 照会")
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text) == [
            "鲁里塔尼亚常驻联合国代表团向秘书长致意， 并谨转递全国木工作坊协会关于学徒培训的报 告（见附件）。",
            "常驻代表团请将本照会及其附件作为大会第二 委员会议程项目下的文件分发为荷。",
        ])
    }
}
