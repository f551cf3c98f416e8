import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// The segmenter reads the NFC of decomposed input (`CanonicalComposition`) and gives back blocks whose text and
/// source ranges are the input's as written.
@Suite struct CanonicalCompositionTests {
    static func scalars(_ string: String) -> [Unicode.Scalar] { Array(string.unicodeScalars) }

    @Test func composesAsUnicodeNFC() {
        let cases: [(String, String)] = [
            ("e\u{0323}\u{0302}", "\u{1EC7}"),          // Vietnamese ệ, marks in canonical order
            ("o\u{0302}\u{0323}", "\u{1ED9}"),          // ộ with its marks out of canonical order
            ("o\u{0323}\u{0301}", "\u{1ECD}\u{0301}"),  // Yoruba ọ́: no single scalar, ọ and the acute
            ("\u{03B1}\u{0301}", "\u{03AC}"),          // Greek ά
            ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),  // Hangul 각 from its jamo
            ("\u{304B}\u{3099}", "\u{304C}"),          // か + voiced mark → が
            ("\u{0CC6}\u{0CC2}\u{0CD5}", "\u{0CCB}"),  // Kannada two-part vowel sign
            ("\u{0627}\u{0654}", "\u{0623}"),          // Arabic alef with hamza above
            ("\u{0438}\u{0306}", "\u{0439}"),          // Cyrillic й
            ("\u{043E}\u{0304}", "\u{043E}\u{0304}"),  // о̄: no precomposed letter
            ("\u{2126}", "\u{03A9}"),                  // Ohm sign: a singleton
        ]
        for (written, expected) in cases {
            #expect(CanonicalComposition.composition(of: Self.scalars(written)) == Self.scalars(expected), "\(written)")
        }
    }

    /// The composed text of every dev document written decomposed is the standard library's NFC of it.
    @Test func composesEveryDecomposedDevDocumentAsTheStandardLibrary() throws {
        var composedCount = 0
        for document in try CanonicalEquivalenceTests.devDocuments() {
            let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(document.relativePath), encoding: .utf8)
            let written = text.decomposedStringWithCanonicalMapping
            guard let composition = CanonicalComposition.composing(DecodedText(written)) else { continue }
            composedCount += 1
            #expect(composition.composed.utf8 == Array(written._nfcCodeUnits), "\(document.relativePath)")
        }
        #expect(composedCount > 100)
    }

    @Test func composedTextIsLeftAlone() {
        #expect(CanonicalComposition.composing(DecodedText("Việt Nam, Ελλάδα, 한국, がく, о̄йка")) == nil)
        #expect(CanonicalComposition.firstCandidate(Array("Việt Nam, Ελλάδα, 한국".utf8)) == nil)
        #expect(CanonicalComposition.firstCandidate(Array("ab\u{0301}".utf8)) == 2)
    }

    @Test func composedOffsetsLeadToTheWrittenBytes() throws {
        let written = "Xa\u{0301} ho\u{0323}\u{0302}i."
        let composition = try #require(CanonicalComposition.composing(DecodedText(written)))
        #expect(composition.composed.string == "Xá hội.")
        let utf8 = composition.composed.utf8
        // `X` 0, `á` 1 (two bytes from a + U+0301 at 1..<4), space 4, `h` 5, `ộ` 6 (from 6..<11), `i` 11.
        #expect((0...utf8.count).map(composition.composed.originalOffset)
                == [0, 1, 1, 4, 5, 6, 6, 6, 11, 12, 13])
        #expect(composition.changes.map { [$0.inputStart, $0.inputEnd] } == [[1, 4], [6, 11]])
    }

    @Test func decomposedVietnameseReportGivesItsOutlineWithItsTextAsWritten() throws {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/constructed-documents/dev/report-ropewalks.constructed.vi.txt")
        let written = try String(contentsOf: url, encoding: .utf8).decomposedStringWithCanonicalMapping
        let bytes = Array(written.utf8)
        let document = PlainTextSegmenter(language: Language(code: "vi")).segment(DecodedText(written), sourceName: "ropewalks.vi")
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.compactMap(\.label) == ["I.", "II."])
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.compactMap(\.number) == [1, 2, 3, 4, 5, 1, 2, 3, 1, 2])
        #expect(document.blocks.filter { $0.kind == .annex }.count == 2)
        #expect(LosslessCoverage.violations(bytes, document) == [])
        // Each paragraph's text is its line as written, decomposed, after the label and its space.
        for paragraph in paragraphs {
            let range = try #require(paragraph.sourceRanges.first)
            let line = String(decoding: bytes[range.start..<range.end], as: UTF8.self)
            let label = try #require(paragraph.label)
            #expect(Array(paragraph.text.unicodeScalars) == Array(line.unicodeScalars.dropFirst(label.unicodeScalars.count + 1)))
        }
        #expect(paragraphs[0].text.unicodeScalars.contains("\u{0323}"))
        #expect(headings[1].text.unicodeScalars.elementsEqual("Ke\u{0302}\u{0301}t qua\u{309}".unicodeScalars))
    }

    @Test func decomposedYorubaAndGreekGiveTheOutlinesOfTheirComposedText() throws {
        for (set, code) in [("treaty-saddletrees", "yo"), ("report-energy", "el"), ("letter-nightsitting", "el")] {
            let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/constructed-documents/dev/\(set).constructed.\(code).txt")
            let composed = try String(contentsOf: url, encoding: .utf8)
            let written = composed.decomposedStringWithCanonicalMapping
            #expect(!written.unicodeScalars.elementsEqual(composed.unicodeScalars))
            let segmenter = PlainTextSegmenter(language: Language(code: code))
            let expected = segmenter.segment(DecodedText(composed), sourceName: set).blocks
            let blocks = segmenter.segment(DecodedText(written), sourceName: set).blocks
            #expect(blocks.map(\.id) == expected.map(\.id), "\(set) \(code)")
            #expect(blocks.map(\.kind) == expected.map(\.kind))
            #expect(blocks.map(\.label) == expected.map(\.label))
            // The text is the written (decomposed) form: canonically equal, scalar for scalar the NFD.
            for (block, original) in zip(blocks, expected) {
                #expect(block.text == original.text)
                #expect(Array(block.text.unicodeScalars) == Array(original.text.decomposedStringWithCanonicalMapping.unicodeScalars),
                        "\(set) \(block.id)")
            }
            #expect(LosslessCoverage.violations(Array(written.utf8), segmenter.segment(DecodedText(written), sourceName: set)) == [])
        }
    }
}
