import Testing
@testable import ParityCore

@Suite struct DifferingNumbersTests {
    @Test func constructedMarksCountDifferencesPerVersion() {
        let marks = DifferingNumbers.marks(in: [["in 1948 and 1948"], ["en 1948"], []], languages: [.english, .spanish, .french])
        #expect(marks[0] == [[3..<7, 12..<16]])
        #expect(marks[1] == [[]])
        #expect(marks[2] == [])
    }

    @Test func constructedEquivalentFormsAreNotMarked() {
        // The checker's extractor reads "20%" and "20 por ciento", "1,000" and "1.000" as the same values.
        let marks = DifferingNumbers.marks(in: [["20% of 1,000 people"], ["el 20 por ciento de 1.000 personas"]],
                                           languages: [.english, .spanish])
        #expect(marks == [[[]], [[]]])
    }

    @Test func constructedNumberWordsAreMarkedAsTheCheckerReportsThem() {
        // Two different numbers in words: an error in the checker, both marked.
        #expect(DifferingNumbers.marks(in: [["its seventeenth constructed session"], ["sa dix-huitième session construite"]],
                                       languages: [.english, .french]) == [[[4..<15]], [[3..<15]]])
        // The same number in words and in figures: nothing marked.
        #expect(DifferingNumbers.marks(in: [["its seventeenth constructed session"], ["su 17º período de sesiones construido"]],
                                       languages: [.english, .spanish]) == [[[]], [[]]])
        // A figure against another number in words: both marked.
        #expect(DifferingNumbers.marks(in: [["its eighteenth constructed session"], ["su 17º período de sesiones construido"]],
                                       languages: [.english, .spanish]) == [[[4..<14]], [[3..<6]]])
        // A number in words in one version only is information: not marked.
        #expect(DifferingNumbers.marks(in: [["treinta artículos construidos"], ["des articles construits"]],
                                       languages: [.spanish, .french]) == [[[]], [[]]])
    }

    @Test func constructedLocateFindsWrittenFormsInOrder() {
        #expect(DifferingNumbers.locate(["12", "12"], in: "12 and 12") == [0..<2, 7..<9])
        #expect(DifferingNumbers.locate(["99"], in: "none") == [])
    }
}

/// The highlight reads a figure grouped by spaces as the checker does: in
/// either reading, one figure or a row of figures a PDF extraction set
/// apart by single spaces (constructed table rows, not UN text).
@Suite struct ConstructedSpaceGroupedHighlightTests {
    @Test func constructedSplitReadingOfASpaceGroupedFigureIsNotMarked() {
        // es–ru, de–fr, en–sv: the rows the checker finds clean are not marked.
        #expect(DifferingNumbers.marks(in: [["Total 1.120 340"], ["Итого 1 120 340"]], languages: [.spanish, .russian]) == [[[]], [[]]])
        #expect(DifferingNumbers.marks(in: [["Summe 1.120 340"], ["Total 1 120 340"]], languages: [Language(code: "de"), .french])
            == [[[]], [[]]])
        #expect(DifferingNumbers.marks(in: [["Total 1,120 340"], ["Summa 1 120 340"]], languages: [.english, Language(code: "sv")])
            == [[[]], [[]]])
        #expect(DifferingNumbers.marks(in: [["Total 120 340"], ["Итого\t120\t340"]], languages: [.spanish, .russian]) == [[[]], [[]]])
    }

    @Test func constructedChangedFigureInASpaceGroupedRowIsMarked() {
        // A changed digit: marked in both versions, as the checker reports it.
        let marks = DifferingNumbers.marks(in: [["Summe 1.120 340"], ["Total 1 121 340"]], languages: [Language(code: "de"), .french])
        #expect(marks == [[[6..<11, 12..<15]], [[6..<15]]])
    }
}
