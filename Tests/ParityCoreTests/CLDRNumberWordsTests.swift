import Testing
@testable import ParityCore

/// `CLDRLanguageData.numberWords`, which reads only a record's number-word
/// field (for `CaptionNumberWords`), against the whole record parsed.
@Suite struct CLDRNumberWordsTests {
    @Test func numberWordsAreThoseOfTheParsedRecord() {
        var withWords = 0
        for code in CLDRLanguageTables.languages {
            guard let record = CLDRLanguageTables.record(code) else { continue }
            let words = CLDRLanguageData.numberWords(record)
            #expect(words == CLDRLanguageData(record).numberWords, "\(code)")
            if !words.isEmpty { withWords += 1 }
        }
        #expect(withWords > 50)  // 76 of the 206 records have number words
        #expect(CLDRLanguageData.numberWords("m=a|b;w=one:1,two:2;s=ten:1") == ["one": 1, "two": 2])
        #expect(CLDRLanguageData.numberWords("w=one:1;;x=w=two:2") == ["one": 1])
        #expect(CLDRLanguageData.numberWords("").isEmpty)
    }
}
