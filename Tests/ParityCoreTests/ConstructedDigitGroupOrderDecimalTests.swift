import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Figures in Arabic digit-group order (the thousands group after the rest,
/// `240 1` for 1,240) with a decimal part on the group written first:
/// `240,5 1` (decimal comma) and `۲۴۰٫۵ ۱` (the Arabic decimal separator)
/// are 1,240.5, as in a programme budget's table rows. The groups are kept,
/// so that the same text read as two figures (240.5 and 1) matches a version
/// that writes those two; a text that shows the order in no other figure
/// leaves it undecided (never an error on its own). Constructed passages
/// (dev set `budget-flaxmills`: ar, fa, es).
@Suite struct ConstructedDigitGroupOrderDecimalTests: NumberTextComparing {
    private func numbers(_ code: String, _ text: String) -> [ExtractedNumber] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .number }
    }

    @Test func constructedDecimalOnTheGroupWrittenFirstIsOneFigure() {
        let row = numbers("ar", "التدريب      240,5 1      310,0 1")
        #expect(row.map(\.canonical) == ["1240.5", "1310"])
        #expect(row.allSatisfy { !$0.groupingUndecided })
        #expect(row.first?.spaceGroupReadings == [["1", "240.5"]])
        let persian = numbers("fa", "آموزش      ۲۴۰٫۵ ۱      ۳۱۰٫۰ ۱")
        #expect(persian.map(\.canonical) == ["1240.5", "1310"])
        // Urdu writes a decimal point.
        #expect(numbers("ur", "تربیت  240.5 1  310.0 1").map(\.canonical) == ["1240.5", "1310"])
        #expect(numbers("ar", "المجموع 520,8 2 675,2 2 و 000 250 1").map(\.canonical) == ["2520.8", "2675.2", "1250000"])
    }

    @Test func constructedDigitGroupOrderDecimalsMatchTheOtherVersion() {
        #expect(compare("ar", "التدريب      240,5 1      310,0 1", "es", "Capacitación   1.240,5   1.310,0") == nil)
        #expect(compare("fa", "جمع      ۵۲۰٫۸ ۲      ۶۷۵٫۲ ۲", "en", "Total   2,520.8   2,675.2") == nil)
        #expect(compare("ar", "المجموع      520,8 2      675,2 2", "fa", "جمع      ۵۲۰٫۸ ۲      ۶۷۵٫۲ ۲") == nil)
        // Another figure is still an error where the text shows the order.
        #expect(compare("ar", "التدريب      240,5 1      310,0 1", "es", "Capacitación   1.250,5   1.310,0")?.severity == .error)
    }

    @Test func constructedALoneDecimalInGroupOrderMayBeTwoFigures() {
        // Alone in its text, `240,5 1` is undecided: read as 1,240.5, and as 240.5 and 1 against a version writing those.
        let lone = numbers("ar", "بلغ المؤشر 240,5 1 في السنة")
        #expect(lone.map(\.canonical) == ["1240.5"])
        #expect(lone.first?.groupingUndecided == true)
        #expect(compare("ar", "بلغ المؤشر 240,5 1 في السنة", "es", "El índice llegó a 1.240,5 en el año") == nil)
        #expect(compare("ar", "بلغ المؤشر 240,5 1 في السنة", "es", "El índice llegó a 240,5 en 1 año") == nil)
        #expect(compare("ar", "بلغ المؤشر 240,5 1 في السنة", "es", "El índice llegó a 1.250,5 en el año")?.severity == .warning)
        // Groups that are no digit-group order stay apart: a first group of two digits, a second decimal part.
        #expect(numbers("ar", "12,5 3").map(\.canonical) == ["12.5", "3"])
        #expect(numbers("ar", "240,5 1,5").map(\.canonical) == ["240.5", "1.5"])
        // A language that writes figures in their order reads two figures.
        #expect(numbers("es", "240,5 1").map(\.canonical) == ["240.5", "1"])
    }
}
