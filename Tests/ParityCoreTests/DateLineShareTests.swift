import Testing
@testable import ParityCore

/// A date line is a date and little more; a line in which a date opens (or
/// closes) a longer phrase is text: a title that begins with its date in the
/// order of Chinese, Japanese, Korean, Hungarian, Turkish (issue 9). The
/// lines are made up.
@Suite struct DateLineShareTests {
    @Test(arguments: [
        "5 April 2028", "7 Nisan 2028", "2028. április 7.", "2028年4月7日", "2028年4月7日星期五", "2028年4月7日（星期五）",
        "2027년 9월 16일", "New York, 6-10 April 2040", "Genève, le 5 avril 2028", "Geneva, 1-5 September",
        "Thursday, 12 July 2006, at 10 a.m.", "Wtorek, 22 września 2026 r., godz. 10.00", "24 June 2024 (Original: English)",
        "9 декабря 2032 года", "2026. gada 1. septembrī", "April 8, 2003", "뉴욕, 2028년 2월 29일-3월 3일", "5 de abril de 2028",
    ])
    func aDateAndLittleMoreIsADateLine(_ line: String) {
        #expect(DateLineShare.isDateLine(Array(line.unicodeScalars)))
    }

    @Test(arguments: [
        "2028年4月5日鲁里塔尼亚常驻联合国代表给", "2027年9月14號自由尼亞常駐聯合國代表團", "2028年4月5日付けルリタニア国際連合常駐代表発",
        "2028년 4월 5일자 루리타니아 국제연합 주재 상임대표가", "2028. április 5-i levél Ruritánia Egyesült Nemzetek mellett",
        "5 Nisan 2028 tarihli Ruritanya Birleşmiş Milletler Daimi Temsilcisinin", "2026. május 12-i keltezésű levél",
        "Letter dated 9 August 2024 from the Permanent Representative",
    ])
    func aDateThatOpensALongerPhraseIsText(_ line: String) {
        #expect(!DateLineShare.isDateLine(Array(line.unicodeScalars)))
    }

    @Test func theHeaderRecognizerReadsTitlesThatBeginWithTheirDateAsNoDate() {
        #expect(HeaderLineRecognizer.recognize("2028年4月5日鲁里塔尼亚常驻联合国代表给") == nil)
        #expect(HeaderLineRecognizer.recognize("2028年4月5日付けルリタニア国際連合常駐代表発") == nil)
        #expect(HeaderLineRecognizer.recognize("2028년 4월 5일자 루리타니아 국제연합 주재 상임대표가") == nil)
        #expect(HeaderLineRecognizer.recognize("5 Nisan 2028 tarihli Ruritanya mektubu") == nil)
        #expect(HeaderLineRecognizer.recognize("2028年4月7日") == .field(.date))
        #expect(HeaderLineRecognizer.recognize("2027년 9월 16일") == .field(.date))
        #expect(HeaderLineRecognizer.recognize("7 Nisan 2028") == .field(.date))
        #expect(HeaderLineRecognizer.recognize("New York, 6-10 April 2040") == .field(.date))
    }

    @Test func aClosingDateIsADateAloneAndATitleThatOpensWithOneIsNot() {
        #expect(ClosingDateLine.isDate(Array("11 December 2038".unicodeScalars)))
        #expect(ClosingDateLine.isDate(Array("2038. december 11.".unicodeScalars)))
        #expect(!ClosingDateLine.isDate(Array("2028. április 5-i szóbeli jegyzék".unicodeScalars)))
    }
}
