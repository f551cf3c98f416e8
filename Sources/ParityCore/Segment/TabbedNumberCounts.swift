/// Paragraph numbers written without a mark but set apart by a tab:
/// `1⇥2025年，…`, `2⇥保护区…`, `3⇥…` — an annex's paragraphs as a word
/// processor numbers them. A plain number at a line start is a figure as
/// often as a label, but a wrapped line's figure is followed by a space, not
/// by a tab; what the tab leaves open (a table row, a footnote) the count
/// decides:
///
/// - the line starts with one to three digits of any script (no leading
///   zero), then a tab, then text with no further tab (a table row has
///   columns) and no dot leader (a contents entry);
/// - such lines whose numbers go 1, 2, 3 … make a count (a new `1` opens
///   another, a number out of the count is passed over), of at least
///   `minimumCount` lines;
/// - a count whose `1` stands right under a footnote rule (blank lines or one
///   other note between) is the notes of a page, not paragraphs.
///
/// The lines found are read as the `BareDecimalHeads` are: as if written `n.`.
enum TabbedNumberCounts {
    /// Fewest lines that make a count.
    static let minimumCount = 2

    /// The paragraph numbers among `lines` over `bytes`: line index → the number.
    static func find<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line]) -> [Int: Int] {
        var found: [Int: Int] = [:]
        var count: [(line: Int, value: Int)] = []
        func close() {
            if count.count >= minimumCount { for member in count { found[member.line] = member.value } }
            count = []
        }
        for index in lines.indices {
            guard let value = tabbedValue(bytes, lines[index]) else { continue }
            if let last = count.last, value == last.value + 1 {
                count.append((index, value))
            } else if value == 1 {
                close()
                if !underRule(bytes, lines, index) { count = [(index, value)] }
            }
        }
        close()
        return found
    }

    /// The number a line starts with when a tab and text follow it, and no other tab.
    private static func tabbedValue<Line: ContentLine>(_ bytes: [UInt8], _ line: Line) -> Int? {
        guard line.contentEnd - line.contentStart >= 3 else { return nil }
        let lead = bytes[line.contentStart]
        guard lead >= 0x31 && lead <= 0x39 || lead >= 0x80 else { return nil }
        // The tab within the first few scalars (three digits of up to four bytes each).
        var tab = line.contentStart
        let limit = min(line.contentEnd, line.contentStart + 13)
        while tab < limit, bytes[tab] != 0x09 { tab += 1 }
        guard tab < limit, tab + 1 < line.contentEnd, bytes[tab + 1] != 0x09, bytes[tab + 1] != 0x20 else { return nil }
        // Bidirectional marks fold to nothing (`U+200F⇥…`): no scalar, no number.
        let digits = ScalarText.scalars(bytes, line.contentStart, tab)
        guard let first = digits.first, digits.count <= 3, digits.allSatisfy({ ScalarClass.digit($0) != nil }),
              ScalarClass.digit(first) != 0,
              let value = Numerals.decimalValue(digits[...]), value > 0 else { return nil }
        // A further tab (a table row's columns) or a dot leader (a contents entry, `1⇥Introduction ..... 3`) makes no paragraph.
        var dots = 0
        for at in (tab + 1)..<line.contentEnd {
            if bytes[at] == 0x09 { return nil }
            if bytes[at] == 0x2E { dots += 1; if dots >= 4 { return nil } } else if bytes[at] != 0x20 { dots = 0 }
        }
        return value
    }

    /// Whether the line at `index` stands right under a footnote rule: blank lines between, or one other note
    /// (`*` before the numbered notes).
    static func underRule<Line: ContentLine>(_ bytes: [UInt8], _ lines: [Line], _ index: Int) -> Bool {
        var above = index - 1
        var read = 0
        while above >= 0, read < 2 {
            if !lines[above].isBlank {
                if FootnoteRule.isRule(bytes, lines[above].contentStart, lines[above].contentEnd) { return true }
                read += 1
            }
            above -= 1
        }
        return false
    }
}
