import Foundation
import ParityCore

/// Writes a self-contained HTML report of an alignment and its findings:
/// an overview map (`HTMLOverviewMap`), a summary table of findings, each
/// linking to its row, then the side-by-side table of the rows `filter`
/// selects (all by default). CSS is inline; there are no scripts or external
/// assets.
///
/// The summary lists findings by severity (errors first), then by row; a
/// finding that follows from another (a table-of-contents range shifted by a
/// renumbered run, see `FindingGroup`) is listed under its cause with a
/// count; long "Where" lists are summarised as ranges; versions are named by
/// language, or by file when two share a language; contents entries and
/// headings by their full label path. Numbers and symbols that differ between
/// versions of a row are highlighted with `<mark>`; words that differ between
/// two versions in the same language (a revision) with `<del>` and `<ins>`;
/// each cell carries `lang` and `dir`.
public struct HTMLReportWriter: Sendable {
    /// The report's title; `nil` makes one from the pivot's metadata.
    public var title: String?
    /// Which rows to show; the summary then lists only the findings of shown rows
    /// (and those that name no block), so every link resolves.
    public var filter: RowFilter

    /// Creates a writer.
    public init(title: String? = nil, filter: RowFilter = RowFilter()) {
        self.title = title
        self.filter = filter
    }

    /// The report as HTML text.
    public func render(alignment: Alignment, findings: [Finding]) -> String {
        render(table: SideBySideTable(alignment: alignment, findings: findings))
    }

    /// Writes the report to `path` with `AtomicFileWriter` (a temporary file
    /// renamed into place; only a regular file, never one of `inputs`).
    /// - Throws: `ExportError.cannotWrite` when the file cannot be written.
    public func write(alignment: Alignment, findings: [Finding], to path: String, protecting inputs: [String] = []) throws(ExportError) {
        try write(table: SideBySideTable(alignment: alignment, findings: findings), to: path, protecting: inputs)
    }

    /// Writes the report of an already built table to `path`, as `write(alignment:findings:to:protecting:)`.
    /// - Throws: `ExportError.cannotWrite` when the file cannot be written.
    /// The HTML goes to the file a megabyte at a time as it is made: it is five
    /// times the input or more (every finding in the summary, every text in the
    /// table), and whole, then copied to bytes, it was most of the command's peak.
    public func write(table: SideBySideTable, to path: String, protecting inputs: [String] = []) throws(ExportError) {
        try AtomicFileWriter.write(streaming: [(path: path, content: { descriptor, path throws(ExportError) in
            var html = HTMLEscapingWriter { piece in AtomicFileWriter.writeAll(Array(piece.utf8), to: descriptor) }
            render(table: table, into: &html)
            html.flush()
            if let failure = html.sinkFailure { throw .cannotWrite(path: path, reason: failure) }
        })], protecting: inputs)
    }

    /// The report of an already built table.
    public func render(table: SideBySideTable) -> String {
        var html = HTMLEscapingWriter()
        render(table: table, into: &html)
        return html.output
    }

    /// Writes the report of `table` into `html`.
    private func render(table: SideBySideTable, into html: inout HTMLEscapingWriter) {
        // Rows are built when each part comes to them, one at a time: the
        // rows of a long document, all alive at once, were most of the peak.
        let reportTitle = title ?? defaultTitle(table)
        html.raw("<!DOCTYPE html>\n")
        html.open("html", ["lang": "en"])
        html.raw("\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.element("title", text: reportTitle)
        html.raw("\n<style>\n" + Self.css + "</style>\n</head>\n<body>\n")
        html.element("h1", text: reportTitle)
        html.raw("\n")
        let items = table.itemPositions(filter)
        var shown = [Bool](repeating: false, count: table.rowCount)
        var shownCount = 0
        for case .row(let index) in items {
            shown[index] = true
            shownCount += 1
        }
        let names = Self.versionNames(table.versions)
        writeVersions(table, into: &html)
        HTMLOverviewMap(table: table, shownRows: shown, names: names).write(into: &html)
        writeSummary(table, items: items, names: names, into: &html)
        writeSideBySide(table, items: items, shownRows: shownCount, into: &html)
        html.raw("</body>\n</html>\n")
    }

    // MARK: Parts

    private func defaultTitle(_ table: SideBySideTable) -> String {
        guard table.versions.indices.contains(table.pivot) else { return "Parity report" }
        let pivot = table.versions[table.pivot]
        if let symbol = pivot.metadata.symbol { return "Parity report: \(symbol)" }
        return "Parity report: \(pivot.fileName)"
    }

    private func writeVersions(_ table: SideBySideTable, into html: inout HTMLEscapingWriter) {
        html.open("ul", ["class": "versions"])
        for (index, version) in table.versions.enumerated() {
            html.open("li")
            html.element("b", text: version.language?.englishName ?? "Unknown language")
            html.text(" (\(version.language?.rawValue ?? "?")): \(version.fileName), \(version.blocks.count) blocks")
            if index == table.pivot { html.text(" (pivot)") }
            html.close("li")
        }
        html.close("ul")
        html.raw("\n")
    }

    /// How the report names each version: its language code, or its file name
    /// when another version has the same language (`es.txt`,
    /// `constructed-es-renumbered.txt`), or `v2 file` when file names repeat too.
    static func versionNames(_ versions: [Document]) -> [String] {
        versions.enumerated().map { index, version in
            let code = version.language?.rawValue
            let sameLanguage = versions.indices.filter { versions[$0].language == version.language }
            if let code, sameLanguage.count == 1 { return code }
            let sameFile = versions.filter { $0.fileName == version.fileName }.count
            return sameFile == 1 ? version.fileName : "v\(index + 1) \(version.fileName)"
        }
    }

    /// A row's name in the summary and gutter: contents entries and headings
    /// by their full label path (`contents III.A`), others by `row.label`.
    static func rowName(_ row: SideBySideRow, pivot: Int) -> String {
        if row.blockRow != nil { return row.label }
        let order = [pivot] + row.cells.indices.filter { $0 != pivot }
        for version in order where version < row.cells.count {
            guard let block = row.cells[version].first else { continue }
            let path = (block.labelPath ?? block.label)?.trimmingWhitespace()
            if block.kind == .tocEntry, let path, !path.isEmpty { return "contents \(path)" }
            if block.kind == .heading, let path, !path.isEmpty, row.cells[version].count == 1 { return path }
            break
        }
        return row.label.isEmpty ? "row \(row.index)" : row.label
    }

    private func writeSummary(_ table: SideBySideTable, items: [SideBySideTable.ItemPosition], names: [String],
                              into html: inout HTMLEscapingWriter) {
        var findings: [Finding] = table.unplacedFindings
        // Each finding's row, as its position in the table (the row is built again when its link is written).
        var rowOfFinding: [Finding: Int] = [:]
        for case .row(let index) in items {
            for finding in table.findings(ofRow: index) {
                findings.append(finding)
                if rowOfFinding[finding] == nil { rowOfFinding[finding] = index }
            }
        }
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        let groups = FindingGroup.grouping(findings, versions: table.versions, pivot: table.pivot)
            .enumerated()
            .sorted { a, b in
                let keyA = (-Self.rank(a.element.severity), rowOfFinding[a.element.cause].map { $0 + 1 } ?? 0, a.offset)
                let keyB = (-Self.rank(b.element.severity), rowOfFinding[b.element.cause].map { $0 + 1 } ?? 0, b.offset)
                return keyA < keyB
            }
            .map(\.element)
        let following = groups.reduce(0) { $0 + $1.consequences.count }

        html.open("div", ["id": "summary"])
        html.element("h2", text: "Findings (\(findings.count))")
        html.open("p", ["class": "counts"])
        if findings.isEmpty { html.text("No findings.") }
        for severity in Severity.allCases.reversed() {
            guard let count = counts[severity] else { continue }
            html.element("span", ["class": "sev-\(severity.rawValue)"], text: "\(Self.symbol(severity)) \(count) \(Self.plural(severity, count))")
            html.text(" ")
        }
        if following > 0 {
            html.text(following == 1 ? "· 1 of them follows from another finding and is listed under it."
                                     : "· \(following) of them follow from another finding and are listed under it.")
        }
        html.close("p")
        html.raw("\n")
        if !groups.isEmpty {
            html.open("table", ["class": "summary"])
            html.raw("<thead><tr><th>#</th><th>Severity</th><th>Kind</th><th>Row</th><th>Where</th><th>Message</th></tr></thead>\n<tbody>\n")
            for (number, group) in groups.enumerated() {
                let finding = group.cause
                html.open("tr", ["class": "sev-\(group.severity.rawValue)"])
                html.element("td", text: String(number + 1))
                html.element("td", ["class": "severity"], text: "\(Self.symbol(finding.severity)) \(finding.severity.rawValue)")
                html.element("td", ["class": "kind"], text: finding.kind.rawValue)
                html.open("td")
                writeRowLink(rowOfFinding[finding].map(table.row), table: table, into: &html)
                html.close("td")
                html.element("td", ["class": "where"], text: Self.whereText(finding, names: names))
                html.open("td")
                html.text(finding.message)
                if !group.consequences.isEmpty { writeConsequences(group.consequences, rowOf: rowOfFinding, table: table, names: names, into: &html) }
                html.close("td")
                html.close("tr")
                html.raw("\n")
            }
            html.raw("</tbody>\n</table>\n")
        }
        html.close("div")
        html.raw("\n")
    }

    private func writeRowLink(_ row: SideBySideRow?, table: SideBySideTable, into html: inout HTMLEscapingWriter) {
        if let row {
            html.element("a", ["href": "#\(row.anchor)"], text: Self.rowName(row, pivot: table.pivot))
        } else {
            html.text("document")
        }
    }

    /// The findings that follow from a cause: a count by kind, then each one (closed by default).
    private func writeConsequences(_ consequences: [Finding], rowOf: [Finding: Int], table: SideBySideTable,
                                   names: [String], into html: inout HTMLEscapingWriter) {
        var kinds: [(FindingKind, Int)] = []
        for finding in consequences {
            if let index = kinds.firstIndex(where: { $0.0 == finding.kind }) { kinds[index].1 += 1 } else { kinds.append((finding.kind, 1)) }
        }
        html.open("details", ["class": "consequences"])
        html.open("summary")
        html.text("\(consequences.count) finding\(consequences.count == 1 ? "" : "s") following from it: ")
        html.text(kinds.map { "\($0.0.rawValue) ×\($0.1)" }.joined(separator: ", "))
        html.close("summary")
        html.open("ul")
        for finding in consequences {
            html.open("li", ["class": "sev-\(finding.severity.rawValue)"])
            html.text("\(Self.symbol(finding.severity)) ")
            writeRowLink(rowOf[finding].map(table.row), table: table, into: &html)
            html.text(": " + finding.message)
            html.close("li")
        }
        html.close("ul")
        html.close("details")
    }

    private static func rank(_ severity: Severity) -> Int { severity == .error ? 2 : severity == .warning ? 1 : 0 }

    private func writeSideBySide(_ table: SideBySideTable, items: [SideBySideTable.ItemPosition], shownRows: Int,
                                 into html: inout HTMLEscapingWriter) {
        html.open("div", ["id": "text"])
        let count = shownRows == table.rowCount ? "\(shownRows) rows" : "\(shownRows) of \(table.rowCount) rows"
        let isSentenceLevel = table.isSentenceLevel
        html.element("h2", text: (isSentenceLevel ? "Side by side, sentence by sentence" : "Side by side") + " (\(count))")
        html.open("table", ["class": "side"])
        html.raw("<colgroup><col class=\"gutter\">")
        for _ in table.versions { html.raw("<col>") }
        html.raw("</colgroup>\n<thead><tr><th class=\"gutter\">¶</th>")
        for (index, version) in table.versions.enumerated() {
            let code = version.language?.rawValue
            html.open("th", ["lang": "en"])
            html.text("\(version.language?.englishName ?? "Unknown") (\(code ?? "?"))")
            if index == table.pivot { html.text(" · pivot") }
            html.open("br")
            html.element("small", text: version.fileName)
            html.close("th")
        }
        html.raw("</tr></thead>\n<tbody>\n")
        var lastBlockRow: Int?
        // The month words learned from the rows before each row, rows not shown included (`DifferingNumbers.MonthMemory`).
        var months = DifferingNumbers.MonthMemory(pivot: table.pivot)
        var learnedRows = 0
        let languages = table.versions.map(\.language)
        for item in items {
            switch item {
            case .row(let index):
                let row = table.row(index)
                let startsBlock = row.blockRow != nil && row.blockRow != lastBlockRow
                lastBlockRow = row.blockRow
                while learnedRows < min(row.index - 1, table.rowCount) {
                    DifferingNumbers.learn(from: table.row(learnedRows).cells.map { $0.map(\.text) }, languages: languages, months: &months)
                    learnedRows += 1
                }
                learnedRows = row.index
                let marks = DifferingNumbers.marks(in: row.cells.map { $0.map(\.text) }, languages: languages, months: &months)
                writeRow(row, table: table, marks: marks, startsBlock: startsBlock, into: &html)
            case .gap(let skipped):
                html.open("tr", ["class": "gap"])
                html.element("td", ["colspan": String(table.versions.count + 1)],
                             text: "⋮ \(skipped) row\(skipped == 1 ? "" : "s") not shown")
                html.close("tr")
                html.raw("\n")
            }
        }
        html.raw("</tbody>\n</table>\n")
        html.close("div")
        html.raw("\n")
    }

    /// One row; a sentence row that `startsBlock` (the first shown of its
    /// block row) gets the class `block-start`, which sets it off above.
    private func writeRow(_ row: SideBySideRow, table: SideBySideTable, marks: [[[Range<Int>]]], startsBlock: Bool = false,
                          into html: inout HTMLEscapingWriter) {
        let severity = row.worstSeverity
        let classes = ["row"] + (startsBlock ? ["block-start"] : []) + (severity.map { ["sev-\($0.rawValue)"] } ?? [])
        html.open("tr", ["id": row.anchor, "class": classes.joined(separator: " ")])
        html.open("th", ["class": "gutter", "scope": "row"])
        html.element("a", ["href": "#\(row.anchor)"], text: Self.rowName(row, pivot: table.pivot))
        if let severity {
            html.raw(" ")
            html.element("span", ["class": "mark sev-\(severity.rawValue)", "title": severity.rawValue], text: Self.symbol(severity))
        }
        html.close("th")
        let revisions = Self.revisionEdits(row, versions: table.versions, pivot: table.pivot)
        let relabelled = Self.relabelledVersions(row, versions: table.versions, pivot: table.pivot)
        for (version, cell) in row.cells.enumerated() {
            let language = table.versions[version].language
            html.open("td", [
                "lang": language?.rawValue,
                "dir": (language?.isRightToLeft ?? false) ? "rtl" : "ltr",
                "class": cell.isEmpty ? "empty" : nil,
            ])
            if cell.isEmpty { html.text("—") }
            for (offset, block) in cell.enumerated() {
                html.open("p", ["class": block.kind.rawValue])
                if let label = block.displayLabel {
                    if offset == 0 && relabelled.contains(version) {
                        html.open("span", ["class": "label"])
                        html.element("mark", text: label)
                        html.close("span")
                    } else {
                        html.element("span", ["class": "label"], text: label)
                    }
                    html.text(" ")
                }
                Self.writeText(block.text, marks: marks[version][offset], emphasis: block.emphasis,
                               removed: revisions[version][offset].removed, inserted: revisions[version][offset].inserted, into: &html)
                html.close("p")
            }
            html.close("td")
        }
        html.close("tr")
        html.raw("\n")
        if !row.findings.isEmpty {
            html.open("tr", ["class": "findings"])
            html.open("td", ["colspan": String(row.cells.count + 1)])
            html.open("ul")
            for finding in row.findings {
                html.open("li", ["class": "sev-\(finding.severity.rawValue)"])
                html.text(Self.symbol(finding.severity) + " ")
                html.element("b", text: finding.kind.rawValue)
                html.text(": " + finding.message)
                html.close("li")
            }
            html.close("ul")
            html.close("td")
            html.close("tr")
            html.raw("\n")
        }
    }

    /// The share of words two versions must have in common for their
    /// differences to be shown word by word; below it they are different
    /// texts (e.g. two paragraphs a shifted numbering paired), not a revision.
    static let minimumSharedWords = 0.5

    /// Word differences of each block of a row (per version, per block):
    /// each version compared with the first version of its language (the
    /// pivot when it has that language). Words the other version lacks are
    /// `removed` in the first one (only when exactly two versions share the
    /// language), words it adds are `inserted` in the other; only when they
    /// share at least `minimumSharedWords` of their words.
    static func revisionEdits(_ row: SideBySideRow, versions: [Document], pivot: Int) -> [[(removed: [Range<Int>], inserted: [Range<Int>])]] {
        var edits = row.cells.map { cell in cell.map { _ in (removed: [Range<Int>](), inserted: [Range<Int>]()) } }
        let order = [pivot] + versions.indices.filter { $0 != pivot }
        for version in versions.indices where version < row.cells.count {
            guard let language = versions[version].language,
                  let base = order.first(where: { versions[$0].language == language }), base != version,
                  base < row.cells.count, !row.cells[base].isEmpty, !row.cells[version].isEmpty else { continue }
            let old = row.cells[base].map(\.text).joined(separator: "\n")
            let new = row.cells[version].map(\.text).joined(separator: "\n")
            guard old != new, let diff = WordDiff.between(old, new, minimumSharedFraction: minimumSharedWords) else { continue }
            let sharing = versions.filter { $0.language == language }.count
            for (block, ranges) in distribute(diff.inserted, over: row.cells[version]) { edits[version][block].inserted += ranges }
            if sharing == 2 {
                for (block, ranges) in distribute(diff.removed, over: row.cells[base]) { edits[base][block].removed += ranges }
            }
        }
        return edits
    }

    /// Versions whose first block in the row carries another label than the
    /// first version of the same language (a renumbered paragraph in a
    /// revision: `26.` against `25.`); both are marked.
    static func relabelledVersions(_ row: SideBySideRow, versions: [Document], pivot: Int) -> Set<Int> {
        var result: Set<Int> = []
        let order = [pivot] + versions.indices.filter { $0 != pivot }
        for version in versions.indices where version < row.cells.count {
            guard let language = versions[version].language,
                  let base = order.first(where: { versions[$0].language == language }), base != version, base < row.cells.count,
                  let mine = row.cells[version].first, let theirs = row.cells[base].first,
                  mine.displayLabel != nil || theirs.displayLabel != nil, mine.displayLabel != theirs.displayLabel else { continue }
            result.insert(version)
            result.insert(base)
        }
        return result
    }

    /// Ranges of the texts of `blocks` joined with one separator, cut at the
    /// block boundaries and made relative to each block.
    private static func distribute(_ ranges: [Range<Int>], over blocks: [Block]) -> [(Int, [Range<Int>])] {
        var result: [(Int, [Range<Int>])] = []
        var start = 0
        for (index, block) in blocks.enumerated() {
            let length = block.text.unicodeScalars.count
            let local = ranges.compactMap { range -> Range<Int>? in
                let lower = max(range.lowerBound, start), upper = min(range.upperBound, start + length)
                return lower < upper ? (lower - start)..<(upper - start) : nil
            }
            if !local.isEmpty { result.append((index, local)) }
            start += length + 1
        }
        return result
    }

    /// Writes `text` with `<mark>` over `marks`, `<b>`/`<i>` over emphasis and
    /// `<del>`/`<ins>` over removed and inserted words, as runs of constant
    /// styling so the tags always nest.
    private static func writeText(_ text: String, marks: [Range<Int>], emphasis: [EmphasisSpan],
                                  removed: [Range<Int>] = [], inserted: [Range<Int>] = [], into html: inout HTMLEscapingWriter) {
        guard !marks.isEmpty || !emphasis.isEmpty || !removed.isEmpty || !inserted.isEmpty else {
            html.text(text)
            return
        }
        let scalars = Array(text.unicodeScalars)
        var style = Array(repeating: UInt8(0), count: scalars.count)
        for range in marks { for index in range where index < style.count { style[index] |= 1 } }
        for range in removed { for index in range where index < style.count { style[index] |= 8 } }
        for range in inserted { for index in range where index < style.count { style[index] |= 16 } }
        for span in emphasis {
            let bit: UInt8 = span.style == .bold ? 2 : 4
            for index in max(0, span.start)..<min(style.count, max(span.start, span.end)) { style[index] |= bit }
        }
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count, style[end] == style[start] { end += 1 }
            let tags = [(8, "del"), (16, "ins"), (2, "b"), (4, "i"), (1, "mark")].filter { style[start] & UInt8($0.0) != 0 }.map(\.1)
            for tag in tags { html.open(tag) }
            html.text(String(String.UnicodeScalarView(scalars[start..<end])))
            for tag in tags.reversed() { html.close(tag) }
            start = end
        }
    }

    /// Each location as `name: labels`, labels summarised as ranges (`es: paragraph 26–76`).
    static func whereText(_ finding: Finding, names: [String]) -> String {
        finding.locations.map { location in
            let name = location.version < names.count ? names[location.version] : "v\(location.version + 1)"
            let labels = location.labels.isEmpty ? location.blockIDs : location.labels
            return "\(name): " + (labels.isEmpty ? "—" : LabelRanges.summary(labels))
        }.joined(separator: "; ")
    }

    private static func plural(_ severity: Severity, _ count: Int) -> String {
        count == 1 || severity == .info ? severity.rawValue : severity.rawValue + "s"
    }

    private static func symbol(_ severity: Severity) -> String { TerminalGlyphs.unicode.symbol(severity) }

    static let css = """
        body { font-family: "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "Noto Naskh Arabic", sans-serif;
               margin: 1.5em; color: #1b1b1b; line-height: 1.45; }
        h1 { font-size: 1.4em; margin: 0 0 .4em; }
        h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
        ul.versions { margin: 0; padding-left: 1.2em; color: #444; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #d0d0d0; padding: .35em .5em; vertical-align: top; }
        thead th { background: #f2f2f2; text-align: left; }
        table.summary td.kind, table.summary td.severity { white-space: nowrap; }
        table.summary td.kind { font-family: monospace; }
        table.summary td.where { color: #555; font-size: .9em; }
        table.side { table-layout: fixed; }
        table.side col.gutter { width: 7em; }
        table.side thead th { position: sticky; top: 0; }
        th.gutter { text-align: right; font-weight: normal; color: #555; overflow-wrap: anywhere; }
        th.gutter a { color: inherit; text-decoration: none; }
        td[dir="rtl"] { text-align: right; }
        td p { margin: 0 0 .5em; }
        td p:last-child { margin-bottom: 0; }
        td.empty { color: #999; background: #fafafa; text-align: center; }
        td[lang="zh"] { line-break: strict; }
        span.label { font-weight: bold; }
        p.heading, p.title, p.article { font-weight: bold; }
        mark { background: #ffe066; padding: 0 .1em; }
        tr.sev-error > th.gutter { border-left: 4px solid #c62828; }
        tr.sev-warning > th.gutter { border-left: 4px solid #e0a000; }
        tr.sev-info > th.gutter { border-left: 4px solid #1e88e5; }
        tr.findings td { background: #fff8e1; font-size: .9em; }
        tr.block-start > th, tr.block-start > td { border-top: 2px solid #888; }
        tr.gap td { color: #777; background: #f6f6f6; text-align: center; font-size: .9em; }
        tr.findings ul { margin: 0; padding-left: 1.2em; }
        .sev-error .severity, li.sev-error, span.sev-error { color: #b71c1c; }
        .sev-warning .severity, li.sev-warning, span.sev-warning { color: #8a6100; }
        .sev-info .severity, li.sev-info, span.sev-info { color: #0d47a1; }
        tr:target > th, tr:target > td { background: #e3f2fd; }
        #overview svg { display: block; max-width: 1200px; border: 1px solid #e0e0e0; background: #fcfcfc; }
        #overview svg a:hover rect, #overview svg a:focus rect { stroke: #000; stroke-width: 1; }
        p.legend { font-size: .85em; color: #444; margin: .3em 0 0; }
        span.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; border-radius: 2px; }
        details.consequences { margin-top: .3em; font-size: .92em; }
        details.consequences summary { cursor: pointer; color: #555; }
        details.consequences ul { margin: .3em 0 0; padding-left: 1.2em; }
        del { background: #ffd7d5; color: #82071e; text-decoration: line-through; }
        ins { background: #d1f5d3; color: #055d20; text-decoration: none; }
        @media print {
          body { margin: 0; font-size: 9.5pt; }
          table.side thead th { position: static; }
          thead { display: table-header-group; }
          tr { page-break-inside: avoid; break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          mark { background: none; border-bottom: 2px solid #000; }
          ins { text-decoration: underline; }
          tr.findings td { background: none; }
        }

        """
}
