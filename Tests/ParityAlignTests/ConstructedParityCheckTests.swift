import ParityCore
import Testing

/// The figure comparison on constructed two-paragraph documents (not real
/// UN text): forms that differ by language only must not be findings.
@Suite struct ConstructedParityCheckTests {
    private func findings(_ pivotText: String, _ pivotLanguage: Language, _ otherText: String, _ otherLanguage: Language) -> [Finding] {
        func document(_ text: String, _ language: Language, _ name: String) -> Document {
            Document(sourceName: name, language: language, blocks: [
                Block(id: "p1", kind: .paragraph, number: 1, text: text),
                Block(id: "p2", kind: .paragraph, number: 2, text: "constructed second paragraph"),
            ])
        }
        let alignment = Aligner().align([document(pivotText, pivotLanguage, "a"), document(otherText, otherLanguage, "b")])
        return ParityChecker().check(alignment).filter { $0.kind == .numberMismatch || $0.kind == .symbolMismatch }
    }

    @Test func constructedCenturyInRomanNumeralsIsNotAMismatch() {
        #expect(findings("constructed: in the 21st century", .english, "construido: en el siglo XXI", .spanish).isEmpty)
    }

    @Test func constructedChineseNumeralFigureIsNotAMismatch() {
        #expect(findings("constructed: about 240 representatives", .english, "约二百四十名代表", .chinese).isEmpty)
    }

    @Test func constructedEquivalentFormsAreNotMismatches() {
        #expect(findings("constructed: 1,000 people, 20 per cent, 12 July 2006, A/60/871, resolution 217 A (III), from 10 a.m. to 1 p.m.", .english,
                         "construit : 1 000 personnes, 20 %, 12 juillet 2006, A/60/871, résolution 217 A (III), de 10 heures à 13 heures", .french).isEmpty)
    }

    @Test func constructedDifferentFigureIsAnErrorNamingBothForms() {
        let found = findings("constructed: 20 per cent", .english, "construido: 25 por ciento", .spanish)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message == "es paragraph 1: en has 20 per cent where es has 25 por ciento")
    }

    @Test func constructedSmallFigureSpelledOutIsOnlyAWarning() {
        let found = findings("constructed: 3 themes", .english, "construido: tres temas", .spanish)
        #expect(found.map(\.severity) == [.warning])
    }
}
