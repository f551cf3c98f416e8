/// A table of contents that `pdftotext` in reading order (without
/// `-layout`) wrote column by column: first the entry titles (a title may
/// wrap over several lines), then the numbers in groups of number-only
/// lines separated by blank lines, the columns' groups taking turns
/// ("1–7 8–22" then "3 4", then "23–25 26" then "7 8", …), the first group
/// of a column possibly headed by its column caption ("Párrafos", "Page").
///
/// `regions` finds such runs by structure, in any language, and pairs the
/// k-th entry with the k-th number of each column, so that the rows
/// `title⇥range⇥page` that `-layout` output gives can be rebuilt:
///
/// - a region is a run of title lines followed by a zone of number-only
///   lines ("26", "1–7") and column captions; the titles run goes back to a
///   blank line, a table-of-contents caption ("Índice", "Contents") or a
///   line ending a sentence;
/// - with `k` columns, group `i` belongs to column `i mod k`; each column
///   must read in non-decreasing order and only columns before the last
///   (the page column) hold ranges; the number of entries is the length of
///   the longest column;
/// - entries start at labelled lines ("IV. ", "B. "), at the first line and
///   at annex captions ("Anexo"); lower-case lines continue the title above;
///   other lines start an entry only as far as the entry count needs, the
///   ones after the shortest lines first (a wrapped line fills the column);
/// - a column with fewer numbers than entries misses them in the rows of
///   its shorter group, at unlabelled entries ("Anexo") first, else at the end.
///
/// Anything that does not fit is left alone (no region).
enum PDFColumnTableOfContents {
    /// One rebuilt row: its title lines and, per column, the line of its number (or `nil`).
    struct Row: Equatable {
        var title: [Int]
        var cells: [Int?]
    }

    /// A table of contents read column by column.
    struct Region: Equatable {
        /// Every line of the region (titles, captions, numbers, blank lines between), in input order.
        var lines: [Int]
        /// Column captions, per column (`nil` where a column has none).
        var captions: [Int?]
        /// The rows, in order.
        var rows: [Row]
    }

    private enum Kind { case blank, number, text }

    private struct Token {
        var line: Int
        var value: Int
        var isRange: Bool
    }

    /// The regions among `sequence` (line indices in reading order, furniture left out).
    static func regions(_ sequence: [Int], _ lines: [PDFLine], _ bytes: [UInt8]) -> [Region] {
        var kinds: [Kind] = []
        var tokens: [Int: Token] = [:]
        kinds.reserveCapacity(sequence.count)
        for index in sequence {
            let line = lines[index]
            if line.isBlank {
                kinds.append(.blank)
            } else if let token = numberToken(bytes, line, index) {
                kinds.append(.number)
                tokens[index] = token
            } else {
                kinds.append(.text)
            }
        }
        func text(_ position: Int) -> String {
            let line = lines[sequence[position]]
            return String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)
        }
        func isColumnCaption(_ position: Int) -> Bool {
            kinds[position] == .text && lines[sequence[position]].length <= 40
                && CaptionRecognizer.tableOfContentsColumnCaptionMayMatch(
                    bytes, lines[sequence[position]].contentStart, lines[sequence[position]].contentEnd)
                && CaptionRecognizer.isTableOfContentsColumnCaption(text(position))
        }
        func nextNonBlank(_ position: Int) -> Int? {
            var at = position + 1
            while at < sequence.count, kinds[at] == .blank { at += 1 }
            return at < sequence.count ? at : nil
        }
        /// A column caption directly above a number line.
        func headsNumbers(_ position: Int) -> Bool {
            isColumnCaption(position) && nextNonBlank(position).map { kinds[$0] == .number } == true
        }

        var regions: [Region] = []
        var consumed = 0  // positions before this belong to an earlier region
        var position = 0
        while position < sequence.count {
            guard kinds[position] == .number || headsNumbers(position) else {
                position += 1
                continue
            }
            // The zone: groups of number lines, each group possibly headed by a caption.
            let zoneStart = position
            var groups: [[Int]] = []
            var current: [Int] = []
            var zoneEnd = position
            while position < sequence.count {
                if kinds[position] == .blank {
                    if !current.isEmpty { groups.append(current) }
                    current = []
                } else if kinds[position] == .number {
                    current.append(position)
                    zoneEnd = position
                } else if headsNumbers(position) {
                    if !current.isEmpty { groups.append(current) }
                    current = [position]
                } else {
                    break
                }
                position += 1
            }
            if !current.isEmpty { groups.append(current) }
            // The titles run before it.
            var titleStart = zoneStart
            var back = zoneStart - 1
            while back >= consumed, kinds[back] == .blank { back -= 1 }
            var precededByCaption = false
            while back >= consumed, kinds[back] == .text {
                let line = text(back)
                if CaptionRecognizer.isTableOfContentsCaption(line) {
                    precededByCaption = true
                    break
                }
                if endsSentence(line) { break }
                titleStart = back
                back -= 1
            }
            let titles = (titleStart..<zoneStart).filter { kinds[$0] == .text }
            guard !titles.isEmpty else { continue }
            let captionInZone = groups.contains { isColumnCaption($0[0]) }
            if let region = build(
                titles: titles.map { sequence[$0] }, groups: groups.map { group in group.map { sequence[$0] } },
                captionPositions: groups.map { isColumnCaption($0[0]) }, tokens: tokens,
                hasCaption: precededByCaption || captionInZone, lines, bytes) {
                let first = titles.first { sequence[$0] == region.rows[0].title[0] } ?? titleStart
                regions.append(Region(lines: Array(sequence[first...zoneEnd]), captions: region.captions, rows: region.rows))
                consumed = zoneEnd + 1
            }
        }
        return regions
    }

    private static func build(
        titles: [Int], groups rawGroups: [[Int]], captionPositions: [Bool], tokens: [Int: Token],
        hasCaption: Bool, _ lines: [PDFLine], _ bytes: [UInt8]
    ) -> Region? {
        // Captions out of the groups; numbers per group.
        var groupCaptions: [Int?] = []
        var groups: [[Token]] = []
        for (group, headed) in zip(rawGroups, captionPositions) {
            groupCaptions.append(headed ? group[0] : nil)
            let numbers = (headed ? Array(group.dropFirst()) : group).compactMap { tokens[$0] }
            guard !numbers.isEmpty else { return nil }
            groups.append(numbers)
        }
        let captionCount = groupCaptions.compactMap { $0 }.count
        let anyRange = groups.contains { $0.contains { $0.isRange } }
        let columnCounts = captionCount >= 2 ? [captionCount] : anyRange ? [2] : [1, 2]
        for columns in columnCounts where columns <= 3 && groups.count >= columns {
            if let region = pair(titles: titles, groups: groups, groupCaptions: groupCaptions, columns: columns,
                                 hasCaption: hasCaption, lines, bytes) {
                return region
            }
        }
        return nil
    }

    /// Rows for `columns` columns taking turns over `groups`, or `nil` when they do not fit.
    private static func pair(
        titles: [Int], groups: [[Token]], groupCaptions: [Int?], columns: Int, hasCaption: Bool,
        _ lines: [PDFLine], _ bytes: [UInt8]
    ) -> Region? {
        var columnTokens = [[Token]](repeating: [], count: columns)
        for (index, group) in groups.enumerated() { columnTokens[index % columns].append(contentsOf: group) }
        for (column, numbers) in columnTokens.enumerated() {
            if column == columns - 1, numbers.contains(where: { $0.isRange }) { return nil }
            for position in numbers.indices.dropFirst() where numbers[position].value < numbers[position - 1].value { return nil }
        }
        let entryCount = columnTokens.map(\.count).max() ?? 0
        guard entryCount > 0, let entries = entries(titles, count: entryCount, lines, bytes) else { return nil }
        let labelled = entries.filter { PDFLabel.startsWithLabel(bytes, lines[$0[0]].contentStart, lines[$0[0]].contentEnd) }.count
        if !hasCaption { guard entryCount >= 3, labelled * 2 >= entryCount else { return nil } }

        // Blocks of rows: the groups of one turn cover the same rows.
        var blocks: [(rows: Range<Int>, groups: [[Token]])] = []
        if groups.count % columns == 0 {
            var row = 0
            for turn in stride(from: 0, to: groups.count, by: columns) {
                let turnGroups = Array(groups[turn..<(turn + columns)])
                let size = turnGroups.map(\.count).max()!
                blocks.append((row..<(row + size), turnGroups))
                row += size
            }
            if row != entryCount { blocks = [] }
        }
        if blocks.isEmpty { blocks = [(0..<entryCount, columnTokens)] }

        var rows = entries.map { Row(title: $0, cells: [Int?](repeating: nil, count: columns)) }
        func isUnlabelled(_ row: Int) -> Bool {
            !PDFLabel.startsWithLabel(bytes, lines[rows[row].title[0]].contentStart, lines[rows[row].title[0]].contentEnd)
        }
        func isAnnex(_ row: Int) -> Bool {
            let line = lines[rows[row].title[0]]
            return CaptionRecognizer.annexLabel(String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)) != nil
        }
        for block in blocks {
            for (column, numbers) in block.groups.enumerated() {
                let missing = block.rows.count - numbers.count
                // Rows without a number: unlabelled entries (annexes first) from the end, then the last rows.
                var empty: Set<Int> = []
                let unlabelled = block.rows.reversed().filter(isUnlabelled)
                for row in unlabelled.filter(isAnnex) + unlabelled.filter({ !isAnnex($0) }) + block.rows.reversed()
                where empty.count < missing {
                    empty.insert(row)
                }
                var next = 0
                for row in block.rows where !empty.contains(row) {
                    rows[row].cells[column] = numbers[next].line
                    next += 1
                }
            }
        }
        var captions = [Int?](repeating: nil, count: columns)
        for (index, caption) in groupCaptions.enumerated() where caption != nil && captions[index % columns] == nil {
            captions[index % columns] = caption
        }
        return Region(lines: [], captions: captions, rows: rows)
    }

    /// `titles` cut into `count` entries (line lists), dropping leading lines that cannot belong; `nil` if impossible.
    private static func entries(_ titles: [Int], count: Int, _ lines: [PDFLine], _ bytes: [UInt8]) -> [[Int]]? {
        func isLabelled(_ index: Int) -> Bool { PDFLabel.startsWithLabel(bytes, lines[index].contentStart, lines[index].contentEnd) }
        func text(_ index: Int) -> String { String(decoding: bytes[lines[index].contentStart..<lines[index].contentEnd], as: UTF8.self) }
        // Leading lines that would give more entries than there are numbers are no part of the table.
        let intrinsic = titles.map { isLabelled($0) || CaptionRecognizer.annexLabel(text($0)) != nil }
        var forcedFrom = [Int](repeating: 0, count: titles.count + 1)
        for position in titles.indices.reversed() { forcedFrom[position] = forcedFrom[position + 1] + (intrinsic[position] ? 1 : 0) }
        guard let start = titles.indices.first(where: { forcedFrom[$0] + (intrinsic[$0] ? 0 : 1) <= count }) else { return nil }
        let run = Array(titles[start...])
        var starts: Set<Int> = [0]  // positions in run
        var candidates: [Int] = []
        for (position, index) in run.enumerated().dropFirst() {
            if intrinsic[start + position] {
                starts.insert(position)
            } else if !(text(index).unicodeScalars.first?.properties.isLowercase ?? true) {
                candidates.append(position)
            }
        }
        let extra = count - starts.count
        guard extra <= candidates.count else { return nil }
        // After the shortest lines first: a wrapped title line fills the column.
        let ranked = candidates.sorted {
            (lines[run[$0 - 1]].length, $0) < (lines[run[$1 - 1]].length, $1)
        }
        starts.formUnion(ranked.prefix(extra))
        var entries: [[Int]] = []
        for (position, index) in run.enumerated() {
            if starts.contains(position) { entries.append([index]) } else { entries[entries.count - 1].append(index) }
        }
        return entries
    }

    /// The line as one number or number range ("26", "1–7", "8-22"), if that is all it holds.
    private static func numberToken(_ bytes: [UInt8], _ line: PDFLine, _ index: Int) -> Token? {
        var at = line.contentStart
        let end = line.contentEnd
        func digits() -> Int? {
            var value = 0
            let first = at
            while at < end, at - first < 4, bytes[at] >= 0x30, bytes[at] <= 0x39 {
                value = value * 10 + Int(bytes[at] - 0x30)
                at += 1
            }
            return at > first ? value : nil
        }
        guard let value = digits() else { return nil }
        if at == end { return Token(line: index, value: value, isRange: false) }
        // A hyphen, or an en or em dash (E2 80 93 / 94).
        if bytes[at] == UInt8(ascii: "-") {
            at += 1
        } else if end - at >= 3, bytes[at] == 0xE2, bytes[at + 1] == 0x80, bytes[at + 2] == 0x93 || bytes[at + 2] == 0x94 {
            at += 3
        } else {
            return nil
        }
        guard let last = digits(), at == end, last >= value else { return nil }
        return Token(line: index, value: value, isRange: true)
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".;!?。؟".unicodeScalars.contains(last)
    }
}
