import ParityCore
import Testing

@Suite struct LabelRangesTests {
    @Test func consecutiveNumbersUnderOnePrefixBecomeARange() {
        #expect(LabelRanges.summary((26...76).map { "paragraph \($0)" }) == "paragraph 26–76")
        #expect(LabelRanges.summary(["pre4", "pre5", "pre6", "note1"]) == "pre4–6, note1")
        #expect(LabelRanges.summary(["paragraph 3", "paragraph 5"]) == "paragraph 3, paragraph 5")
        #expect(LabelRanges.summary(["paragraph 9", "article 10"]) == "paragraph 9, article 10")
        #expect(LabelRanges.summary(["contents entry III.A", "heading III.A"]) == "contents entry III.A, heading III.A")
        #expect(LabelRanges.summary([]) == "")
    }

    @Test func longListsKeepTheirFirstPartsAndACount() {
        let labels = (1...20).map { "paragraph \($0 * 2)" }
        #expect(LabelRanges.summary(labels) == "paragraph 2, paragraph 4, paragraph 6, paragraph 8, paragraph 10, … 15 more")
        #expect(LabelRanges.summary(labels, limit: 20) == labels.joined(separator: ", "))
        let huge = (1...128).map { "paragraph \($0)" } + ["heading IV"]
        #expect(LabelRanges.summary(huge) == "paragraph 1–128, heading IV")
    }
}
