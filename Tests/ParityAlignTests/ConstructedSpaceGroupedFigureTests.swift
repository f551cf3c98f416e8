import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Figures set apart by spaces in table rows (constructed rows, not UN
/// text): a space groups digits only where the language groups with a
/// space (CLDR: French, Russian, Polish, Swedish), one figure is grouped
/// with one separator (`1.120 340` is 1120 and 340 in every language), and
/// a figure grouped by spaces may be several figures of a row whose columns
/// a PDF extraction set apart by single spaces: compared with the other
/// version in either reading, undecided where the language groups with a
/// mark. Document set `dev/table-tonnage` (es, ru).
@Suite struct ConstructedSpaceGroupedFigureTests: NumberTextComparing {
    let figureOrderByLanguage = true

    func figures(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.canonical)
    }

    func summary(_ difference: NumberComparison.Difference?) -> String? {
        guard let difference else { return nil }
        return "\(difference.severity): \(difference.onlyPivot.map(\.written)) / \(difference.onlyOther.map(\.written))"
    }

    @Test func constructedOneSeparatorAFigure() {
        // A space after a group set off by a mark ends the figure, in a language that groups with a mark or a space.
        #expect(figures("es", "Total 1.120 340") == ["1120", "340"])
        #expect(figures("de", "Summe 1.120 340") == ["1120", "340"])
        #expect(figures("en", "Total 1,120 340") == ["1120", "340"])
        #expect(figures("pt", "Total 1.120 340") == ["1120", "340"])
        // Two spaces or a tab set figures apart in every language.
        #expect(figures("ru", "Итого\t1120\t340") == ["1120", "340"])
        #expect(figures("es", "Total  1.120  340") == ["1120", "340"])
        // Grouping by spaces where the language groups so: one figure.
        #expect(figures("fr", "Total 1 120 340") == ["1120340"])
        #expect(figures("ru", "всего 1 120 рублей") == ["1120"])
        #expect(figures("sv", "Summa 1 120,5") == ["1120.5"])
    }

    @Test func constructedGroupingBySpacesIsDecidedByTheLanguage() {
        let french = NumberExtractor(languageCode: "fr").extract("Total 120 340")
        #expect(french.map(\.canonical) == ["120340"])
        #expect(french.map(\.spaceGroups) == [["120", "340"]])
        #expect(french.map(\.groupingUndecided) == [false])
        let spanish = NumberExtractor(languageCode: "es").extract("Total 120 340")
        #expect(spanish.map(\.canonical) == ["120340"])
        #expect(spanish.map(\.groupingUndecided) == [true])
        #expect(NumberExtractor(languageCode: "en").extract("Total 120 340").map(\.groupingUndecided) == [true])
        // Readings as several figures: never one that starts with a zero.
        #expect(french[0].spaceGroupReadings == [["120", "340"]])
        #expect(NumberExtractor(languageCode: "fr").extract("1 000 340")[0].spaceGroupReadings == [["1000", "340"]])
    }

    @Test func constructedTableRowsAgreeAcrossConventions() {
        // es–ru: the reported false finding.
        #expect(summary(compare("es", "Total 1.120 340", "ru", "Итого\t1120\t340")) == nil)
        #expect(summary(compare("es", "Total 1.120 340", "ru", "Итого 1 120 340")) == nil)
        #expect(summary(compare("es", "Total 120 340", "ru", "Итого\t120\t340")) == nil)
        // de–fr, pt–pl, en–sv.
        #expect(summary(compare("de", "Summe 1.120 340", "fr", "Total 1 120 340")) == nil)
        #expect(summary(compare("pt", "Total 1.120 340", "pl", "Razem 1 120 340")) == nil)
        #expect(summary(compare("pt", "Total 1.120 340", "pl", "Razem 1120 340")) == nil)
        #expect(summary(compare("en", "Total 1,120 340", "sv", "Summa 1 120 340")) == nil)
        #expect(summary(compare("en", "Total 120 340", "sv", "Summa 120\t340")) == nil)
        // Grouping that one version writes with a mark and the other with a space, in prose.
        #expect(summary(compare("en", "a total of 1,120,340 tonnes", "fr", "un total de 1 120 340 tonnes")) == nil)
    }

    @Test func constructedRealDifferencesInTableRowsAreFound() {
        // A changed digit in a row both versions read clearly: an error.
        #expect(summary(compare("es", "Total 1.120 340", "ru", "Итого\t1121\t340")) == "error: [\"1.120\"] / [\"1121\"]")
        #expect(summary(compare("de", "Summe 1.120 340", "fr", "Total 1 121 340")) == "error: [\"1.120\", \"340\"] / [\"1 121 340\"]")
        #expect(summary(compare("en", "a total of 1,120,340 tonnes", "fr", "un total de 1 120 341 tonnes"))
            == "error: [\"1,120,340\"] / [\"1 120 341\"]")
        // Where the language groups with a mark, a figure grouped by spaces is undecided: a warning, not an error.
        #expect(summary(compare("es", "Total 120 340", "ru", "Итого\t121\t340")) == "warning: [\"120 340\"] / [\"121\", \"340\"]")
    }
}
