@testable import ParityCore
import Testing

/// `PDFLayoutColumns` on constructed `pdftotext -layout` pages (no PDF): two
/// page columns written side by side are put one after the other; tables,
/// titles over both columns, running headers and footers are not split.
@Suite struct PDFLayoutColumnsTests {
    /// A page of `left` and `right` rows, the right column starting at `start` (`nil`: no text on that side).
    static func page(_ rows: [(String?, String?)], start: Int = 44) -> String {
        rows.map { left, right in
            let leftText = left ?? ""
            guard let right else { return leftText }
            return leftText + String(repeating: " ", count: start - leftText.unicodeScalars.count) + right
        }.joined(separator: "\n")
    }

    static func split(_ text: String) -> String { String(decoding: PDFLayoutColumns.split(Array(text.utf8)), as: UTF8.self) }

    static func nonSpace(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.filter { !$0.properties.isWhitespace }.sorted { $0.value < $1.value } }

    @Test func twoColumnsOfProseAreReadLeftThenRight() {
        let text = Self.page([
            ("1. Der Ausschuss begrüßt den Bericht des", "Mitgliedstaaten, die Daten vorgelegt"),
            ("Generalsekretärs über die Migration und", "haben, und bittet um weitere Angaben."),
            ("die Entwicklung in der Region.", nil),
            (nil, "3. Er beschließt, die Frage auf seiner"),
            ("2. Er dankt allen        Regierungen und", "nächsten Tagung weiter zu prüfen."),
        ])
        let split = Self.split(text)
        #expect(split == """
            1. Der Ausschuss begrüßt den Bericht des
            Generalsekretärs über die Migration und
            die Entwicklung in der Region.
            2. Er dankt allen Regierungen und
            Mitgliedstaaten, die Daten vorgelegt
            haben, und bittet um weitere Angaben.
            3. Er beschließt, die Frage auf seiner
            nächsten Tagung weiter zu prüfen.
            """)
        #expect(Self.nonSpace(split) == Self.nonSpace(text))
    }

    @Test func aTitleOverBothColumnsAndTheFooterStayWhereTheyAre() {
        let title = "             ДОКЛАД СПЕЦИАЛЬНОГО КОМИТЕТА ПО ВОДНЫМ РЕСУРСАМ"
        let body = Self.page([
            ("Комитет провел три заседания в течение", "Комитет рекомендует государствам"),
            ("отчетного периода и рассмотрел доклады", "расширить обмен данными о состоянии"),
            ("двенадцати государств-членов региона.", "трансграничных водоносных горизонтов"),
            ("Замечания государств приводятся ниже.", "и сотрудничать с речными комиссиями."),
        ])
        let footer = "24-13579" + String(repeating: " ", count: 70) + "3/12"
        let split = Self.split([title, "", body, "", footer].joined(separator: "\n"))
        let lines = split.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == title)
        #expect(lines.last == footer)
        #expect(lines.contains("двенадцати государств-членов региона."))
        #expect(lines.firstIndex(of: "двенадцати государств-членов региона.")! < lines.firstIndex(of: "Комитет рекомендует государствам")!)
    }

    @Test func aColumnOfWideCharactersUnderShortMastheadLinesIsSplit() {
        // Korean (constructed): `-layout` gives a Hangul syllable, twice as wide as a Latin letter, one cell, so each
        // column's rows are about half as long as its width in cells; the left column opens with short masthead
        // lines. Each side is measured on its own rows.
        let left = [
            "국제연합", "A/80/123", "총회", "배포: 일반", "2025년 3월 4일", "제80차 회기",
            "위원회는 보고 기간 동안 세 차례",
            "회의를 열고 지역 내 열두 개 회원국이",
            "제출한 보고서를 검토하였으며, 모든",
            "보고서가 기한 내에 제출되었음을",
            "확인하였다.",
        ]
        let right = [
            "위원회는 각국이 수문 자료의 교환을",
            "확대하고 지역의 하천 유역 위원회와",
            "협력할 것을 권고하였다. 또한 위원회는",
            "지하수 감시 체계의 구축을 위하여",
            "필요한 기술 지원을 사무국에 요청하고",
            "그 결과를 다음 회기에 보고하도록",
            "결정하였다. 위원회는 회원국들의 자발적",
            "기여에 감사를 표하고 추가 기여를",
            "요청하였다. 다음 회의는 가을에",
            "열릴 예정이다.",
            "위원회는 보고서를 채택하였다.",
        ]
        let text = Self.page(zip(left, right).map { ($0, $1) }, start: 34)
        let split = Self.split(text)
        let lines = split.split(separator: "\n").map(String.init)
        #expect(lines == left + right)
        #expect(Self.nonSpace(split) == Self.nonSpace(text))
    }

    @Test func aTableOfFiguresIsNotSplit() {
        let rows = ["Argentina", "Bangladesh", "Brazil", "Chad", "China", "Croatia"].enumerated().map { index, country in
            country + String(repeating: " ", count: 30 - country.count) + "\(index + 3)          0          \(index)          \(2 * index + 3)"
        }
        let text = rows.joined(separator: "\n")
        #expect(Self.split(text) == text)
    }

    @Test func aRightToLeftPageReadsTheRightColumnFirst() {
        let text = Self.page([
            ("تشجع الدول الأعضاء على خفض تكلفة", "يقدم هذا التقرير عملا بقرار الجمعية"),
            ("التحويلات المالية إلى أقل من ثلاثة", "العامة ويستند إلى مساهمات وردت من"),
            ("في المائة بحلول عام ألفين وثلاثين،", "ثماني وثلاثين دولة عضوا في المنظمة"),
            ("وتوسيع مسارات الهجرة النظامية.", "وست منظمات دولية خلال الفترة."),
        ])
        let lines = Self.split(text).split(separator: "\n").map(String.init)
        #expect(lines.first == "يقدم هذا التقرير عملا بقرار الجمعية")
        #expect(lines.last == "وتوسيع مسارات الهجرة النظامية.")
    }

    @Test func aOneColumnPageIsLeftAsItIs() {
        let text = """
            1.   The Committee welcomed the report of the Secretary-General on the
            situation and requested further information on the programme.
                 2.   It decided to consider the question at its next session.
            """
        #expect(Self.split(text) == text)
    }
}
