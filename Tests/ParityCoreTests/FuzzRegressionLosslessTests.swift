import Foundation
import Testing
import ParityTestSupport
@testable import ParityCore

/// Inputs a fuzzing campaign found (``ParityFuzz replay RUN SEED FILE``),
/// kept as they were made: mutated windows of the constructed and generated
/// fixtures, not documents. Each must segment losslessly.
@Suite struct FuzzRegressionLosslessTests {
    static func violations(_ name: String) throws -> [Int] {
        let bytes = try RepositoryPaths.fixtureBytes("fuzz-regressions/" + name)
        let decoded: DecodedText
        do {
            decoded = try TextDecoder().decode(bytes, file: name)
        } catch {
            // As the CLI reads a file that is not UTF-8.
            decoded = try TextDecoder(forcedEncoding: .windows1252).decode(bytes, file: name)
        }
        let document = PlainTextSegmenter().segment(decoded, sourceName: name)
        return LosslessCoverage.violations(bytes, document, from: decoded.byteOrderMarkLength)
    }

    /// A window of pdftotext output that the detector does not take for PDF
    /// text, with a job-number footer (`15-05716 9/19`) and the next line of
    /// the paragraph read as one unit of a wrapped line: the footer was made
    /// furniture of its first line only and the line after it
    /// (`costumbres y prácticas.`, bytes 1101–1124) was in no block.
    @Test func aLineAfterAPrintingMarkInOneUnitIsKept() throws {
        #expect(try Self.violations("constructed-mutated-es-pdftotext-run143228-seed8101.txt") == [])
    }

    /// A window of pdftotext output that is not UTF-8 (read as Windows-1252):
    /// a footnote `*A/61/150.` followed by a carriage return and C0 controls,
    /// then a job number, a barcode, a form feed and a running symbol. The clean-up
    /// keeps the line after the lone carriage return with the footnote; the segmenter
    /// gives it back to the paragraph the footnote interrupted, whose span across the
    /// page already held it: bytes 161–170 were covered twice.
    @Test func controlCharactersAfterAFootnoteAreKept() throws {
        let violations = try Self.violations("constructed-mutated-es-pdftotext-windows1252-run166461-seed19191.txt")
        #expect(violations == [], "\(violations)")
    }

    /// Found by the campaign of seed 22022 (about run 182,000; the fuzzer itself trapped, so the run is not
    /// recorded): a line whose content starts with a bidirectional mark and a tab (`U+200F⇥…`, common in
    /// right-to-left text) made `TabbedNumberCounts` read the first of no digits, a trap in every command.
    /// Constructed here: two such lines; every byte must be kept and nothing read as a paragraph number.
    @Test func aBidirectionalMarkBeforeATabIsNoNumber() {
        let text = "\u{200F}\tText after a mark and a tab.\n\u{200F}\tAnother line.\n\u{200E}\t1\tA row.\n"
        let bytes = Array(text.utf8)
        #expect(TabbedNumberCounts.find(bytes, LineScanner.lines(in: bytes)).isEmpty)
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-bidi-tab")
        #expect(LosslessCoverage.violations(bytes, document, from: 0) == [])
        #expect(!document.blocks.contains { $0.kind == .paragraph })
    }
}
