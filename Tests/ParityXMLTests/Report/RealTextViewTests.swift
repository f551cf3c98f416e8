import Foundation
import Testing
import ParityCore
import ParityTestSupport
@testable import ParityXML

/// Golden terminal views and HTML reports of the real texts: the UDHR in
/// Spanish/English and Spanish/Chinese/Arabic, and the Spanish UN document
/// against a defect-injected copy of itself. Re-record with `PARITY_RECORD=1`.
@Suite struct RealTextViewTests {
    static func udhr(_ code: String) throws -> Document {
        try UDHRReader().read(try RepositoryPaths.sourceTextBytes("udhr/udhr_\(code).xml"), file: "udhr_\(code).xml")
    }

    static func spanishHearings() throws -> Document {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let text = try TextDecoder().decode(bytes, file: "es.txt")
        return PlainTextSegmenter(language: .spanish).segment(text, sourceName: "es.txt")
    }

    /// The Spanish document with defects injected programmatically: paragraph
    /// 30 deleted, a figure changed in paragraph 1, paragraphs 40 and 41 merged.
    static func defectInjectedSpanishHearings() throws -> Document {
        var injected = try DefectInjector(spanishHearings()).deleting("p30")
        injected = try DefectInjector(injected).replacing("2006", with: "2007", in: "p1")
        injected = try DefectInjector(injected).merging("p40", with: "p41")
        injected.sourceName = "es-defect-injected.txt"
        return injected
    }

    static func view(_ documents: [Document], filter: RowFilter = RowFilter()) -> (String, Alignment, [Finding]) {
        let alignment = Aligner(pivot: 0).align(documents)
        let findings = ParityChecker().check(alignment)
        let layout = SideBySideLayout(alignment: alignment, findings: findings,
                                      options: SideBySideOptions(width: 100, color: false, filter: filter))
        return (layout.joined(separator: "\n") + "\n", alignment, findings)
    }

    @Test func udhrSpanishEnglishAtWidth100() throws {
        let (text, _, _) = Self.view([try Self.udhr("spa"), try Self.udhr("eng")])
        try ViewSnapshot.check(text, named: "udhr-es-en.width100.txt")
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 100) }
    }

    @Test func udhrSpanishChineseArabicAtWidth100() throws {
        let (text, _, _) = Self.view([try Self.udhr("spa"), try Self.udhr("cmn_hans"), try Self.udhr("arb")])
        try ViewSnapshot.check(text, named: "udhr-es-zh-ar.width100.txt")
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 100) }
    }

    @Test func spanishHearingsAgainstDefectInjectedCopyOnlyIssues() throws {
        let (text, _, findings) = Self.view([try Self.spanishHearings(), try Self.defectInjectedSpanishHearings()],
                                            filter: RowFilter(onlyIssues: true))
        try ViewSnapshot.check(text, named: "un-hearings-es-vs-defect-injected.only-issues.width100.txt")
        #expect(!findings.isEmpty)
    }

    @Test func udhrSpanishEnglishArabicReportParsesAndLinksResolve() throws {
        let (_, alignment, findings) = Self.view([try Self.udhr("spa"), try Self.udhr("eng"), try Self.udhr("arb")])
        let html = HTMLReportWriter().render(alignment: alignment, findings: findings)
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.errors == [])
        #expect(inspection.unknownTags.isSubset(of: ReportTriageTests.allowedUnknownTags))
        #expect(inspection.summaryRows == findings.count)
        #expect(inspection.sideBySideRows == alignment.links.count)
        let ids = Set(inspection.ids)
        #expect(ids.count == inspection.ids.count)
        for link in inspection.fragmentLinks { #expect(ids.contains(link), "#\(link)") }
        #expect(inspection.cellDirections.filter { $0 == "rtl" }.count == alignment.links.count)
    }

    /// Three errors, one summary row each; the three contents ranges that
    /// paragraph 30's deletion shifts (IV 30–64, IV.A 30, IV.B 31–41) are
    /// listed under the missing paragraph.
    @Test func spanishHearingsDefectInjectedReportHasOneSummaryRowPerCause() throws {
        let (_, alignment, findings) = Self.view([try Self.spanishHearings(), try Self.defectInjectedSpanishHearings()])
        let html = HTMLReportWriter().render(alignment: alignment, findings: findings)
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.errors == [])
        #expect(findings.count == 6)
        #expect(inspection.summaryRows == 3)
        #expect(inspection.summaryCells.map { $0[2] } == ["number-mismatch", "missing-paragraph", "merged-paragraphs"])
        #expect(inspection.summaryCells[1][5].contains("3 findings following from it: toc-range-mismatch ×3"))
        for link in inspection.fragmentLinks { #expect(Set(inspection.ids).contains(link)) }
        #expect(inspection.markedTexts.contains { $0.contains("2007") })
    }
}
