import Testing
import ParityTestSupport
@testable import ParityCore

@Suite struct SideBySideLayoutTests {
    private func render(width: Int = 100, color: Bool = false, filter: RowFilter = RowFilter()) -> [String] {
        let (alignment, findings) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        return Array(SideBySideLayout(alignment: alignment, findings: findings,
                                      options: SideBySideOptions(width: width, color: color, filter: filter)))
    }

    @Test(arguments: [44, 61, 80, 100, 137])
    func constructedLinesNeverExceedTheWidth(width: Int) {
        let lines = render(width: width)
        #expect(lines.count > 10)
        for line in lines { #expect(DisplayWidth.of(line) <= width, "\(line)") }
    }

    /// A gutter label cut to its width: a spacing vowel sign inside a cluster widens it
    /// (Kannada, Devanagari), so the cut falls before the cluster that overflows and the
    /// label is never wider than the gutter (a Kannada speaker's label trapped `show`).
    @Test(arguments: ["ಶ್ರೀ. ನೋವಾಕ್ (ರುರಿಟಾನಿಯಾ)", "श्रीमती पेट्रोवा (सिल्डाविया)", "第二十七条 会议", "meta-symbol"])
    func constructedTruncatedLabelNeverExceedsItsWidth(label: String) {
        for width in 0...24 {
            let cut = SideBySideLayout.truncate(label, to: width)
            #expect(cut.width <= width, "\(width): \(cut.text)")
            #expect(DisplayWidth.of(cut.text) == cut.width, "\(width): \(cut.text)")
        }
    }

    /// A row label from an alignment file can hold a bidi override or a control (found by the fuzzer:
    /// a TMX whose link label read `p\u{202E}re3` reached the gutter of `show` raw); the gutter shows them visibly.
    @Test(arguments: ["p\u{202E}re3", "p\u{1B}[2Jre3", "art\u{2066}1\u{2069}", "p\u{9B}1"])
    func constructedRowLabelNeverCarriesAControlOrBidiOverride(label: String) {
        let row = SideBySideRow(index: 1, cells: [[], []], label: label)
        #expect(!row.label.unicodeScalars.contains { TerminalSafeText.isUnsafe($0) }, "\(row.label)")
        #expect(row.label.hasPrefix("p") || row.label.hasPrefix("art"))
        #expect(row.label.contains("<U+") || row.label.contains("␛"))
    }

    @Test func constructedTooNarrowWidthIsRaisedToTheMinimumColumns() {
        let (alignment, findings) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        let layout = SideBySideLayout(alignment: alignment, findings: findings, options: SideBySideOptions(width: 20))
        #expect(layout.columnWidth == 10)
        #expect(layout.lineWidth == 44)
        for line in layout { #expect(DisplayWidth.of(line) <= 44) }
    }

    /// A table of links builds a row when it is asked for: the rows built one
    /// at a time, the filtered items and the rendered lines are those of the
    /// same table with every row built at once.
    @Test(arguments: [RowFilter(), RowFilter(onlyIssues: true), RowFilter(onlyIssues: false, from: 2, to: 3)])
    func constructedRowsBuiltOneAtATimeEqualRowsBuiltAtOnce(filter: RowFilter) {
        let (alignment, findings) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        let table = SideBySideTable(alignment: alignment, findings: findings)
        let built = table.withRowsBuilt()
        #expect(table.rowCount == 4 && built.rowCount == 4)
        #expect((0..<table.rowCount).map(table.row) == built.rows)
        #expect((0..<table.rowCount).map(table.findings(ofRow:)) == built.rows.map(\.findings))
        #expect(table.items(filter) == built.items(filter))
        #expect(table.itemPositions(filter) == built.itemPositions(filter))
        // What the HTML report's overview reads without building the rows.
        #expect(!table.isSentenceLevel && !built.isSentenceLevel)
        for version in alignment.versions.indices {
            #expect(table.firstRowOfBlocks(inVersion: version) == built.firstRowOfBlocks(inVersion: version))
            #expect((0..<table.rowCount).map { table.blockCount(ofRow: $0, version: version) } == built.rows.map { $0.cells[version].count })
        }
        #expect((0..<table.rowCount).map(table.anchor(ofRow:)) == built.rows.map(\.anchor))
        let options = SideBySideOptions(width: 90, color: true, filter: filter)
        #expect(Array(SideBySideLayout(table: table, options: options)) == Array(SideBySideLayout(table: built, options: options)))
    }

    @Test func constructedRowsFollowLinksAndFindingsFollowTheirRow() {
        let (alignment, findings) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        let table = SideBySideTable(alignment: alignment, findings: findings)
        #expect(table.rows.map(\.label) == ["1", "2", "3", "4"])
        #expect(table.rows.map { $0.cells.map(\.count) } == [[1, 1, 1], [1, 1, 1], [1, 2, 1], [1, 1, 0]])
        #expect(table.rows.map(\.findings.count) == [1, 0, 1, 1])
        #expect(table.rows.map(\.worstSeverity) == [.error, nil, .warning, .error])
        #expect(table.unplacedFindings.map(\.kind) == [.lengthRatioOutlier])

        let lines = render()
        let messageLine = try! #require(lines.firstIndex { $0.contains("number-mismatch: 1948 in es is 1949 in ar") })
        let rowOne = try! #require(lines.firstIndex { $0.hasPrefix("  1 ✖") })
        let rowTwo = try! #require(lines.firstIndex { $0.hasPrefix("  2  ") })
        #expect(rowOne < messageLine && messageLine < rowTwo)
        #expect(lines.contains { $0.contains("ℹ length-ratio-outlier: constructed document-level note") })
        #expect(lines.last == "4 of 4 rows shown; 4 findings: ✖ 2 errors, ⚠ 1 warning, ℹ 1 info")
    }

    @Test func constructedArabicColumnIsRightAligned() {
        let lines = render(width: 100)
        let first = try! #require(lines.first { $0.hasPrefix("  1 ✖") })
        let cells = first.split(separator: " │ ", omittingEmptySubsequences: false).map(String.init)
        #expect(cells.count == 4)
        #expect(cells[3].hasPrefix(" "))
        #expect(!cells[3].hasSuffix(" "))
        #expect(cells[1].hasPrefix("1. Párrafo"))
    }

    @Test func constructedStackedBlocksAndEmptyCell() {
        let lines = render(width: 100)
        let rowThree = try! #require(lines.firstIndex { $0.hasPrefix("  3 ⚠") })
        let firstPart = try! #require(lines.firstIndex { $0.contains("3. 为测试构造的第三段的前半") })
        let secondPart = try! #require(lines.firstIndex { $0.contains("4. 为测试构造的第三段的后半") })
        #expect(firstPart == rowThree)
        #expect(lines[firstPart + 1].contains("部分。"))
        #expect(!lines[firstPart + 2].unicodeScalars.contains { DisplayWidth.of($0) == 2 }, "a blank line separates the stacked blocks")
        #expect(secondPart == firstPart + 3)
        let rowFour = try! #require(lines.first { $0.hasPrefix("  4 ✖") })
        #expect(rowFour.hasSuffix("  —"))
    }

    @Test func constructedOnlyIssuesKeepsContextAndMarksGaps() {
        let alignment = ConstructedViewAlignments.constructedLongEnglishFrench(count: 30)
        let finding = Finding(kind: .numberMismatch, severity: .warning,
                              locations: [FindingLocation(version: 1, language: .french, blockIDs: ["p15"])],
                              message: "constructed")
        let table = SideBySideTable(alignment: alignment, findings: [finding])
        let items = table.items(RowFilter(onlyIssues: true))
        #expect(items.count == 3)
        let labels = items.compactMap { item -> String? in if case .row(let row) = item { return row.label } else { return nil } }
        #expect(labels == ["14", "15", "16"])

        let ranged = table.items(RowFilter(onlyIssues: false, from: 23, to: 26))
        #expect(ranged.count == 4)
        let both = table.items(RowFilter(onlyIssues: true, from: 1, to: 10))
        #expect(both.isEmpty)
        let gapped = SideBySideTable(alignment: alignment, findings: [finding, Finding(
            kind: .emptyBlock, severity: .info, locations: [FindingLocation(version: 0, language: .english, blockIDs: ["p20"])],
            message: "constructed")]).items(RowFilter(onlyIssues: true))
        #expect(gapped.count == 7)
        #expect(gapped[3] == .gap(2))
    }

    @Test func constructedColorOnlyWhenEnabled() {
        #expect(!render(color: false).joined().contains("\u{1B}["))
        let coloured = render(color: true)
        #expect(coloured.contains { $0.contains("\u{1B}[31m✖\u{1B}[0m") })
        // Differing numbers in reverse video: 1948 in es and zh, ١٩٤٩ in ar; 30 and % are in all three.
        let marked = coloured.joined(separator: "\n")
        #expect(marked.split(separator: "\u{1B}[7m", omittingEmptySubsequences: false).count - 1 == 3)
        #expect(marked.contains("\u{1B}[7m1948\u{1B}[27m"))
        #expect(marked.contains("\u{1B}[7m١٩٤٩\u{1B}[27m"))
    }

    @Test func constructedLongDocumentStreamsLazily() {
        let alignment = ConstructedViewAlignments.constructedLongEnglishFrench(count: 5000)
        let layout = SideBySideLayout(alignment: alignment, findings: [], options: SideBySideOptions(width: 100))
        var iterator = layout.makeIterator()
        var firstLines: [String] = []
        while firstLines.count < 4, let line = iterator.next() { firstLines.append(line) }
        #expect(firstLines[0].contains("en · constructed-en.txt (pivot)"))
        #expect(firstLines[2].hasPrefix("   1   │ 1. Constructed English paragraph 1."))
        var total = 0
        for _ in layout { total += 1 }
        // Header and rule, 5000 rows with a blank line between them, closing rule and summary.
        let expected = 2 + (5000 * 2 - 1) + 2
        #expect(total == expected)
    }

    @Test func constructedRangeEndKeepsTheLastArticlesBody() {
        let blocks = [
            Block(id: "art1", kind: .article, number: 1, text: "Constructed article 1"),
            Block(id: "art1-p1", kind: .unnumberedParagraph, text: "Constructed body.", parent: "art1"),
            Block(id: "h-x", kind: .heading, text: "Constructed heading"),
            Block(id: "art2", kind: .article, number: 2, text: "Constructed article 2"),
            Block(id: "art2-p1", kind: .unnumberedParagraph, text: "Constructed body.", parent: "art2"),
            Block(id: "art2-li1", kind: .listItem, text: "Constructed item.", parent: "art2"),
            Block(id: "art3", kind: .article, number: 3, text: "Constructed article 3"),
        ]
        let document = Document(sourceName: "constructed.xml", language: .english, blocks: blocks)
        let alignment = Alignment(versions: [document, document], pivot: 0, links: blocks.map {
            AlignmentLink(blockIDs: [[$0.id], [$0.id]], method: .number, confidence: 1)
        })
        let table = SideBySideTable(alignment: alignment, findings: [])
        func labels(_ filter: RowFilter) -> [String] {
            table.items(filter).compactMap { if case .row(let row) = $0 { return row.label } else { return nil } }
        }
        #expect(labels(RowFilter(from: 2, to: 2)) == ["2", "art2-p1", "art2-li1"])
        #expect(labels(RowFilter(from: 1, to: 1)) == ["1", "art1-p1"])
        #expect(labels(RowFilter(from: 3)) == ["3"])
        #expect(labels(RowFilter(from: 4)) == [])
    }

    @Test func constructedASCIIGlyphs() {
        let (alignment, findings) = ConstructedViewAlignments.constructedSpanishChineseArabic()
        let lines = Array(SideBySideLayout(alignment: alignment, findings: findings,
                                           options: SideBySideOptions(width: 100, ascii: true)))
        let drawing = "│─┼✖⚠ℹ⋮—·"
        #expect(!lines.joined().contains { drawing.contains($0) })
        #expect(lines.contains { $0.hasPrefix("  1 x | 1. Párrafo") })
        #expect(lines.contains { $0.hasPrefix("  3 ! | 3. Tercer") })
        #expect(lines.last == "4 of 4 rows shown; 4 findings: x 2 errors, ! 1 warning, i 1 info")
    }
}
