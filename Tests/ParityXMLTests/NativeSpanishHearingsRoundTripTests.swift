import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// The native format on the real Spanish UN document segmented from plain
/// text: metadata lines, headings, numbered paragraphs, footnotes, table of
/// contents entries and emphasis all pass through it unchanged.
@Suite struct NativeSpanishHearingsRoundTripTests {
    @Test func realSpanishDocumentReadsBackEqualAndRewritesByteIdentical() throws {
        let decoded = try TextDecoder().decode(try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt"), file: "es.txt")
        let document = PlainTextSegmenter().segment(decoded, sourceName: "es.txt")
        #expect(document.numberedParagraphs.count == 76)
        let content = CheckedAlignment(alignment: Alignment(versions: [document]))
        let first = try NativeAlignmentWriter().write(content)
        #expect(first.warnings.isEmpty)
        #expect(try ExportTestFiles.relaxNGErrors(first.bytes, "parity-alignment.rng").isEmpty)
        let readBack = try NativeAlignmentReader().read(first.bytes, file: "es-native.xml")
        #expect(readBack == content)
        let blocks = readBack.alignment.versions[0].blocks
        #expect(blocks.filter { $0.kind == .footnote }.map(\.id) == ["fn-star", "fn1"])
        #expect(blocks.filter { $0.kind == .tocEntry }.count == 18)
        #expect(blocks.contains { !$0.emphasis.isEmpty } && blocks.contains { $0.sourceRanges.count == 2 })
        #expect(try NativeAlignmentWriter().write(readBack).bytes == first.bytes)
    }
}
