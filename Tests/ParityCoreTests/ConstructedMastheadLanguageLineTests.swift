import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A summary record's masthead that names its version's language in a word no table knows (`Maranao`) right above
/// `Original: English`: the line is the language field, so the title is still the title (`Summary record of the 11th
/// meeting`), as in the English version. Constructed masthead (the body sentence is a placeholder in English).
@Suite struct ConstructedMastheadLanguageLineTests {
    static func constructedRecord(languageLine: String) -> String {
        """
        United Nations\tE/C.83/2064/SR.11
        Economic and Social Council\tDistr.: General
        \t24 October 2064
        \(languageLine)
        \tOriginal: English
        Committee on Small Industries
        Twentieth session
        Summary record of the 11th meeting
        Held at Headquarters, New York, on Tuesday, 14 October 2064, at 10 a.m.
        Chair: Ms. Lindqvist (Syldavia)
        1. The Chair said that the report had been received from 19 countries.
        2. Mr. Novak (Ruritania) said that his country had 1,240 registered workshops.
        """
    }

    @Test(arguments: ["Maranao", "\tMaranao", "Northern Thai"])
    func constructedLanguageNoTableKnowsIsTheLanguageField(_ line: String) {
        let document = ConstructedSegmentation.segment(Self.constructedRecord(languageLine: line), "constructed-language-line.txt").document
        #expect(document.blocks.first { $0.metadataField == .language }?.text == line.trimmingCharacters(in: .whitespaces))
        #expect(document.metadata.title == "Summary record of the 11th meeting")
    }

    /// Words with a figure over `Original:` are no language's name.
    @Test func constructedWordsWithFiguresAreNoLanguageName() {
        let document = ConstructedSegmentation.segment(Self.constructedRecord(languageLine: "Session 20"), "constructed-language-line.txt").document
        #expect(document.blocks.first { $0.metadataField == .language } == nil)
    }
}
