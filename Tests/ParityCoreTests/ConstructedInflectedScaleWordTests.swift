import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A scale word with a case ending glued to it, in languages that chain
/// their endings and whose scale forms no hand table lists: Uzbek
/// `1,6 milliongacha` ("up to 1.6 million"), Kazakh `2,5 миллионнан`,
/// and English `million` read by the general convention in a language
/// without tables (`millionhasai`). Any ending of letters up to the stem's
/// length counts for a stem of six letters or more; hand tables keep short
/// endings, so a compound of another sense (`Millionenstädte`,
/// `тысячелетия`) is no scale. Constructed passages (dev set
/// `report-nailsmiths`: uz, fr).
@Suite struct ConstructedInflectedScaleWordTests: NumberTextComparing {
    private func amounts(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .amount }.map(\.canonical)
    }

    @Test func constructedLongCaseEndingsOnAScaleWord() {
        #expect(amounts("uz", "mablag‘lari 1,6 milliongacha oshadi") == ["1600000"])
        #expect(amounts("uz", "2,5 millionlarga yetdi") == ["2500000"])
        #expect(amounts("uz", "3,4 milliondan ortiq") == ["3400000"])
        #expect(amounts("kk", "2,5 миллионнан астам") == ["2500000"])
        // A language without tables reads the English scale words, with any ending.
        #expect(amounts("vep", "kazvoi 1,6 millionhasai dollaroihesai") == ["1600000"])
        #expect(compare("uz", "mablag‘lari 1,6 milliongacha oshadi.", "fr", "Les ressources passeront à 1,6 million de dollars.") == nil)
    }

    @Test func constructedWordsThatOnlyStartWithAScaleWord() {
        // A rest longer than the stem is another word joined to it.
        #expect(amounts("uz", "3 millionxonadonlikshaharlar").isEmpty)
        // Hand tables list their forms: a compound of another sense is no scale.
        #expect(amounts("de", "2 Millionenstädte").isEmpty)
        #expect(amounts("ru", "за 2 тысячелетия").isEmpty)
        // A five-letter stem takes four letters at most.
        #expect(WordPhraseTable(["abcde": 3], longEndings: true).inflectedOneWord("abcdefghij") == nil)
        #expect(WordPhraseTable(["abcde": 3], longEndings: true).inflectedOneWord("abcdefg") == 3)
        #expect(WordPhraseTable(["abcdef": 6], longEndings: true).inflectedOneWord("abcdefghijkl") == 6)
        #expect(WordPhraseTable(["abcdef": 6], longEndings: true).inflectedOneWord("abcdefghijklm") == nil)
        #expect(WordPhraseTable(["abcdef": 6]).inflectedOneWord("abcdefghijk") == nil)
    }
}
