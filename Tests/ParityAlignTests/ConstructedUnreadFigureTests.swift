import ParityCore
import Testing

/// Figures against a version in a language without its own conventions table
/// (Swahili, Italian, Turkish here, in constructed sentences): Parity cannot
/// read its month, scale or per-cent words, so a difference the other side's
/// digits explain is information, never an error or a warning; a figure whose
/// digits the other side does not hold stays a finding.
@Suite struct ConstructedUnreadFigureTests {
    private func findings(_ pivotText: String, _ pivotLanguage: Language, _ otherText: String, _ otherLanguage: Language) -> [Finding] {
        ConstructedFigureCheck.findings(pivotText, pivotLanguage, otherText, otherLanguage)
    }

    @Test func constructedDateInAnUnreadLanguageIsInformation() throws {
        let swahili = try #require(Language(code: "sw"))
        let found = findings("constructed: adopted on 10 June 2026", .english, "imeundwa: ilipitishwa tarehe 10 Juni 2026", swahili)
        #expect(found.allSatisfy { $0.severity == .info })
    }

    @Test func constructedScaleWordInAnUnreadLanguageIsInformation() throws {
        let italian = try #require(Language(code: "it"))
        let found = findings("construit : un fonds de 1,5 million de dollars", .french, "costruito: un fondo di 1,5 milioni di dollari", italian)
        #expect(found.allSatisfy { $0.severity == .info })
    }

    @Test func constructedChangedFigureInAnUnreadLanguageStaysAFinding() throws {
        let turkish = try #require(Language(code: "tr"))
        let found = findings("constructed: 35 per cent of the budget", .english, "oluşturulmuş: bütçenin yüzde 30'u", turkish)
        #expect(found.count == 1)
        #expect(found.first.map { $0.severity != .info } == true)
    }

    @Test func constructedOrdinalWordReadShortFromCLDRCardinalsIsInformation() throws {
        // Belarusian number words come from CLDR (cardinals only): "восемдзесят першая" (81st) reads as 80.
        let belarusian = try #require(Language(code: "be"))
        let found = findings("constructed: Eighty-first session", .english, "сканструявана: Восемдзесят першая сесія", belarusian)
        #expect(!found.isEmpty && found.allSatisfy { $0.severity == .info })
        // Digits stay compared: 80 against 81 in figures is a finding.
        let digits = findings("constructed: the 81st session", .english, "сканструявана: 80-я сесія", belarusian)
        #expect(digits.contains { $0.severity != .info })
    }

    @Test func constructedBothLanguagesWithTablesKeepTheirSeverity() {
        let found = findings("constructed: 1.5 million dollars", .english, "construido: 1,5 dólares", .spanish)
        #expect(found.contains { $0.severity != .info })
    }
}
