/// A side-by-side terminal view of an alignment, produced lazily line by line.
///
/// Each line is a gutter (paragraph number or label and the worst finding's
/// severity symbol) followed by one column per version. Rows follow the
/// alignment links, so a 1-2 link shows one block beside two stacked blocks.
/// Right-to-left columns are right-aligned (the terminal's bidi algorithm
/// orders the text itself). Each finding's message follows its row. Lines
/// carry ANSI colour only when `options.color` is set, and no line feed.
public struct SideBySideLayout: Sequence, Sendable {
    /// The rows.
    public let table: SideBySideTable
    /// How to render them.
    public let options: SideBySideOptions
    /// Cells of the gutter's label.
    public let gutterWidth: Int
    /// Cells of each version's column (at least 10, so a narrow total width is raised).
    public let columnWidth: Int

    private static let maximumGutter = 10
    private static let minimumColumn = 10

    /// Lays out `table` with `options`.
    public init(table: SideBySideTable, options: SideBySideOptions) {
        self.table = table
        self.options = options
        var gutter = 3
        for index in 0..<table.rowCount { gutter = Swift.max(gutter, DisplayWidth.of(table.row(index).label)) }
        gutterWidth = Swift.min(gutter, Self.maximumGutter)
        let count = Swift.max(1, table.versions.count)
        columnWidth = Swift.max(Self.minimumColumn, (options.width - gutterWidth - 2 - 3 * count) / count)
    }

    /// Lays out `alignment` with `findings`.
    public init(alignment: Alignment, findings: [Finding], options: SideBySideOptions) {
        self.init(table: SideBySideTable(alignment: alignment, findings: findings), options: options)
    }

    /// The total width of a table line in cells.
    public var lineWidth: Int { gutterWidth + 2 + table.versions.count * (3 + columnWidth) }

    public func makeIterator() -> Iterator { Iterator(layout: self) }

    /// Renders one item (header, gap or row) at a time into a small buffer;
    /// a row is built from the table when its turn comes.
    public struct Iterator: IteratorProtocol {
        private let layout: SideBySideLayout
        private let items: [SideBySideTable.ItemPosition]
        private var nextItem = 0
        private var stage = 0
        private var buffer: [String] = []
        private var position = 0
        private var lastBlockRow: Int?
        /// The month words learned from the rows before the next one (``DifferingNumbers/MonthMemory``),
        /// and the first row not gone through yet: rows not shown are gone through too.
        private var months: DifferingNumbers.MonthMemory
        private var learnedRows = 0

        init(layout: SideBySideLayout) {
            self.layout = layout
            self.items = layout.table.itemPositions(layout.options.filter)
            months = DifferingNumbers.MonthMemory(pivot: layout.table.pivot)
        }

        /// The marks of the row at `index` (``DifferingNumbers``), after going through the rows before it.
        private mutating func marks(_ row: SideBySideRow) -> [[[Range<Int>]]]? {
            guard layout.options.color else { return nil }
            let languages = layout.table.versions.map(\.language)
            while learnedRows < Swift.min(row.index - 1, layout.table.rowCount) {
                DifferingNumbers.learn(from: layout.table.row(learnedRows).cells.map { $0.map(\.text) }, languages: languages, months: &months)
                learnedRows += 1
            }
            learnedRows = row.index
            return DifferingNumbers.marks(in: row.cells.map { $0.map(\.text) }, languages: languages, months: &months)
        }

        public mutating func next() -> String? {
            while position >= buffer.count {
                buffer.removeAll(keepingCapacity: true)
                position = 0
                switch stage {
                case 0:
                    buffer = layout.preambleLines()
                    stage = 1
                case 1:
                    guard nextItem < items.count else {
                        buffer = layout.closingLines(shownItems: items)
                        stage = 2
                        continue
                    }
                    let item: SideBySideTable.Item
                    switch items[nextItem] {
                    case .row(let index): item = .row(layout.table.row(index))
                    case .gap(let count): item = .gap(count)
                    }
                    var startsBlock = false
                    var rowMarks: [[[Range<Int>]]]?
                    if case .row(let row) = item {
                        if let blockRow = row.blockRow {
                            startsBlock = blockRow != lastBlockRow
                            lastBlockRow = blockRow
                        }
                        rowMarks = marks(row)
                    }
                    buffer = layout.lines(for: item, isFirst: nextItem == 0, startsBlock: startsBlock, marks: rowMarks)
                    nextItem += 1
                default:
                    return nil
                }
            }
            defer { position += 1 }
            return buffer[position]
        }
    }

    // MARK: Rendering

    private var glyphs: TerminalGlyphs { options.ascii ? .ascii : .unicode }

    private func style(_ text: String, _ style: ANSIStyle) -> String { style.wrap(text, enabled: options.color) }

    private var separator: String { " " + style(glyphs.vertical, .dim) + " " }

    /// Findings that concern no row, the column headers and the rule under them.
    func preambleLines() -> [String] {
        var lines: [String] = []
        for finding in table.unplacedFindings { lines += findingLines(finding) }
        if !lines.isEmpty { lines.append("") }
        var header = String(repeating: " ", count: gutterWidth + 2)
        for (index, version) in table.versions.enumerated() {
            let suffix = index == table.pivot ? " (pivot)" : ""
            let title = (version.language?.rawValue ?? "??") + (options.ascii ? " - " : " · ") + TerminalSafeText.visible(version.fileName)
            var fitted = Self.truncate(title, to: Swift.max(1, columnWidth - suffix.count))
            fitted = Self.truncate(fitted.text + suffix, to: columnWidth)
            header += separator + style(fitted.text, .bold) + String(repeating: " ", count: columnWidth - fitted.width)
        }
        lines.append(header.trimmingTrailingSpaces())
        var rule = String(repeating: glyphs.horizontal, count: gutterWidth + 3)
        for _ in table.versions {
            rule += glyphs.cross + String(repeating: glyphs.horizontal, count: columnWidth + 2)
        }
        lines.append(style(String(rule.dropLast()), .dim))
        return lines
    }

    /// A one-line summary of the findings shown.
    func closingLines(shownItems: [SideBySideTable.ItemPosition]) -> [String] {
        var counts: [Severity: Int] = [:]
        var rows = 0
        for item in shownItems {
            guard case .row(let index) = item else { continue }
            rows += 1
            for finding in table.findings(ofRow: index) { counts[finding.severity, default: 0] += 1 }
        }
        for finding in table.unplacedFindings { counts[finding.severity, default: 0] += 1 }
        let total = counts.values.reduce(0, +)
        var parts: [String] = []
        for severity in Severity.allCases.reversed() {
            guard let count = counts[severity] else { continue }
            let name = count == 1 || severity == .info ? severity.rawValue : severity.rawValue + "s"
            parts.append("\(glyphs.symbol(severity)) \(count) \(name)")
        }
        let summary = "\(rows) of \(table.rowCount) row\(table.rowCount == 1 ? "" : "s") shown; "
            + (total == 0 ? "no findings" : "\(total) finding\(total == 1 ? "" : "s"): " + parts.joined(separator: ", "))
        let summaryStyle = counts.keys.max().map(ANSIStyle.of) ?? .dim
        return [style(String(repeating: glyphs.horizontal, count: lineWidth), .dim)]
            + ColumnWrapper(width: lineWidth).wrap(summary).map { style($0.text, summaryStyle) }
    }

    /// The lines of one item: a gap marker, or a row and its findings.
    /// Rows are set off by a blank line, except the sentence rows of one
    /// block row after the first: by a dim dotted rule across the columns.
    /// `marks`: the row's differing numbers, as the iterator finds them with
    /// the month words learned from the rows before; found from the row alone when nil.
    func lines(for item: SideBySideTable.Item, isFirst: Bool, startsBlock: Bool = false, marks: [[[Range<Int>]]]? = nil) -> [String] {
        switch item {
        case .gap(let count):
            let text = "\(glyphs.gap) \(count) row\(count == 1 ? "" : "s") not shown"
            return [style(Self.pad(glyphs.gap, gutterWidth + 2) + separator.dropLast() + " " + text, .dim)]
        case .row(let row):
            return rowLines(row, isFirst: isFirst, startsBlock: startsBlock, marks: marks)
        }
    }

    private func rowLines(_ row: SideBySideRow, isFirst: Bool, startsBlock: Bool, marks found: [[[Range<Int>]]]?) -> [String] {
        var columns: [[WrappedLine]] = []
        let wrapper = ColumnWrapper(width: columnWidth)
        // Numbers and symbols that differ between versions, shown in reverse video.
        let marks = options.color ? found ?? DifferingNumbers.marks(in: row.cells.map { $0.map(\.text) }, languages: table.versions.map(\.language)) : nil
        for (version, cell) in row.cells.enumerated() {
            var lines: [WrappedLine] = []
            for (offset, block) in cell.enumerated() {
                if offset > 0 { lines.append(WrappedLine(text: "", width: 0)) }
                var text = block.text
                var shift = 0
                if let label = block.displayLabel {
                    text = label + " " + text
                    shift = label.unicodeScalars.count + 1
                }
                let wrapped = wrapper.wrap(text)
                let blockMarks = (marks?[version][offset] ?? []).map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
                lines += wrapped.isEmpty ? [WrappedLine(text: "", width: 0)] : wrapped.map { Self.highlight($0, blockMarks) }
            }
            if cell.isEmpty { lines.append(WrappedLine(text: glyphs.empty, width: DisplayWidth.of(glyphs.empty))) }
            columns.append(lines)
        }
        let height = columns.map(\.count).max() ?? 1
        var output: [String] = []
        if !isFirst {
            output.append(row.blockRow == nil || startsBlock ? blankRowLine() : dottedRowLine())
        }
        let label = Self.truncate(row.label, to: gutterWidth)
        for lineIndex in 0..<height {
            var line: String
            if lineIndex == 0 {
                let mark = row.worstSeverity.map { style(glyphs.symbol($0), ANSIStyle.of($0)) } ?? " "
                line = String(repeating: " ", count: Swift.max(0, gutterWidth - label.width)) + style(label.text, .bold) + " " + mark
            } else {
                line = String(repeating: " ", count: gutterWidth + 2)
            }
            for (version, column) in columns.enumerated() {
                let cellLine = lineIndex < column.count ? column[lineIndex] : WrappedLine(text: "", width: 0)
                let padding = String(repeating: " ", count: Swift.max(0, columnWidth - cellLine.width))
                let isEmptyMark = table.versions.indices.contains(version) && row.cells[version].isEmpty
                let text = isEmptyMark ? style(cellLine.text, .dim) : cellLine.text
                if isRightToLeft(version) {
                    line += separator + padding + text
                } else {
                    line += separator + text + padding
                }
            }
            output.append(line.trimmingTrailingSpaces())
        }
        for finding in row.findings { output += findingLines(finding) }
        return output
    }

    private func dottedRowLine() -> String {
        var line = String(repeating: " ", count: gutterWidth + 2)
        for _ in table.versions { line += separator + style(String(repeating: glyphs.dotted, count: columnWidth), .dim) }
        return line
    }

    private func blankRowLine() -> String {
        var line = String(repeating: " ", count: gutterWidth + 2)
        for _ in table.versions { line += separator + String(repeating: " ", count: columnWidth) }
        return line.trimmingTrailingSpaces()
    }

    /// A finding's symbol, kind and message, wrapped under the row.
    func findingLines(_ finding: Finding) -> [String] {
        let indent = gutterWidth + 2
        let wrapper = ColumnWrapper(width: Swift.max(20, lineWidth - indent - 2))
        let text = "\(finding.kind.rawValue): \(finding.message)"
        let wrapped = wrapper.wrap(text)
        let severityStyle = ANSIStyle.of(finding.severity)
        var lines: [String] = []
        for (offset, line) in wrapped.enumerated() {
            let lead = offset == 0 ? glyphs.symbol(finding.severity) + " " : "  "
            lines.append(String(repeating: " ", count: indent) + style(lead + line.text, severityStyle))
        }
        return lines
    }

    private func isRightToLeft(_ version: Int) -> Bool {
        table.versions.indices.contains(version) && (table.versions[version].language?.isRightToLeft ?? false)
    }

    // MARK: Text helpers

    /// `line` with the scalars inside `marks` (offsets in the wrapped text) in reverse video.
    static func highlight(_ line: WrappedLine, _ marks: [Range<Int>]) -> WrappedLine {
        let end = line.scalarOffset + line.text.unicodeScalars.count
        guard marks.contains(where: { $0.overlaps(line.scalarOffset..<end) }) else { return line }
        var text = ""
        var inside = false
        for (index, scalar) in zip(line.scalarOffset..., line.text.unicodeScalars) {
            let marked = marks.contains { $0.contains(index) }
            if marked != inside {
                text += marked ? "\u{1B}[7m" : "\u{1B}[27m"
                inside = marked
            }
            text.unicodeScalars.append(scalar)
        }
        if inside { text += "\u{1B}[27m" }
        return WrappedLine(text: text, width: line.width, scalarOffset: line.scalarOffset)
    }

    /// `text` cut to at most `width` cells, with `…` when cut.
    static func truncate(_ text: String, to width: Int) -> WrappedLine {
        let total = DisplayWidth.of(text)
        if total <= width { return WrappedLine(text: text, width: total) }
        guard width > 0 else { return WrappedLine(text: "", width: 0) }
        var scanner = DisplayClusterScanner()
        var kept: [Unicode.Scalar] = []
        var cells = 0
        // Where the last cluster began: a mark inside a cluster can widen it (Kannada, Devanagari
        // spacing vowels), so a cluster that overflows is dropped whole.
        var clusterStart = (scalars: 0, cells: 0)
        for scalar in text.unicodeScalars {
            let step = scanner.consume(scalar)
            if step.startsCluster { clusterStart = (kept.count, cells) }
            kept.append(scalar)
            cells += step.widthAdded
            if cells > width - 1 {
                kept.removeSubrange(clusterStart.scalars...)
                cells = clusterStart.cells
                break
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: kept)
        return WrappedLine(text: String(view) + "…", width: cells + 1)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: Swift.max(0, width - DisplayWidth.of(text)))
    }
}
