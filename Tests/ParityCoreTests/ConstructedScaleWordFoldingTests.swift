import Testing
@testable import ParityCore

/// Scale words compared without their diacritics (Czech `milionů` against
/// CLDR's `miliónů`, Greek `εκατομμυρίων` against `εκατομμύρια`), and the
/// Slovenian scale words (CLDR through ICU gave Croatian ones). Constructed phrases.
@Suite struct ConstructedScaleWordFoldingTests {
    func amounts(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .amount }.map(\.canonical)
    }

    @Test func constructedFolding() {
        #expect(DiacriticFolding.folded("miliónů") == "milionu")
        #expect(DiacriticFolding.folded("milijardų") == "milijardu")
        #expect(DiacriticFolding.folded("εκατομμυρίων") == "εκατομμυριων")
        #expect(DiacriticFolding.folded("million") == "million")
        #expect(DiacriticFolding.folded("миллионов") == "миллионов")
    }

    @Test func constructedCzechScaleWordsWithAndWithoutAccent() {
        #expect(amounts("cs", "5 milionů korun") == ["5000000"])
        #expect(amounts("cs", "5 miliónů korun") == ["5000000"])
        #expect(amounts("cs", "1 milion") == ["1000000"])
        #expect(amounts("cs", "2 miliardy") == ["2000000000"])
    }

    @Test func constructedGreekScaleWordWithItsAccentMoved() {
        #expect(amounts("el", "5 εκατομμυρίων ευρώ") == ["5000000"])
        #expect(amounts("el", "5 εκατομμύρια ευρώ") == ["5000000"])
    }

    @Test func constructedSlovenianScaleWords() {
        #expect(amounts("sl", "5 milijonov evrov") == ["5000000"])
        #expect(amounts("sl", "2 milijona") == ["2000000"])
        #expect(amounts("sl", "3 milijarde") == ["3000000000"])
        #expect(amounts("sl", "20 tisoč") == ["20000"])
        #expect(NumberExtractor(languageCode: "sl").spelledNumbers("dvajset").map(\.value) == [20])
    }
}
