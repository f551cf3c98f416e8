import Testing
import ParityTestSupport
@testable import ParityCore

/// Shapes of text that have broken segmenters elsewhere: one huge line,
/// pages without text, endless hyphens. Each gives a lossless document or an
/// InputError. (Speed is measured by `ParityBenchmarks hostile`, not here.)
@Suite struct HostileTextTests {
    @Test func realTextAsOneTwoMegabyteLineIsOneLosslessBlock() throws {
        let sample = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt").map { $0 == 0x0A ? 0x20 : $0 }
        var bytes: [UInt8] = []
        while bytes.count < 2_000_000 { bytes += sample }
        let document = PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "line.txt"), sourceName: "line.txt")
        #expect(document.blocks.count == 1)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedPagesWithoutTextAndOneWord() throws {
        let bytes = Array(String(repeating: "\u{0C}\n", count: 10_000).utf8) + Array("palabra\u{0C}".utf8)
        let document = PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "pages.txt"), sourceName: "pages.txt")
        #expect(document.blocks.map(\.text) == ["palabra"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
        #expect(throws: InputError.empty(file: "blank.txt")) {
            try TextDecoder().decode(Array(" \n\t\n".utf8), file: "blank.txt")
        }
    }

    @Test func constructedLinesOfHyphensAndMarkersStayLossless() throws {
        let line = "a- - -- ¹ * 1. (a) IV. 06-44927 *0644927* A/61/187 -\n"
        let bytes = Array((String(repeating: line, count: 3_000) + "\u{0C}").utf8)
        let document = PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "marks.txt"), sourceName: "marks.txt")
        #expect(!document.blocks.isEmpty)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
