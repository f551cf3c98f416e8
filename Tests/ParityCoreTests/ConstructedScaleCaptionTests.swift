import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A budget figure with its scale word (`3,214.6 thousand`, `1,5 millones`) against the same figure without it in a
/// passage that gives the scale in a caption (`(miles de dólares)`, `(thousands of United States dollars)`,
/// `(en milliers de dollars)`), or without the caption in the passage (it heads the table): a note at most, never a
/// warning; another figure is still a difference. Constructed passages.
@Suite struct ConstructedScaleCaptionTests: NumberTextComparing {
    @Test func constructedScaleWordAgainstACaptionOfTheSameScaleIsANoteAtMost() {
        #expect((compare("en", "The proposed budget amounts to $3,214.6 thousand.", "es",
                        "Presupuesto propuesto (miles de dólares de los Estados Unidos): 3.214,6.")?.severity ?? .info) == .info)
        #expect((compare("es", "El presupuesto propuesto asciende a 3.214,6 miles de dólares.", "en",
                        "Proposed budget (thousands of United States dollars): 3,214.6.")?.severity ?? .info) == .info)
        #expect((compare("fr", "Le budget proposé s’élève à 1,5 million de dollars.", "en",
                        "Proposed budget (millions of United States dollars): 1.5.")?.severity ?? .info) == .info)
    }

    @Test func constructedScaleWordAgainstAFigureWithoutCaptionIsANoteAtMost() {
        let found = compare("en", "The proposed budget amounts to $3,214.6 thousand.", "es", "Total: 3.214,6")
        #expect((found?.severity ?? .info) == .info)
    }

    @Test func constructedAnotherFigureUnderTheCaptionIsADifference() {
        let found = compare("en", "The proposed budget amounts to $3,214.6 thousand.", "es",
                            "Presupuesto propuesto (miles de dólares de los Estados Unidos): 3.241,6.")
        #expect(found != nil)
        #expect((found?.severity ?? .info) >= .warning)
    }

    @Test func constructedHanScaleWithSpacedDigitGroupsAgainstAPlainFigureIsANoteAtMost() {
        // zh writes the thousands with `千` and a space between digit groups; es gives the figure under the table's
        // caption `(miles de dólares)`: the same value, never a warning.
        #expect((compare("zh", "2035年拟议资源为2 109.9千美元，比2034年增加3.8%。", "es",
                        "Los recursos propuestos para 2035 ascienden a 2.109,9, lo que representa un aumento del 3,8 % respecto de 2034.")?
            .severity ?? .info) == .info)
        // The same amount written with its scale in both (Devanagari digits and `हज़ार`) is no difference at all.
        #expect(compare("zh", "拟议资源为2 109.9千美元。", "hi", "२,१०९.९ हज़ार डॉलर प्रस्तावित हैं।") == nil)
        #expect(compare("zh", "拟议资源为2 109.9千美元。", "en", "2,109.9 thousand dollars are proposed.") == nil)
    }
}
