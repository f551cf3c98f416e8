import Foundation
import Testing
import ParityTestSupport
@testable import ParityCore

/// Inputs a fuzzing campaign found (``ParityFuzz replay RUN SEED FILE``),
/// kept as they were made: mutated windows of the constructed and generated
/// fixtures, not documents. Each must segment losslessly.
@Suite struct FuzzRegressionLosslessTests {
    static func violations(_ name: String) throws -> [Int] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-regressions").appendingPathComponent(name)
        let bytes = Array(try Data(contentsOf: url))
        let document = PlainTextSegmenter().segment(DecodedText(utf8: bytes, encoding: .utf8), sourceName: name)
        return LosslessCoverage.violations(bytes, document)
    }

    /// A window of pdftotext output that the detector does not take for PDF
    /// text, with a job-number footer (`15-05716 9/19`) and the next line of
    /// the paragraph read as one unit of a wrapped line: the footer was made
    /// furniture of its first line only and the line after it
    /// (`costumbres y prácticas.`, bytes 1101–1124) was in no block.
    @Test func aLineAfterAPrintingMarkInOneUnitIsKept() throws {
        #expect(try Self.violations("constructed-mutated-es-pdftotext-run143228-seed8101.txt") == [])
    }
}
