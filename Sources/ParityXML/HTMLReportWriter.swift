import Foundation
import ParityCore

/// Writes a self-contained HTML report of an alignment and its findings:
/// a summary table of findings, each linking to its row, then the
/// side-by-side table of the rows `filter` selects (all by default). CSS is inline; there are no scripts or
/// external assets. Numbers and symbols that differ between versions of a
/// row are highlighted with `<mark>`; each cell carries `lang` and `dir`.
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
        try AtomicFileWriter.write(Array(render(alignment: alignment, findings: findings).utf8), to: path, protecting: inputs)
    }

    /// The report of an already built table.
    public func render(table: SideBySideTable) -> String {
        var html = HTMLEscapingWriter()
        let reportTitle = title ?? defaultTitle(table)
        html.raw("<!DOCTYPE html>\n")
        html.open("html", ["lang": "en"])
        html.raw("\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.element("title", text: reportTitle)
        html.raw("\n<style>\n" + Self.css + "</style>\n</head>\n<body>\n")
        html.element("h1", text: reportTitle)
        html.raw("\n")
        let items = table.items(filter)
        let shown = items.compactMap { item -> SideBySideRow? in if case .row(let row) = item { return row } else { return nil } }
        writeVersions(table, into: &html)
        writeSummary(table, rows: shown, into: &html)
        writeSideBySide(table, items: items, shownRows: shown.count, into: &html)
        html.raw("</body>\n</html>\n")
        return html.output
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

    private func writeSummary(_ table: SideBySideTable, rows: [SideBySideRow], into html: inout HTMLEscapingWriter) {
        var entries: [(finding: Finding, row: SideBySideRow?)] = table.unplacedFindings.map { ($0, nil) }
        for row in rows { for finding in row.findings { entries.append((finding, row)) } }
        var counts: [Severity: Int] = [:]
        for entry in entries { counts[entry.finding.severity, default: 0] += 1 }

        html.open("div", ["id": "summary"])
        html.element("h2", text: "Findings (\(entries.count))")
        html.open("p", ["class": "counts"])
        if entries.isEmpty { html.text("No findings.") }
        for severity in Severity.allCases.reversed() {
            guard let count = counts[severity] else { continue }
            html.element("span", ["class": "sev-\(severity.rawValue)"], text: "\(Self.symbol(severity)) \(count) \(Self.plural(severity, count))")
            html.text(" ")
        }
        html.close("p")
        html.raw("\n")
        if !entries.isEmpty {
            html.open("table", ["class": "summary"])
            html.raw("<thead><tr><th>#</th><th>Severity</th><th>Kind</th><th>Row</th><th>Where</th><th>Message</th></tr></thead>\n<tbody>\n")
            for (number, entry) in entries.enumerated() {
                let finding = entry.finding
                html.open("tr", ["class": "sev-\(finding.severity.rawValue)"])
                html.element("td", text: String(number + 1))
                html.element("td", ["class": "severity"], text: "\(Self.symbol(finding.severity)) \(finding.severity.rawValue)")
                html.element("td", ["class": "kind"], text: finding.kind.rawValue)
                html.open("td")
                if let row = entry.row {
                    html.element("a", ["href": "#\(row.anchor)"], text: row.label.isEmpty ? "row \(row.index)" : row.label)
                } else {
                    html.text("document")
                }
                html.close("td")
                html.element("td", ["class": "where"], text: Self.whereText(finding))
                html.element("td", text: finding.message)
                html.close("tr")
                html.raw("\n")
            }
            html.raw("</tbody>\n</table>\n")
        }
        html.close("div")
        html.raw("\n")
    }

    private func writeSideBySide(_ table: SideBySideTable, items: [SideBySideTable.Item], shownRows: Int,
                                 into html: inout HTMLEscapingWriter) {
        html.open("div", ["id": "text"])
        let count = shownRows == table.rows.count ? "\(shownRows) rows" : "\(shownRows) of \(table.rows.count) rows"
        html.element("h2", text: "Side by side (\(count))")
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
        for item in items {
            switch item {
            case .row(let row):
                writeRow(row, table: table, into: &html)
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

    private func writeRow(_ row: SideBySideRow, table: SideBySideTable, into html: inout HTMLEscapingWriter) {
        let severity = row.worstSeverity
        html.open("tr", ["id": row.anchor, "class": severity.map { "row sev-\($0.rawValue)" } ?? "row"])
        html.open("th", ["class": "gutter", "scope": "row"])
        html.element("a", ["href": "#\(row.anchor)"], text: row.label)
        if let severity {
            html.raw(" ")
            html.element("span", ["class": "mark sev-\(severity.rawValue)", "title": severity.rawValue], text: Self.symbol(severity))
        }
        html.close("th")
        let marks = DifferingNumbers.marks(in: row.cells.map { $0.map(\.text) }, languages: table.versions.map(\.language))
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
                    html.element("span", ["class": "label"], text: label)
                    html.text(" ")
                }
                Self.writeText(block.text, marks: marks[version][offset], emphasis: block.emphasis, into: &html)
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

    /// Writes `text` with `<mark>` over `marks` and `<b>`/`<i>` over emphasis,
    /// as runs of constant styling so the tags always nest.
    private static func writeText(_ text: String, marks: [Range<Int>], emphasis: [EmphasisSpan], into html: inout HTMLEscapingWriter) {
        guard !marks.isEmpty || !emphasis.isEmpty else {
            html.text(text)
            return
        }
        let scalars = Array(text.unicodeScalars)
        var style = Array(repeating: UInt8(0), count: scalars.count)
        for range in marks { for index in range where index < style.count { style[index] |= 1 } }
        for span in emphasis {
            let bit: UInt8 = span.style == .bold ? 2 : 4
            for index in max(0, span.start)..<min(style.count, max(span.start, span.end)) { style[index] |= bit }
        }
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count, style[end] == style[start] { end += 1 }
            let tags = [(2, "b"), (4, "i"), (1, "mark")].filter { style[start] & UInt8($0.0) != 0 }.map(\.1)
            for tag in tags { html.open(tag) }
            html.text(String(String.UnicodeScalarView(scalars[start..<end])))
            for tag in tags.reversed() { html.close(tag) }
            start = end
        }
    }

    private static func whereText(_ finding: Finding) -> String {
        finding.locations.map { location in
            let language = location.language?.rawValue ?? "v\(location.version + 1)"
            let labels = location.labels.isEmpty ? location.blockIDs : location.labels
            return "\(language): " + (labels.isEmpty ? "—" : labels.joined(separator: ", "))
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
        tr.gap td { color: #777; background: #f6f6f6; text-align: center; font-size: .9em; }
        tr.findings ul { margin: 0; padding-left: 1.2em; }
        .sev-error .severity, li.sev-error, span.sev-error { color: #b71c1c; }
        .sev-warning .severity, li.sev-warning, span.sev-warning { color: #8a6100; }
        .sev-info .severity, li.sev-info, span.sev-info { color: #0d47a1; }
        tr:target > th, tr:target > td { background: #e3f2fd; }
        @media print {
          body { margin: 0; font-size: 9.5pt; }
          table.side thead th { position: static; }
          thead { display: table-header-group; }
          tr { page-break-inside: avoid; break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          mark { background: none; border-bottom: 2px solid #000; }
          tr.findings td { background: none; }
        }

        """
}
