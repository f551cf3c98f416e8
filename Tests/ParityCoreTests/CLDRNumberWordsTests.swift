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

    /// `forEachNumberWord`, which makes strings only of the words valued in a range, against `numberWords` filtered;
    /// and the caption number words it makes against their definition (every record parsed whole).
    @Test func numberWordsInARangeAreThoseOfTheParsedRecord() {
        for code in CLDRLanguageTables.languages {
            guard let record = CLDRLanguageTables.record(code) else { continue }
            var pairs: [(String, Int)] = []
            CLDRLanguageData.forEachNumberWord(record, valuedIn: 0...Int.max) { pairs.append(($0, $1)) }
            // Each word once in its field, so the pairs are the dictionary's.
            #expect(pairs.count == CLDRLanguageData.numberWords(record).count, "\(code)")
            #expect(Dictionary(pairs, uniquingKeysWith: { $1 }) == CLDRLanguageData(record).numberWords, "\(code)")
            var small: [String: Int] = [:]
            CLDRLanguageData.forEachNumberWord(record, valuedIn: 1...20) { small[$0] = $1 }
            #expect(small == CLDRLanguageData(record).numberWords.filter { (1...20).contains($0.value) }, "\(code)")
        }
        var found: [(String, Int)] = []
        CLDRLanguageData.forEachNumberWord("m=a|b;w=one:1,two:2,x:+3,y:,forty:40;s=ten:1", valuedIn: 1...20) { found.append(($0, $1)) }
        #expect(found.map(\.0) == ["one", "two", "x"] && found.map(\.1) == [1, 2, 3])
        var definition: [String: Int] = [:], ambiguous: Set<String> = []
        for code in CLDRLanguageTables.languages {
            guard let record = CLDRLanguageTables.record(code) else { continue }
            for (word, value) in CLDRLanguageData(record).numberWords where value >= 1 && value <= CaptionNumberWords.maximumValue {
                let key = word.lowercased()
                if let known = definition[key], known != value { ambiguous.insert(key) }
                definition[key] = value
            }
        }
        for word in ambiguous { definition[word] = nil }
        #expect(CaptionNumberWords.values == definition)
        #expect(definition.count > 500)
    }
}
