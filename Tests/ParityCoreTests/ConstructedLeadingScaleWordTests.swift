import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Scale words written before the figure (Swahili `euro milioni 12`, `dola
/// milioni 1.5`, from CLDR's spell-out rules; Luganda `yuro obukadde 2.8`,
/// Igbo `nde dollar 1.7`, Hausa `Miliyan 12`, from ``LeadingScaleWords``):
/// the figure is multiplied, and matches the amount another version writes
/// with its scale word after the figure. Constructed phrases; document set
/// `dev/letter-wells` (sw, en).
@Suite struct ConstructedLeadingScaleWordTests: NumberTextComparing {
    func amounts(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .amount }.map(\.canonical)
    }

    @Test func constructedScaleWordsBeforeTheFigure() {
        #expect(amounts("sw", "mfuko wa euro milioni 12") == ["12000000"])
        #expect(amounts("sw", "dola milioni 1.5") == ["1500000"])
        #expect(amounts("sw", "bilioni 2 na elfu 3") == ["2000000000", "3000"])
        #expect(amounts("lg", "yuro obukadde 2.8") == ["2800000"])
        #expect(amounts("ig", "nde dollar 1.7") == ["1700000"])
        #expect(amounts("ha", "Miliyan 12") == ["12000000"])
        // The currency read before the scale word or between it and the figure.
        let euro = NumberExtractor(languageCode: "sw").extract("euro milioni 12").first
        #expect(euro?.currency == "EUR")
        #expect(euro?.written == "euro milioni 12")
        #expect(NumberExtractor(languageCode: "ig").extract("nde dollar 1.7").first?.currency == "dollar")
        // A language that writes its scale words after the figure does not read them before it.
        #expect(amounts("en", "million 12") == [])
    }

    @Test func constructedGeneratedRecords() {
        #expect(CLDRLanguageData(CLDRLanguageTables.record("sw")!).scaleWordsBefore == ["elfu": 3, "milioni": 6, "bilioni": 9, "trilioni": 12])
        #expect(CLDRLanguageData(CLDRLanguageTables.record("en")!).scaleWordsBefore.isEmpty)
    }

    @Test func constructedSameAmountIsNoFinding() {
        #expect(compare("en", "a joint fund of 12 million euros", "sw", "mfuko wa pamoja wa euro milioni 12") == nil)
        #expect(compare("en", "a grant of $1.5 million", "sw", "ruzuku ya dola milioni 1.5") == nil)
        #expect(compare("en", "a fund of 2.8 million euros", "lg", "ensawo ya yuro obukadde 2.8") == nil)
        #expect(compare("en", "a loan of 1.7 million dollars", "ig", "ego nde dollar 1.7") == nil)
    }

    @Test func constructedOtherAmountIsAFinding() throws {
        let difference = try #require(compare("en", "a joint fund of 12 million euros", "sw", "mfuko wa pamoja wa euro milioni 13"))
        #expect(difference.severity == .error)
        #expect(difference.onlyOther.map(\.canonical) == ["13000000"])
    }
}
