import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A summary record whose turns read "Name (Country) says: …" (a word and a colon after every noted designation):
/// the presiding officer's title opens a turn only so too ("Бэрэссэдээтэл этэр: …", "Дарга хэлэв: …"); the title
/// before another word opens a phrase ("Бэрэссэдээтэл ыҥырыытынан …", "Даргын урилгаар …": "at the Chair's
/// invitation, the delegation took places at the table"), the record's first paragraph, no turn. Constructed records
/// (made-up committee, speakers and figures) in the manner of Dolgan and of Mongolian, each an approximation; the
/// Mongolian-like phrase opens with the title's genitive ("Даргын"), a form read once, which no rule took for a turn
/// before either: it guards that a title's turn before its word and colon still opens one.
@Suite struct ConstructedColonAfterWordTurnTests {
    private static let dolganLike = """
    United Nations\tCDCH/C/SR.412
    Committee on Domestic Crafts\tDistr.: General
    \t15 April 2103
    \tOriginal: English
    412-с мунньах кылгас отчуота
    Женеваҕа, 2103 сыл апрель 8 күнүгэр
    Бэрэссэдээтэл: Окафор хотун
    1. Бэрэссэдээтэл ыҥырыытынан Бордурия делегацията Комитет остуолугар олорор.
    2. Вуков тойон (Бордурия) этэр: хотугу провинцияларга 2 180 кэргэн оһох тэрилин оҥорор.
    3. Линдгрен хотун (Дойду докладчига) этэр: Комитет Сокуону үөрэ көрсөр.
    4. Хаддад тойон (Сильдавия) этэр: 2103 сылга 1,6 мөлүйүөн евро көрүллүбүт.
    5. Бэрэссэдээтэл этэр: Комитет доклады көрүүнү аныгыскы мунньаҕар салгыыр.

    """

    private static let mongolianLike = """
    United Nations\tCDCH/C/SR.412
    Committee on Domestic Crafts\tDistr.: General
    \t15 April 2103
    \tOriginal: English
    412 дугаар хуралдааны товч тэмдэглэл
    Женев хотноо, 2103 оны 4 дүгээр сарын 8-нд
    Дарга: Окафор хатагтай
    1. Даргын урилгаар Бордурийн төлөөлөгчид Хорооны ширээний ард суув.
    2. Вуков ноён (Бордури) хэлэв: хойд мужуудад 2 180 өрх зуухны хэрэгсэл хийдэг.
    3. Линдгрен хатагтай (Улсын илтгэгч) хэлэв: Хороо хуулийг сайшааж байна.
    4. Хаддад ноён (Сильдави) хэлэв: 2103 онд 1,6 сая евро төсөвлөсөн.
    5. Дарга хэлэв: Хороо илтгэлийг дараагийн хуралдаанаар үргэлжлүүлнэ.

    """

    @Test(arguments: [("dolgan-like", "Бэрэссэдээтэл"), ("mongolian-like", "Дарга")])
    func constructedTitleOpensATurnOnlyBeforeItsWordAndColon(name: String, title: String) {
        let text = name == "dolgan-like" ? Self.dolganLike : Self.mongolianLike
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-colon-after-word-\(name).txt")
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.compactMap(\.number) == [1, 2, 3, 4, 5])
        #expect(paragraphs.map { $0.speaker != nil } == [false, true, true, true, true])
        #expect(paragraphs.last?.speaker == title)
    }
}
