import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Paragraph numbers written without a full stop and set apart from the text by one space (`1 The workshop …`,
/// `2 The participants …`, `3 The next workshop …`): the run of lines counting 1, 2, 3 … is the numbering, not one
/// line (`SpacedNumberCounts`). Documents `dev/noteverbale-brushmakers` (en, fr without blank lines; zh).
@Suite struct ConstructedSpacedNumberCountTests {
    private func dev(_ code: String) throws -> Document {
        try ConstructedSegmentation.devDocument("noteverbale-brushmakers", code)
    }

    private func counts(_ text: String) -> [Int: Int] {
        let bytes = Array(text.utf8)
        return SpacedNumberCounts.find(bytes, LineScanner.lines(in: bytes))
    }

    @Test(arguments: ["en", "fr", "zh"])
    func theAnnexHoldsThreeNumberedParagraphs(_ code: String) throws {
        let document = try dev(code)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2", "annex-p3"])
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 2)
    }

    @Test func theNumberIsNoPartOfTheText() throws {
        let document = try dev("en")
        #expect(document.block(id: "annex-p3")?.text == "The next workshop will be held in Syldavia in November 2045.")
    }

    @Test(arguments: ["fr-en", "zh-en"])
    func thePairsAreClean(_ pair: String) throws {
        let codes = pair.split(separator: "-").map(String.init)
        let findings = ParityChecker().check(Aligner().align([try dev(codes[0]), try dev(codes[1])])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" } == [])
    }

    static let paragraphs = """
    Report of the constructed workshop
    1 The workshop was held in Borduria and was attended by many constructed craftspeople.
    2 The participants estimated that some constructed brush makers work in the region.
    3 The next workshop will be held in Syldavia in the autumn of the next year.
    """

    @Test func aRunCountingOneTwoThreeIsANumbering() {
        #expect(counts(Self.paragraphs) == [1: 1, 2: 2, 3: 3])
        // Hard-wrapped: the paragraph's own lines between its number and the next.
        let wrapped = """
        1 The workshop was held in Borduria and was attended by many
        constructed craftspeople from the region.
        2 The participants estimated that some constructed brush makers
        work in the region.
        3 The next workshop will be held in Syldavia.
        """
        #expect(counts(wrapped) == [0: 1, 2: 2, 4: 3])
    }

    @Test func twoLinesOrAGapInTheCountMakeNoNumbering() {
        #expect(counts(Self.paragraphs.replacingOccurrences(of: "\n3 The next", with: "\nThe next")).isEmpty)
        #expect(counts(Self.paragraphs.replacingOccurrences(of: "\n2 The", with: "\n4 The")).isEmpty)
    }

    @Test func footnotesTablesAndDatesMakeNoNumbering() {
        // Under a footnote rule.
        #expect(counts("Constructed text.\n__________\n" + Self.paragraphs.split(separator: "\n").dropFirst().joined(separator: "\n")).isEmpty)
        // Short lines only: a page's notes.
        #expect(counts("1 A/99/150.\n2 See A/99/151.\n3 Ibid., para. 4.\n").isEmpty)
        // A table's rows: columns set apart by spaces.
        #expect(counts("1 Ruritania  450 constructed workshops in the region and more\n2 Syldavia  320 constructed workshops\n3 Borduria  210 constructed workshops\n").isEmpty)
        // A schedule: a month's name after the numbers.
        #expect(counts("1 January: the constructed workshop opens with a plenary meeting of all participants\n2 January: visits\n3 January: closing\n").isEmpty)
        // Two spaces or a tab after the number: no such count (`TabbedNumberCounts` reads the tab).
        #expect(counts(Self.paragraphs.replacingOccurrences(of: "\n2 The", with: "\n2\tThe")).isEmpty)
        // Lower case after the number: figures in running text.
        #expect(counts(Self.paragraphs.replacingOccurrences(of: "\n1 The", with: "\n1 the")).isEmpty)
    }
}
