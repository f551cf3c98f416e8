import Foundation
import Testing
import ParityCore
import ParityTestSupport
@testable import ParityXML

@Suite struct HTMLReportWriterTests {
    private func constructedReport() -> (html: String, findings: [Finding]) {
        let (alignment, findings) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        return (HTMLReportWriter().render(alignment: alignment, findings: findings), findings)
    }

    @Test func constructedReportParsesWithoutErrors() {
        let inspection = HTMLInspector.inspect(constructedReport().html)
        #expect(inspection.errors == [])
        #expect(inspection.unknownTags.isSubset(of: ReportTriageTests.allowedUnknownTags))
    }

    @Test func constructedReportHasOneSummaryRowPerFindingAndLinksResolve() {
        let (html, findings) = constructedReport()
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.summaryRows == findings.count)
        #expect(inspection.sideBySideRows == 4)
        let ids = Set(inspection.ids)
        #expect(ids.isSuperset(of: ["row-1", "row-2", "row-3", "row-4", "summary"]))
        // Three placed findings, four gutter links, and the map's marks: one per
        // block and one per cell a version leaves empty in a row the others fill.
        let (alignment, _) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        let blocks = alignment.versions.map(\.blocks.count).reduce(0, +)
        let gaps = alignment.links.map { link in
            link.blockIDs.contains { !$0.isEmpty } ? link.blockIDs.filter(\.isEmpty).count : 0
        }.reduce(0, +)
        #expect(inspection.mapLinks.count == blocks + gaps)
        #expect(inspection.fragmentLinks.count == 3 + 4 + inspection.mapLinks.count)
        for link in inspection.fragmentLinks { #expect(ids.contains(link), "#\(link)") }
        #expect(inspection.ids.count == ids.count, "ids are unique")
    }

    @Test func constructedReportMarksOnlyDifferingNumbersAndSetsDirection() {
        let (html, _) = constructedReport()
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.markedTexts == ["1948", "1948年", "١٩٤٩"])
        #expect(inspection.cellDirections == Array(repeating: ["ltr", "ltr", "rtl"], count: 4).flatMap { $0 })
        #expect(html.contains("<td lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("@media print"))
        #expect(html.contains("constructed document-level note &lt;with markup &amp; quotes \"'&gt;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
    }

    @Test func constructedReportIsWrittenAtomically() throws {
        let (alignment, findings) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("report.html")
        try HTMLReportWriter().write(alignment: alignment, findings: findings, to: target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == HTMLReportWriter().render(alignment: alignment, findings: findings))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])

        let missing = directory.appendingPathComponent("no-such-dir/report.html")
        #expect(throws: ExportError.cannotWrite(path: missing.path, reason: "No such file or directory")) {
            try HTMLReportWriter().write(alignment: alignment, findings: findings, to: missing.path)
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    /// A report of several megabytes goes to its file in pieces as it is made: the file holds what `render` gives.
    @Test func constructedLongReportIsWrittenInPiecesAsRendered() throws {
        let alignment = ConstructedViewAlignments.constructedLongEnglishFrench(count: 6_000)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("report.html")
        try HTMLReportWriter().write(alignment: alignment, findings: [], to: target.path)
        let written = try Data(contentsOf: target)
        #expect(written.count > 2 * HTMLEscapingWriter.pieceBytes)
        #expect(written == Data(HTMLReportWriter().render(alignment: alignment, findings: []).utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
    }

    @Test func constructedBrokenHTMLIsReported() {
        let inspection = HTMLInspector.inspect("<html><body><table><tr><td>x</p></td></tr></table></body></html>")
        #expect(!inspection.errors.isEmpty)
    }

    @Test func constructedFilteredReportShowsGapsAndOnlyReachableFindings() {
        let alignment = ConstructedViewAlignments.constructedLongEnglishFrench(count: 40)
        func finding(_ id: String) -> Finding {
            Finding(kind: .numberMismatch, severity: .warning,
                    locations: [FindingLocation(version: 1, language: .french, blockIDs: [id])], message: "constructed \(id)")
        }
        let findings = [finding("p15"), finding("p30")]
        let onlyIssues = HTMLInspector.inspect(HTMLReportWriter(filter: RowFilter(onlyIssues: true))
            .render(alignment: alignment, findings: findings))
        #expect(onlyIssues.errors == [])
        #expect(onlyIssues.sideBySideRows == 6)
        #expect(onlyIssues.summaryRows == 2)
        for link in onlyIssues.fragmentLinks { #expect(onlyIssues.ids.contains(link)) }

        let ranged = HTMLReportWriter(filter: RowFilter(from: 10, to: 20)).render(alignment: alignment, findings: findings)
        let inspection = HTMLInspector.inspect(ranged)
        #expect(inspection.sideBySideRows == 11)
        #expect(inspection.summaryRows == 1)
        #expect(ranged.contains("Side by side (11 of 40 rows)"))
        for link in inspection.fragmentLinks { #expect(inspection.ids.contains(link)) }
    }
}
