/// A footnote citation glued to the figure before it, as a superscript marker
/// printed right after a year or an amount becomes in plain text: `… en 20431`
/// (note 1 after 2043), `… en 20422.` (note 2 after 2042), `… 12,5003 …` (note
/// 3 after 12,500), in the digits of any system (`२०४३१`).
///
/// Nothing in such a figure tells the marker apart, so it is read from the
/// footnote sequence: a document's notes 1 … n are each cited once, in order,
/// and a note that no free-standing citation cites between the citations of
/// the notes before and after it is looked for there — a figure whose trailing
/// digits spell the note's number and whose rest is a plausible figure on its
/// own: a four-digit year (1000–2199) standing alone, or a number grouped by
/// thousands (`12,500`, `1.250.000`, lakh groups `4,38,500`) whose last group
/// carries the marker's digits after its three. A figure that is neither
/// (`20431` with no note 1 to find, `23.1`, `4.5`) stays a figure.
enum FigureGluedCitation {
    /// Lowest and highest year a marker may be glued to.
    static let years = 1000...2199

    /// Digits a glued marker may have (notes 1 to 99).
    static let maximumMarkerDigits = 2

    /// The first place in `text[from..<to]` where digits spelling `number` (the marker) end a figure whose rest is
    /// a year or a grouped number (`FigureGluedCitation`); the range holds the marker's digits only.
    static func first(_ number: Int, in text: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Range<Int>? {
        let end = min(to ?? text.count, text.count)
        let marker = String(number).utf8.map { Int($0) - 0x30 }
        guard number > 0, marker.count <= maximumMarkerDigits else { return nil }
        var index = max(0, from)
        while index < end {
            guard DecimalDigit.value(text[index]) != nil else { index += 1; continue }
            let tokenEnd = figureEnd(text, index, limit: end)
            if opensFigure(text, index), closesFigure(text, tokenEnd),
               let range = gluedMarker(marker, text, index, tokenEnd) {
                return range
            }
            index = tokenEnd
        }
        return nil
    }

    /// The last such place in `text` (`first`): in one block, the citation nearest the note.
    static func last(_ number: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        var found: Range<Int>?
        var from = 0
        while let next = first(number, in: text, from: from) {
            found = next
            from = next.upperBound
        }
        return found
    }

    /// The end of the figure starting at `start`: digits and group marks between digits.
    private static func figureEnd(_ text: [Unicode.Scalar], _ start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            if DecimalDigit.value(text[index]) != nil { index += 1; continue }
            if isGroupMark(text[index]), index + 1 < limit, DecimalDigit.value(text[index + 1]) != nil { index += 1; continue }
            break
        }
        return index
    }

    /// Marks that group a figure's digits.
    private static func isGroupMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ".", "'", "\u{00A0}", "\u{202F}", "\u{066C}": return true
        default: return false
        }
    }

    /// Whether a figure may open at `start`: after white space, an opening bracket or quote, or the start — not
    /// inside a word, a symbol (`A/80/20431`) or a range (`2042-20431` is read as written).
    private static func opensFigure(_ text: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start > 0 else { return true }
        let before = text[start - 1]
        if ScalarClass.isWhitespace(before) { return true }
        switch before {
        case "(", "[", "\u{201C}", "\u{2018}", "\"", "«", "$", "€", "£": return true
        default: return false
        }
    }

    /// Whether the figure ends at `end`: the end, white space, or punctuation that is no part of a figure or a word
    /// (`20431.`, `20431,`, `20431)`), not a letter or a sign that continues it (`20431%` stays a figure: a
    /// percentage is no year).
    private static func closesFigure(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end < text.count else { return true }
        let after = text[end]
        if ScalarClass.isWhitespace(after) { return true }
        switch after {
        case ".", ",", ";", ":", ")", "]", "\u{201D}", "\u{2019}", "\"", "»": return true
        default: return ScalarClass.isSentenceEnd(after) && !after.properties.isAlphabetic
        }
    }

    /// The marker's digits at the end of the figure `text[start..<end]` when the rest is a year or a grouped number,
    /// all its digits of one system.
    private static func gluedMarker(_ marker: [Int], _ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int>? {
        let markerStart = end - marker.count
        guard markerStart > start else { return nil }
        // One digit system: the zero of each digit is the same scalar.
        let zero = text[start].value - UInt32(DecimalDigit.value(text[start]) ?? 0)
        var groups: [Int] = [], separator: Unicode.Scalar?, run = 0
        for index in start..<end {
            if let digit = DecimalDigit.value(text[index]) {
                guard text[index].value - UInt32(digit) == zero else { return nil }
                run += 1
            } else {
                guard separator == nil || separator == text[index] else { return nil }
                separator = text[index]
                groups.append(run)
                run = 0
            }
        }
        groups.append(run)
        for (offset, digit) in marker.enumerated() where DecimalDigit.value(text[markerStart + offset]) != digit { return nil }
        guard let last = groups.last, last > marker.count else { return nil }
        if groups.count == 1 {
            // A year standing alone: four digits, then the marker's.
            guard last == 4 + marker.count else { return nil }
            var year = 0
            for index in start..<(start + 4) { year = year * 10 + (DecimalDigit.value(text[index]) ?? 0) }
            return years.contains(year) ? markerStart..<end : nil
        }
        // A grouped number: a first group of one to three digits, groups of three (or lakh groups of two, then the
        // last of three), the last of three before the marker's digits.
        guard last == 3 + marker.count, (1...3).contains(groups[0]) else { return nil }
        let middle = groups.dropFirst().dropLast()
        guard middle.allSatisfy({ $0 == 3 }) || middle.allSatisfy({ $0 == 2 }) else { return nil }
        // A lead group of three before lakh groups is no lakh figure.
        if middle.first == 2, groups[0] > 2 { return nil }
        return markerStart..<end
    }
}
