@testable import ParityCore
import Testing

/// A draft whose text is a verbatim copy of the segmented text keeps it as a
/// span of those bytes until the drafts are final (issue 11, item 8: the
/// input and a copy of it were alive together with the line tables and
/// drafts). A span reads, edits and compares like the string it stands for.
@Suite struct DraftTextSpanTests {
    private let bytes = Array("1. Año de la mujer, «décimo» período. Fin.\n".utf8)

    /// The span of "Año … período." (after the label "1. ").
    private func span() -> (text: DraftText, string: String) {
        let string = "Año de la mujer, «décimo» período."
        let start = 3
        let text = DraftText(copyOf: bytes, start..<(start + string.utf8.count), scalarCount: string.unicodeScalars.count)
        return (text, string)
    }

    @Test func aSpanReadsAsItsString() {
        let (text, string) = span()
        #expect(text.isSpan)
        #expect(text.string == string)
        #expect(text.scalars == Array(string.unicodeScalars))
        #expect(text.scalarCount == string.unicodeScalars.count)
        #expect(text == DraftText(string))
        #expect(text.endsSentence == DraftText(string).endsSentence)
        #expect(text.endsSentence)
    }

    @Test func endsSentenceReadsMultiByteScalarsBackwards() {
        // "«décimo»" ends in a closing guillemet (two bytes) after a letter: no sentence end.
        let words = Array("y «décimo»".utf8)
        let text = DraftText(copyOf: words, 0..<words.count, scalarCount: "y «décimo»".unicodeScalars.count)
        #expect(!text.endsSentence)
        #expect(text.endsSentence == DraftText("y «décimo»").endsSentence)
    }

    @Test func materializingKeepsTheText() {
        var (text, string) = span()
        let shared = SharedTextBytes(capacity: text.pendingByteCount)
        text.materialize(into: shared)
        #expect(!text.isSpan)
        #expect(text.pendingByteCount == 0 && shared.count == string.utf8.count)
        #expect(text.string == string && text.scalarCount == string.unicodeScalars.count)
        #expect(text.blockText.string == string && text.blockText == BlockText(string))
        #expect(text.endsSentence)
    }

    /// Spans that do not fit the shared bytes (never the case when they are
    /// made to the drafts' size) become strings of their own: the same text.
    @Test func aSpanThatDoesNotFitBecomesItsOwnString() {
        var (text, string) = span()
        let shared = SharedTextBytes(capacity: 4)
        text.materialize(into: shared)
        #expect(shared.count == 0)
        #expect(text.string == string && text.blockText == BlockText(string))
    }

    /// Blocks whose texts share one allocation read, compare and hash as blocks made with those strings.
    @Test func blocksSharingBytesEqualBlocksWithTheirStrings() {
        let strings = ["Año de la mujer.", "", "«décimo» período", "x"]
        let shared = SharedTextBytes(capacity: strings.reduce(0) { $0 + $1.utf8.count })
        let blocks = strings.enumerated().map { index, string in
            Block(id: "p\(index)", kind: .paragraph, storedText: BlockText(shared, shared.append(string)!))
        }
        #expect(shared.count == shared.capacity)
        #expect(blocks.map(\.text) == strings)
        let owned = strings.enumerated().map { Block(id: "p\($0)", kind: .paragraph, text: $1) }
        #expect(blocks == owned)
        #expect(Set(blocks) == Set(owned))
        var edited = blocks[0]
        edited.text += " Fin."
        #expect(edited.text == "Año de la mujer. Fin." && blocks[0].text == "Año de la mujer.")
    }

    @Test func editingASpanMakesItsString() {
        var (text, string) = span()
        let offset = text.append(afterSpace: DraftText("Sigue"))
        #expect(!text.isSpan)
        #expect(offset == string.unicodeScalars.count + 1)
        #expect(text.string == string + " Sigue")
        #expect(text.scalarCount == (string + " Sigue").unicodeScalars.count)

        var removed = span().text
        removed.remove(0..<4)
        #expect(removed.string == "de la mujer, «décimo» período.")
    }

    @Test func onlyVerbatimTextIsASpan() {
        let line = Array("Texto  con\tespacios".utf8)
        // Folded white space differs from the bytes.
        #expect(UnitText.verbatimRange(Array("Texto con espacios".unicodeScalars), line, 0, line.count) == nil)
        let plain = Array("Texto «igual»".utf8)
        #expect(UnitText.verbatimRange(Array("Texto «igual»".unicodeScalars), plain, 0, plain.count) == 0..<plain.count)
        // A scalar replaced (invalid input) or one missing is no copy.
        #expect(UnitText.verbatimRange(Array("Texto «igual".unicodeScalars), plain, 0, plain.count) == nil)
        let damaged: [UInt8] = [0x41, 0xC3, 0x42]
        #expect(UnitText.verbatimRange(["A", "\u{FFFD}", "B"], damaged, 0, damaged.count) == nil)
    }

    /// Segmented text: the verbatim paragraphs, the joined one and the one
    /// whose markup was stripped all read as written.
    @Test func segmentedBlocksReadAsWritten() {
        let text = """
            1. Primer párrafo «verbatim», sin marcas.

            2. Segundo párrafo con **negrita** y
            una línea más que se pliega.

            3. Tercer párrafo.
            """
        let document = PlainTextSegmenter(language: .spanish).segment(DecodedText(text), sourceName: "constructed-spans.txt")
        let texts = document.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(texts == [
            "Primer párrafo «verbatim», sin marcas.",
            "Segundo párrafo con negrita y una línea más que se pliega.",
            "Tercer párrafo.",
        ])
    }

    /// Right after classification, the plain one-line paragraphs are spans.
    @Test func classifiedOneLineParagraphsAreSpans() {
        let text = "1. Primer párrafo.\n\n2. Segundo **párrafo**.\n"
        let (drafts, _) = PlainTextSegmenter(language: .spanish).classified(DecodedText(text))
        #expect(drafts.map(\.content.isSpan) == [true, false])
        #expect(drafts.map(\.content.string) == ["Primer párrafo.", "Segundo párrafo."])
    }
}
