import Testing
@testable import ParityCore

@Suite struct DifferingNumbersTests {
    @Test func constructedTokensNormaliseDigitsAndSeparators() {
        let values = NumericTokenExtractor.tokens(in: "1 000 y 1.000, 1,5 % ٢٠٠٦ ６０/227 §3 ٪").map(\.value)
        #expect(values == ["1000", "1000", "1", "5", "%", "2006", "60", "227", "§", "3", "%"])
    }

    @Test func constructedMarksCountDifferencesPerVersion() {
        let marks = DifferingNumbers.marks(in: [["in 1948 and 1948"], ["en 1948"], []])
        #expect(marks[0] == [[3..<7, 12..<16]])
        #expect(marks[1] == [[]])
        #expect(marks[2] == [])
    }
}
