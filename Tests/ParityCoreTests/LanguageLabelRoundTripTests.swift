import Testing
@testable import ParityCore

/// Labels written by each language's conventions read back to the same values
/// (constructed label + constructed word, for every language, level and value).
@Suite struct LanguageLabelRoundTripTests {
    @Test(arguments: Language.unOfficial)
    func constructedLabelsReadBackInEveryLanguage(_ language: Language) throws {
        let conventions = LanguageConventions.of(language)
        let word = language == .arabic ? "نص" : (language == .chinese ? "文本" : (language == .russian ? "Текст" : "Text"))
        for number in [1, 2, 9, 10, 11, 25, 76, 120] {
            let label = LabelParser.parse(Array((conventions.paragraphLabel(number) + " " + word).unicodeScalars), language: language)
            #expect(label?.form == .number(number), "\(language) paragraph \(number)")
        }
        for value in 1...20 {
            let levelOne = try #require(conventions.headingLabel(level: 1, value: value))
            let form = LabelParser.parse(Array((levelOne + " " + word).unicodeScalars), language: language)?.form
            switch form {
            case .section(let roman, _)?: #expect(roman == value, "\(language) \(levelOne)")
            case .ordinal(let parsed)?: #expect(parsed == value, "\(language) \(levelOne)")
            default: Issue.record("\(language): \(levelOne) not read as a level-1 label")
            }
            let levelTwo = try #require(conventions.headingLabel(level: 2, value: value))
            let letter = LabelParser.parse(Array((levelTwo + " " + word).unicodeScalars), language: language)?.form
            switch letter {
            case .section(_, let letters)?: #expect(letters.first == value, "\(language) \(levelTwo)")
            case .letter(let parsed)?: #expect(parsed == value, "\(language) \(levelTwo)")
            default: Issue.record("\(language): \(levelTwo) not read as a level-2 label")
            }
        }
    }
}
