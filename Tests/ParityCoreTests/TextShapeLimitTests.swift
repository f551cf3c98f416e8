@testable import ParityCore
import ParityTestSupport
import Testing

/// Issue 11, "bounded memory": a text of tiny paragraphs or lines costs far
/// more than its bytes once segmented, so beyond a fixed allowance a text must
/// average `TextShapeLimit.bytesPerUnit` bytes a unit and
/// `bytesPerLine` a line. The hostile inputs are constructed in memory.
@Suite struct TextShapeLimitTests {
    /// `count` one-letter paragraphs: `a`, a blank line, `a` …
    static func constructedOneLetterParagraphs(_ count: Int) -> [UInt8] {
        Array(repeating: Array("a\n\n".utf8), count: count).flatMap { $0 }
    }

    @Test func linesAreCountedAsTheLineScannerCutsThem() {
        for text in ["", "a", "a\n", "a\r\nb", "a\r\rb\n\n", "\n\n\n", "x\ry", " \t\n b \n\t"] {
            let bytes = Array(text.utf8)
            let lines = LineScanner.lines(in: bytes)
            #expect(TextShapeLimit.lineCount(bytes).lines == lines.count, "\(text.debugDescription)")
            #expect(TextShapeLimit.lineCount(bytes).nonBlank == lines.filter { !$0.isBlank }.count, "\(text.debugDescription)")
        }
    }

    @Test func oneLetterParagraphsPastTheAllowanceAreRefused() {
        // 3 bytes a unit: the allowance for n of them is 200,000 + 3n/136, reached at n = 204,511.
        #expect(TextShapeLimit.problem(Self.constructedOneLetterParagraphs(200_000)) == nil)
        #expect(TextShapeLimit.unitCount(Self.constructedOneLetterParagraphs(210_000)) == 210_000)
        #expect(TextShapeLimit.problem(Self.constructedOneLetterParagraphs(210_000))
            == "too many paragraphs for its size (210000 in 630000 bytes; Parity reads 200000 and one more for every 136 bytes)")
    }

    @Test func oneLinePerUnitWithoutBlankLinesIsCountedToo() {
        // "A" lines: each starts a unit of its own (a capital opens a block), 2 bytes a unit.
        let bytes = Array(repeating: Array("A\n".utf8), count: 205_000).flatMap { $0 }
        #expect(TextShapeLimit.unitCount(bytes) == 205_000)
        #expect(TextShapeLimit.problem(bytes)?.hasPrefix("too many paragraphs for its size (205000 in 410000 bytes;") == true)
    }

    @Test func blankLinesPastTheAllowanceAreRefused() {
        let bytes = Array("Texto.\n".utf8) + Array(repeating: 0x0A, count: 1_100_000) + Array("Fin.\n".utf8)
        #expect(TextShapeLimit.problem(bytes)
            == "too many lines for its size (1100002 in 1100012 bytes; Parity reads 1000000 and one more for every 32 bytes)")
    }

    /// Real texts have more bytes a unit and a line than the limit asks (the
    /// fewest: 227 bytes a unit in the Paris Agreement, 247 in pdftotext's
    /// reading order of the PDF of es.txt), so a concatenation of them of any size is read.
    @Test func realTextsAverageMoreThanTheLimitAsks() throws {
        let realTexts = [try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt"),
                         try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated.pdftotext.txt"),
                         try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated.pdftotext-layout.txt"),
                         try RepositoryPaths.fixtureBytes("real/paris-agreement/en.txt")]
        for bytes in realTexts {
            #expect(2 * bytes.count >= 3 * TextShapeLimit.bytesPerUnit * TextShapeLimit.unitCount(bytes))
            #expect(bytes.count >= 2 * TextShapeLimit.bytesPerLine * TextShapeLimit.lineCount(bytes).lines)
            // Units are counted only past the limit's share of lines that are not blank: never fewer than units.
            #expect(TextShapeLimit.unitCount(bytes) <= TextShapeLimit.lineCount(bytes).nonBlank)
        }
        // Joined, they keep that average (units and lines add up, give or take the joins).
        let concatenated = realTexts.flatMap { $0 + Array("\n\n".utf8) }
        #expect(2 * concatenated.count >= 3 * TextShapeLimit.bytesPerUnit * TextShapeLimit.unitCount(concatenated))
        #expect(TextShapeLimit.problem(concatenated) == nil)
    }

    /// The real text with the fewest bytes a unit (a German sentence a line,
    /// 129.5 bytes a unit, under `bytesPerUnit`): copies of it up to the
    /// 512 MB input limit still fit, as the allowance covers the difference.
    @Test func aSentenceALineTextIsReadUpToTheInputLimit() throws {
        let bytes = try RepositoryPaths.fixtureBytes("real/textberg-dev/dev.de")
        let units = TextShapeLimit.unitCount(bytes)
        #expect(units == 449)
        #expect(bytes.count < TextShapeLimit.bytesPerUnit * units)
        let copies = 512_000_000 / bytes.count
        #expect(copies * units <= TextShapeLimit.maximumUnits(byteCount: copies * bytes.count))
        // Joined by blank lines, the copies keep their units.
        let joined = Array(repeating: bytes + Array("\n\n".utf8), count: 20).flatMap { $0 }
        #expect(TextShapeLimit.unitCount(joined) == 20 * units)
    }
}
