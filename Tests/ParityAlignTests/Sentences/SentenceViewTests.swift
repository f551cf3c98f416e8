import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// The sentence-level side-by-side table, terminal layout and HTML report on
/// the real UDHR, English pivot.
@Suite struct SentenceViewTests {
    static func englishFrench() throws -> (Alignment, [Finding]) {
        let alignment = Aligner(pivot: 0).align([try AlignTestFixtures.udhr("eng"), try AlignTestFixtures.udhr("fra")])
        return (alignment, ParityChecker().check(alignment))
    }

    /// Article 1's paragraph has two sentences in English and French (read in
    /// udhr_eng.xml and udhr_fra.xml): two rows under one block row, labelled
    /// `art1-p1` and `art1-p1.2`; the article's title is one row `1`.
    @Test func rowsAreBeadsGroupedUnderTheirBlockRow() throws {
        let (alignment, findings) = try Self.englishFrench()
        let table = SideBySideTable(alignment: alignment, findings: findings, sentences: SentenceRows.align(alignment))
        let blocks = SideBySideTable(alignment: alignment, findings: findings)
        let pair = SentencePairAlignment.align(alignment, target: 1)
        #expect(table.rows.count == pair.beads.count)
        let first = try #require(table.rows.firstIndex { $0.label == "art1-p1" })
        #expect(table.rows[first - 1].label == "1")
        #expect(table.rows[first - 1].cells.map { $0.map(\.text) } == [["Article 1"], ["Article premier"]])
        #expect(table.rows[first + 1].label == "art1-p1.2")
        #expect(table.rows[first + 1].cells.map { $0.map(\.text) } == [
            ["They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood."],
            ["Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit de fraternité."],
        ])
        #expect(table.rows[first].blockRow == table.rows[first + 1].blockRow)
        #expect(table.rows[first - 1].number == 1)
        let blockRow = try #require(table.rows[first].blockRow)
        #expect(table.rows[first].number == blocks.rows[blockRow].number && table.rows[first + 1].number == blocks.rows[blockRow].number)
        // Every block row of the UDHR has text, so each has sentence rows; block rows never go back.
        let blockRows = table.rows.compactMap(\.blockRow)
        #expect(blockRows.count == table.rows.count)
        #expect(blockRows == blockRows.sorted())
        #expect(Set(blockRows).count == blocks.rows.count)
        // The same findings, each once.
        let placed = table.unplacedFindings + table.rows.flatMap(\.findings)
        #expect(placed.count == findings.count)
        #expect(Set(placed) == Set(findings))
        // Every sentence's text appears once, in order.
        #expect(table.rows.flatMap { $0.cells[0].map(\.text) } == pair.source.map(\.text))
        #expect(table.rows.flatMap { $0.cells[1].map(\.text) } == pair.target.map(\.text))
    }

    @Test func terminalLayoutPartsTheSentenceRowsOfABlockWithADottedRule() throws {
        let (alignment, findings) = try Self.englishFrench()
        let table = SideBySideTable(alignment: alignment, findings: findings, sentences: SentenceRows.align(alignment))
        let lines = Array(SideBySideLayout(table: table, options: SideBySideOptions(width: 100, filter: RowFilter(from: 1, to: 1))))
        let gutters = lines.compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "│") else { return nil }
            let gutter = line[..<bar].trimmingCharacters(in: .whitespaces)
            return gutter.isEmpty ? nil : gutter
        }
        #expect(gutters == ["1", "art1-p1", "art1-p1.2"])
        #expect(lines.filter { $0.contains("┈┈┈") }.count == 1)
        #expect(lines.last == "3 of 101 rows shown; no findings")
        let dotted = try #require(lines.firstIndex { $0.contains("┈") })
        #expect(lines[dotted + 1].contains("art1-p1.2"))
        let ascii = Array(SideBySideLayout(table: table, options: SideBySideOptions(width: 100, ascii: true, filter: RowFilter(from: 1, to: 1))))
        #expect(!ascii.contains { $0.contains("┈") })
        #expect(ascii.filter { $0.contains("| .........") }.count == 1)
    }

    @Test func reportHasOneRowPerSentenceRowAndParsesCleanly() throws {
        let (alignment, findings) = try Self.englishFrench()
        let table = SideBySideTable(alignment: alignment, findings: findings, sentences: SentenceRows.align(alignment))
        let html = HTMLReportWriter().render(table: table)
        let inspection = HTMLInspector.inspect(html)
        #expect(inspection.errors == [])
        #expect(inspection.sideBySideRows == table.rows.count)
        #expect(html.contains("<h2>Side by side, sentence by sentence (\(table.rows.count) rows)</h2>"))
        let blockRows = SideBySideTable(alignment: alignment, findings: findings).rows.count
        #expect(html.components(separatedBy: "class=\"row block-start").count - 1 == blockRows)
        #expect(html.contains("<a href=\"#row-") && html.contains(">art1-p1.2</a>"))
        let ids = Set(inspection.ids)
        for link in inspection.fragmentLinks { #expect(ids.contains(link), "#\(link)") }
        // The block-level report is unchanged by the sentence level: no block-start rows.
        let blockReport = HTMLReportWriter().render(alignment: alignment, findings: findings)
        #expect(!blockReport.contains("block-start\""))
        #expect(blockReport.contains("<h2>Side by side (\(blockRows) rows)</h2>"))
    }
}
