import Testing
@testable import ParityCore

/// The highlight of `show` and `report` learns a version's per-cent word
/// from the rows before, as the checker does (``LearnedPercentWords``,
/// ``DifferingNumbers/MonthMemory``): a percentage written with it that is
/// the other version's percentage is not marked. Constructed passages
/// (Pali, whose per-cent word `පතිසතං` no table reads).
@Suite struct ConstructedLearnedPercentHighlightTests {
    @Test func constructedHighlightUsesLearnedPerCentWords() {
        let languages: [Language?] = [.english, Language(code: "pi")]
        var memory = DifferingNumbers.MonthMemory(pivot: 0)
        func marks(_ en: String, _ pi: String) -> [[[Range<Int>]]] {
            DifferingNumbers.marks(in: [[en], [pi]], languages: languages, months: &memory)
        }
        // Without a row before, the figure after the word is a plain figure against a percentage: marked.
        var fresh = DifferingNumbers.MonthMemory(pivot: 0)
        #expect(DifferingNumbers.marks(in: [["Carvers hold 15 per cent."], ["15 පතිසතං."]], languages: languages, months: &fresh)
                != [[[]], [[]]])
        // The first row teaches the word (its percentage is marked while read, as in the checker's first pass it is
        // already learned: here only the rows after it count).
        _ = marks("Women make up 40 per cent of the carvers.", "40 පතිසතං.")
        #expect(marks("Carvers hold 15 per cent.", "15 පතිසතං.") == [[[]], [[]]])
        // Another percentage is marked in both versions.
        let different = marks("Carvers under 30 hold 15 per cent.", "30 12 පතිසතං.")
        #expect(different[0] != [[]])
        #expect(different[1] != [[]])
    }
}
