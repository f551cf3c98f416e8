import Testing
@testable import ParityCore

/// A figure at a line's start under a decimal label (`DecimalLabelFigure`) and whole lines
/// (`RawBlockBuilder.runsOnIntoLowercase`): constructed texts, hand-wrapped unevenly.
@Suite struct DecimalLabelFigureTests {
    static func lines(_ text: String) -> (bytes: [UInt8], lines: [TextLine]) {
        let bytes = Array(text.utf8)
        return (bytes, LineScanner.lines(in: bytes))
    }

    /// Labels that may follow `1.1` and `2.1.1`, and figures that may not.
    @Test func sequenceDecides() {
        #expect(DecimalLabelFigure.continues([1, 1], with: [1, 2]))
        #expect(DecimalLabelFigure.continues([1, 1], with: [2]))
        #expect(DecimalLabelFigure.continues([1, 1], with: [1, 1, 1]))
        #expect(DecimalLabelFigure.continues([2, 1, 1], with: [3]))
        #expect(DecimalLabelFigure.continues([2, 1, 1], with: [1]))
        #expect(!DecimalLabelFigure.continues([1, 1], with: [12]))
        #expect(!DecimalLabelFigure.continues([2, 1, 1], with: [35]))
        #expect(!DecimalLabelFigure.continues([1, 2], with: [31]))
    }

    /// Swedish: `12 000 byar` and `35 procent` go on after a short line; `3 Kommissionen` after a blank line is a head.
    @Test func constructedSwedishFiguresUnderShortLines() {
        let blocks = PlainTextSegmenter().segment(DecodedText("""
1 Varje stat bör kartlägga sina byar, vägar och vattendrag i en gemensam
skala och lämna kartorna till kommissionen, som sammanställer dem i en
gemensam atlas för hela regionen.

1.1 Varje stat bör kartlägga
12 000 byar före utgången av 2039.

2 Varje stat bör avsätta medel för kartläggningen i sin nationella budget.

2.1 Av detta belopp bör minst
35 procent användas till att utbilda lokala kartritare.
"""), sourceName: "constructed").blocks
        let texts = blocks.map(\.text)
        #expect(texts.contains("Varje stat bör kartlägga 12 000 byar före utgången av 2039."))
        #expect(texts.contains("Av detta belopp bör minst 35 procent användas till att utbilda lokala kartritare."))
        #expect(!blocks.contains { $0.text.hasPrefix("12 000") || $0.text.hasPrefix("35 procent") })
    }

    /// A text whose lines are whole, and one broken inside a clause ("… in" / "particular …").
    @Test func wholeLinesAndRunOnLines() {
        let whole = Self.lines("Ortak sınır boyunca uzanan meraların önemini dikkate alarak,\niki ülke arasındaki ilişkileri güçlendirmeyi arzu ederek,\naşağıdaki hususlarda mutabık kalmışlardır:\n")
        #expect(!RawBlockBuilder.runsOnIntoLowercase(whole.bytes, whole.lines))
        let broken = Self.lines("Recalling its resolutions on lakes, in\nparticular resolution 12/3,\nNoting the report,\n")
        #expect(RawBlockBuilder.runsOnIntoLowercase(broken.bytes, broken.lines))
    }
}
