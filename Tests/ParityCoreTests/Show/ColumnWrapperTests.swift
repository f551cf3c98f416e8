import ParityTestSupport
import Testing
@testable import ParityCore

@Suite struct ColumnWrapperTests {
    @Test func constructedLatinBreaksAtSpaces() {
        let lines = ColumnWrapper(width: 10).wrap("the quick brown fox jumps")
        #expect(lines.map(\.text) == ["the quick", "brown fox", "jumps"])
        #expect(lines.map(\.width) == [9, 9, 5])
        #expect(lines.map(\.scalarOffset) == [0, 10, 20])
    }

    @Test func constructedLongWordIsHardBroken() {
        let lines = ColumnWrapper(width: 4).wrap("abcdefghij k")
        #expect(lines.map(\.text) == ["abcd", "efgh", "ij k"])
    }

    @Test func constructedCJKBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        let lines = ColumnWrapper(width: 6).wrap("人人生而自由，在尊严")
        // 3 characters per line; "，" may not start a line, so "由" moves down with it.
        #expect(lines.map(\.text) == ["人人生", "而自", "由，在", "尊严"])
        #expect(lines.allSatisfy { $0.width <= 6 })
    }

    @Test func constructedHyphenIsABreakOpportunity() {
        let lines = ColumnWrapper(width: 12).wrap("well-known non-governmental")
        #expect(lines.map(\.text) == ["well-known", "non-", "governmental"])
    }

    @Test func constructedEmojiSequenceIsNeverSplit() {
        let lines = ColumnWrapper(width: 3).wrap("a👨‍👩‍👧b")
        #expect(lines.map(\.text) == ["a👨‍👩‍👧", "b"])
    }

    @Test func constructedNewlineForcesBreakAndBlankTextGivesNoLines() {
        #expect(ColumnWrapper(width: 20).wrap("one\ntwo").map(\.text) == ["one", "two"])
        #expect(ColumnWrapper(width: 20).wrap("   ").isEmpty)
    }

    /// Random mixed-script strings built from constructed pieces: every line
    /// fits, breaks fall on grapheme boundaries, and no visible text is lost.
    @Test func constructedRandomMixedScriptsNeverExceedWidth() {
        let pieces = [
            "word", "Derechos", "humanos", "人", "权", "，", "。", "「", "」", "한", "국", "Всеобщая",
            "الإعلان", "بِسْمِ", "e\u{301}", "👍🏽", "👨‍👩‍👧", "🇪🇸", "❤️", "ＡＢ", "1948", "60/227",
            "(a)", "—", "-", " ", " ", " ", "  ", "\u{200F}", "averyveryverylongwordwithoutspaces",
        ]
        var generator = SplitMix64(seed: 0x5EED)
        var checkedLines = 0
        for _ in 0..<2000 {
            let count = Int(generator.next() % 40) + 1
            var text = ""
            for _ in 0..<count { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let width = Int(generator.next() % 30) + 2
            let lines = ColumnWrapper(width: width).wrap(text)
            for line in lines {
                #expect(line.width <= width, "\(text) @\(width)")
                #expect(line.width == DisplayWidth.of(line.text))
                #expect(!line.text.isEmpty)
            }
            checkedLines += lines.count
            // Concatenating the lines loses only spaces; each line is whole graphemes.
            let visible = text.unicodeScalars.filter { $0 != " " }
            let rejoined = lines.flatMap { $0.text.unicodeScalars.filter { $0 != " " } }
            #expect(String(String.UnicodeScalarView(visible)) == String(String.UnicodeScalarView(rejoined)))
            var graphemes = 0
            for line in lines { graphemes += line.text.filter { $0 != " " }.count }
            #expect(graphemes == text.filter { $0 != " " }.count, "a grapheme was split: \(text) @\(width)")
        }
        #expect(checkedLines > 2000)
    }
}
