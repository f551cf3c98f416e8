import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A section-numbered paragraph cited in Arabic with a hyphen (`الفقرة 17-2`) against the point of another version
/// (`para. 17.2`) is one value, also where the passage names the section's own figure too (`Sect. 17`): of two equal
/// figures, the one that starts a range is the one left over (`NumberComparison.leftOvers`), so the hyphenated pair
/// meets the decimal. Another paragraph is still a difference. Constructed passages.
@Suite struct ConstructedHyphenJoinedReferenceTests: NumberTextComparing {
    @Test func constructedHyphenatedParagraphBesideItsSectionFigure() {
        #expect(compare("en", "See A/106/6 (Sect. 17), para. 17.2.", "ar", "انظر A/106/6 (Sect. 17)، الفقرة 17-2.") == nil)
        #expect(compare("en", "See A/106/6 (Sect. 17), para. 17.3.", "ar", "انظر A/106/6 (Sect. 17)، الفقرة 17-2.") != nil)
    }

    @Test func rangeStartsAreLeftOverFirst() {
        let plain = ExtractedNumber(kind: .number, canonical: "17", written: "17", scalarRange: 0..<2)
        var joined = ExtractedNumber(kind: .number, canonical: "17", written: "17", scalarRange: 10..<12)
        joined.startsRange = true
        let left = NumberComparison.leftOvers([plain, joined], surplus: ["number:17": 1])
        #expect(left.map(\.scalarRange) == [10..<12])
        #expect(NumberComparison.leftOvers([plain, joined], surplus: [:]).isEmpty)
    }
}
