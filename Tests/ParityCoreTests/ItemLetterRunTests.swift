import Testing
@testable import ParityCore

/// The run of lettered items that places the letters no table places
/// (`ItemLetterRun`), fed the keys `LabelParser` gives as the classifier is.
@Suite struct ItemLetterRunTests {
    /// The keys of a list of items whose labels are written `labels` (`(அ)`,
    /// `ә)`), each item following the one before in the same list unless it
    /// is in `restarts`.
    private func keys(_ labels: [String], restarts: Set<Int> = []) -> [String?] {
        var run = ItemLetterRun()
        return labels.enumerated().map { index, written in
            var inner = Array(written.unicodeScalars)
            if inner.first == "(" { inner.removeFirst() }
            if inner.last == ")" { inner.removeLast() }
            let key = LabelParser.subparagraphKey(inner[...])
            return run.place(key: key, written: written, continuing: index > 0 && !restarts.contains(index))
        }
    }

    @Test func caselessScriptLettersFollowTheirCodePoints() {
        #expect(keys(["(அ)", "(ஆ)", "(இ)"]) == ["a", "b", "c"])             // Tamil
        #expect(keys(["(ક)", "(ખ)", "(ગ)", "(ઘ)"]) == ["a", "b", "c", "d"])   // Gujarati
        #expect(keys(["(அ)", "(ஆ)", "(அ)"]) == ["a", "b", "a"])              // a letter going back starts again
        #expect(keys(["(அ)", "(ஆ)", "(இ)"], restarts: [2]) == ["a", "b", "a"])
    }

    @Test func cyrillicLettersRussianHasNotTakeTheNextPlace() {
        #expect(keys(["а)", "ә)", "б)", "в)"]) == ["a", "b", "c", "d"])        // Kazakh
        #expect(keys(["г)", "ґ)", "д)"]) == ["d", "e", "f"])                  // Ukrainian, mid-list
        #expect(keys(["а)", "в)"]) == ["a", "c"])                             // Russian keeps its places
        #expect(keys(["а)", "ә)", "б)"], restarts: [1]) == ["a", "a", "b"])   // ә opens a new list; б follows it
    }

    @Test func arabicScriptLettersOutsideTheAbjadFollowTheirRun() {
        #expect(keys(["(ئا)", "(ب)", "(پ)", "(ت)"]) == ["a", "b", "c", "d"])  // Central Kurdish
        #expect(keys(["(الف)", "(ب)", "(پ)"]) == ["a", "b", "c"])            // Persian, Urdu
        #expect(keys(["(أ)", "(ب)", "(ج)", "(د)"]) == ["a", "b", "c", "d"])  // Arabic keeps the abjad
        #expect(keys(["(أ)", "(ج)"]) == ["a", "c"])
    }

    @Test func lettersTablesPlaceAreKeptAsParsed() {
        #expect(keys(["(a)", "(b)", "(d)"]) == ["a", "b", "d"])
        #expect(keys(["(i)", "(ii)", "(iii)"]) == ["i", "ii", "iii"])
        #expect(keys(["(α)", "(β)"]) == ["a", "b"])
        #expect(keys(["(1)", "(2)"]) == ["1", "2"])
    }
}
