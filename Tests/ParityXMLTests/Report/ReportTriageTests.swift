import Foundation
import ParityCore
import ParityTestSupport
import Testing
@testable import ParityXML

/// The HTML report as a reviser triages it: errors first, consequences under
/// their cause, short "Where" cells, versions named by file when two share a
/// language, contents entries by their label path, an overview map whose
/// marks link to rows, and word differences between two versions of one
/// language. Parsed with libxml2's HTML parser.
@Suite struct ReportTriageTests {
    static func spanish(_ path: String, name: String) throws -> Document {
        let bytes = [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(path)))
        return PlainTextSegmenter(language: .spanish).segment(try TextDecoder().decode(bytes, file: name), sourceName: name)
    }

    /// The real Spanish document against its constructed renumbered revision.
    static func renumberedReport() throws -> (html: String, alignment: Alignment, findings: [Finding]) {
        let alignment = Aligner(pivot: 0).align([
            try spanish("Sources-Texts/un-hearings-2006/es.txt", name: "es.txt"),
            try spanish("Tests/Fixtures/constructed/constructed-es-renumbered.txt", name: "constructed-es-renumbered.txt"),
        ])
        let findings = ParityChecker().check(alignment)
        return (HTMLReportWriter().render(alignment: alignment, findings: findings), alignment, findings)
    }

    static let allowedUnknownTags: Set<String> = ["mark", "svg", "rect", "polygon", "text", "details", "summary"]

    @Test func renumberedRevisionSummaryListsErrorsFirstWithTheContentsRangesGroupedUnderTheRun() throws {
        let (html, _, findings) = try Self.renumberedReport()
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.errors == [])
        #expect(inspection.unknownTags.isSubset(of: Self.allowedUnknownTags), "\(inspection.unknownTags)")
        #expect(findings.count == 18)
        // 18 findings: 15 contents ranges under the renumbered run, so three rows.
        #expect(inspection.summaryRows == 3)
        #expect(inspection.summaryCells.map { $0[1] } == ["✖ error", "✖ error", "ℹ info"])
        #expect(inspection.summaryCells.map { $0[2] } == ["missing-paragraph", "out-of-order-number", "number-mismatch"])
        #expect(inspection.summaryCells[1][4] == "es.txt: paragraph 26–76; constructed-es-renumbered.txt: paragraph 25–75")
        #expect(inspection.summaryCells[0][4] == "es.txt: paragraph 25; constructed-es-renumbered.txt: —")
        #expect(inspection.elementCounts["details"] == 1)
        #expect(inspection.summaryCells[1][5].contains("15 findings following from it: toc-range-mismatch ×15"))
        #expect(html.contains("<a href=\"#row-"))
        #expect(html.contains(">contents III.A</a>: "))
        #expect(!html.contains("es: paragraph"))
        #expect(html.contains("15 of them follow from another finding and are listed under it."))
        // The revision changes no words; the paragraphs 24 that the numbering pairs are different texts.
        #expect(inspection.deletedTexts.isEmpty && inspection.insertedTexts.isEmpty)
        // The renumbered labels are marked in both versions: 26.–76. against 25.–75.
        let labels = inspection.markedTexts.filter { $0.hasSuffix(".") }
        #expect(labels == (26...76).flatMap { ["\($0).", "\($0 - 1)."] })
    }

    @Test func renumberedRevisionMapHasAStripPerVersionAndEveryMarkLinksToARow() throws {
        let (html, alignment, _) = try Self.renumberedReport()
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.elementCounts["svg"] == 1)
        let blocks = alignment.versions.map(\.blocks.count).reduce(0, +)
        // One rectangle per block, one marker where the revision has nothing (paragraph 25's row).
        #expect(inspection.elementCounts["rect"] == blocks)
        let gapRows = alignment.links.filter { link in link.blockIDs.contains { $0.isEmpty } }.count
        #expect(gapRows == 1)
        #expect(inspection.elementCounts["text"] == 2)
        #expect(inspection.mapLinks.count == blocks + gapRows)
        let ids = Set(inspection.ids)
        #expect(inspection.mapLinks.allSatisfy(ids.contains))
        #expect(html.contains("fill=\"#ef6c00\""))  // the renumbered run
        #expect(html.contains("fill=\"#d32f2f\""))  // the gap
        #expect(!html.contains("<script"))
    }

    /// A constructed two-version Spanish pair: one word changed, one added, one dropped.
    @Test func constructedRevisionShowsWordDifferencesInTheRow() throws {
        func document(_ name: String, _ second: String) -> Document {
            Document(sourceName: name, language: .spanish, blocks: [
                Block(id: "p1", kind: .paragraph, number: 1, label: "1.", text: "Primer párrafo construido sin cambios."),
                Block(id: "p2", kind: .paragraph, number: 2, label: "2.", text: second),
            ])
        }
        let alignment = Aligner(pivot: 0).align([
            document("constructed-a.txt", "El día 12 de julio se celebraron las audiencias interactivas."),
            document("constructed-b.txt", "El día 13 de julio se celebraron ayer las audiencias."),
        ])
        let html = HTMLReportWriter().render(alignment: alignment, findings: ParityChecker().check(alignment))
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.errors == [])
        #expect(inspection.deletedTexts == ["12", "interactivas"])
        #expect(inspection.insertedTexts == ["13", "ayer"])
        #expect(html.contains("constructed-a.txt"))
    }

    @Test func versionsSharingALanguageAreNamedByFile() {
        let a = Document(sourceName: "x/es.txt", language: .spanish, blocks: [])
        let b = Document(sourceName: "y/es-rev.txt", language: .spanish, blocks: [])
        let c = Document(sourceName: "en.txt", language: .english, blocks: [])
        let d = Document(sourceName: "z/es.txt", language: .spanish, blocks: [])
        #expect(HTMLReportWriter.versionNames([a, b, c]) == ["es.txt", "es-rev.txt", "en"])
        #expect(HTMLReportWriter.versionNames([a, d]) == ["v1 es.txt", "v2 es.txt"])
    }

    @Test func sixLanguageUDHRReportParsesAndItsMapLinksResolve() throws {
        let codes = ["eng", "fra", "spa", "rus", "arb", "cmn_hans"]
        let documents = try codes.map { try UDHRReader().read(try RepositoryPaths.sourceTextBytes("udhr/udhr_\($0).xml"), file: "udhr_\($0).xml") }
        let alignment = Aligner(pivot: 0).align(documents)
        let findings = ParityChecker().check(alignment)
        let inspection = HTMLInspector.inspect(HTMLReportWriter().render(alignment: alignment, findings: findings))
        #expect(inspection.errors == [])
        #expect(inspection.unknownTags.isSubset(of: Self.allowedUnknownTags))
        #expect(inspection.elementCounts["text"] == 6)
        #expect(inspection.elementCounts["rect"] == documents.map(\.blocks.count).reduce(0, +))
        #expect(inspection.summaryRows == findings.count)  // no contents, nothing to group
        #expect(inspection.summaryCells.allSatisfy { !$0[4].contains("; es:") || !$0[4].contains("es.xml") })
        let ids = Set(inspection.ids)
        #expect(!inspection.mapLinks.isEmpty && inspection.mapLinks.allSatisfy(ids.contains))
        #expect(inspection.deletedTexts.isEmpty && inspection.insertedTexts.isEmpty)
    }
}
