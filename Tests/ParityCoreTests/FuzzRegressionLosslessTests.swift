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
}
