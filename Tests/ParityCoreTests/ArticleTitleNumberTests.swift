import ParityCore
import Testing

@Suite struct ArticleTitleNumberTests {
    @Test(arguments: [
        ("Artículo 1", 1), ("Article premier", 1), ("Article 2", 2), ("Статья 1", 1), ("المادة 1", 1),
        ("المادة ٢٩", 29), ("第一条", 1), ("第二十九条", 29), ("第三十条", 30), ("Article XXIV", 24),
        ("Artículo primero", 1), ("第１２条", 12),
    ])
    func titleGivesNumber(_ title: String, _ number: Int) {
        #expect(ArticleTitleNumber.number(in: title) == number)
    }

    @Test(arguments: ["Article", "Preamble", "序言", "Article IIII", ""])
    func titleWithoutNumberGivesNil(_ title: String) {
        #expect(ArticleTitleNumber.number(in: title) == nil)
    }
}

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20), ("九十九", 99), ("一百", 100),
        ("一百零五", 105), ("一百一十", 110), ("两千零六", 2006), ("二〇〇六", 2006), ("三万", 30_000),
        ("一亿二千万", 120_000_000), ("壹拾贰", 12),
    ])
    func valueOfNumeral(_ numeral: String, _ value: Int) {
        #expect(ChineseNumeral.value(of: numeral.unicodeScalars) == value)
    }

    @Test func nonNumeralGivesNil() {
        #expect(ChineseNumeral.value(of: "第一".unicodeScalars) == nil)
        #expect(ChineseNumeral.value(of: "".unicodeScalars) == nil)
    }
}
