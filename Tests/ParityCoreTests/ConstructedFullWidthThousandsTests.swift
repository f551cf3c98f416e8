import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A full-width comma `，` (U+FF0C) or ideographic comma `、` (U+3001)
/// between groups of full-width digits separates thousands where an ASCII
/// comma would (``NumberTokenizer``): before a group of exactly three
/// digits in the digit system of the group before it (`８５，０００ユーロ`
/// against `85,000 euros`). Elsewhere the comma ends the figure: a list of
/// single figures (`第５，６条`), a group of two or four digits, a group in
/// other digits. Constructed passages.
@Suite struct ConstructedFullWidthThousandsTests: NumberTextComparing {
    func figures(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.canonical)
    }

    @Test func constructedFullWidthCommaBeforeThreeDigitsSeparatesThousands() {
        #expect(figures("ja", "基金は８５，０００ユーロとする。") == ["85000"])
        #expect(figures("ja", "参加者は１，２３４，５６７人であった。") == ["1234567"])
        #expect(figures("zh", "共有１２，５００人参加。") == ["12500"])
        #expect(figures("zh", "共有１２、５００人参加。") == ["12500"])
    }

    @Test func constructedFullWidthThousandsMatchTheEnglishFigure() {
        #expect(compare("ja", "修理のため８５，０００ ユーロを充てる。", "en", "85,000 euros are set aside for the repairs.") == nil)
        #expect(compare("zh", "共有１２，５００人参加。", "en", "12,500 people took part.") == nil)
        #expect(compare("ja", "修理のため８５，０００ ユーロを充てる。", "en", "58,000 euros are set aside for the repairs.")?.severity == .error)
    }

    @Test func constructedFullWidthCommaElsewhereEndsTheFigure() {
        // A list of single figures, groups of other lengths, a group in other digits after it.
        #expect(figures("ja", "第５，６条を参照。").filter { $0 == "5" || $0 == "6" }.count == 2)
        #expect(!figures("zh", "第１２，３４条").contains("1234"))
        #expect(!figures("zh", "１９９９，２０００年").contains("19992000"))
        #expect(!figures("ja", "８５，000ユーロ").contains("85000"))
        #expect(!figures("zh", "１、２、３").contains("123"))
    }
}
