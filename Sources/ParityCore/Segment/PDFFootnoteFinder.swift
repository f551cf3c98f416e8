/// Finds the footnotes at the bottom of one PDF page.
///
/// A footnote starts with a line whose marker (`*`, `†`, superscript digits,
/// or one to three digits, possibly glued to the text as in "1A/60/871.")
/// is cited above it on the same or the previous page — the same
/// superscript or asterisk after a word, or the digits glued to the end of
/// a word ("informe1 se decía") — with no paragraph label below it. Lines
/// after a start line that start no other footnote continue it.
enum PDFFootnoteFinder {
    /// How many non-blank lines at the bottom of a page may hold footnotes.
    static let bottomLines = 12

    /// The footnotes of a page as lists of line indices, top to bottom.
    /// Records in `replacements` (input byte index → replaced length and text)
    /// how markers are rewritten: digits as superscript digits, and a space
    /// after a marker glued to its footnote text.
    static func footnotes(
        _ pageLines: [Int], _ lines: [PDFLine], _ bytes: [UInt8], searchFrom: Int,
        replacements: inout [Int: (length: Int, text: String)]
    ) -> [[Int]] {
        let candidates = Array(pageLines.suffix(bottomLines))
        for (position, index) in candidates.enumerated() {
            guard let marker = marker(lines[index], bytes),
                  citation(of: marker, in: bytes, from: searchFrom, to: lines[index].contentStart) != nil
                    || marker.gluedToLetter else { continue }
            let rest = candidates[(position + 1)...]
            if rest.contains(where: { PDFLabel.startsWithLabel(bytes, lines[$0].contentStart, lines[$0].contentEnd) }) { continue }
            var notes: [[Int]] = []
            for noteLine in candidates[position...] {
                if let next = self.marker(lines[noteLine], bytes),
                   case let cited = citation(of: next, in: bytes, from: searchFrom, to: lines[noteLine].contentStart),
                   cited != nil || next.gluedToLetter || noteLine == index {
                    notes.append([noteLine])
                    record(next, at: lines[noteLine].contentStart, citedAt: cited, bytes, &replacements)
                } else {
                    notes[notes.count - 1].append(noteLine)
                }
            }
            return notes
        }
        return []
    }

    /// A footnote marker at the start of a line: its bytes and whether it is ASCII digits.
    struct Marker {
        var bytes: [UInt8]
        var isDigits: Bool
        /// Whether the footnote text follows without a space.
        var glued: Bool
        /// Whether a letter follows right after the marker ("1A/60/871."): a
        /// footnote even when its citation cannot be found (a superscript
        /// that extraction set apart by a space).
        var gluedToLetter = false
    }

    static func marker(_ line: PDFLine, _ bytes: [UInt8]) -> Marker? {
        let start = line.contentStart
        let end = line.contentEnd
        guard start < end else { return nil }
        var at = start
        var isDigits = false
        if bytes[at] == UInt8(ascii: "*") {
            while at < end, at - start < 3, bytes[at] == UInt8(ascii: "*") { at += 1 }
        } else if bytes[at] >= 0x30, bytes[at] <= 0x39 {
            while at < end, at - start < 3, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
            isDigits = true
            // "23. " and "1) " are labels, "2006" is a number: not markers.
            if at < end, bytes[at] >= 0x30 && bytes[at] <= 0x39 || bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: ")") || bytes[at] == UInt8(ascii: ",") {
                return nil
            }
        } else {
            // Superscript digits (¹²³ are C2 B9/B2/B3, the others E2 81 B0–B9) and † ‡ (E2 80 A0/A1).
            while at < end {
                if at + 1 < end, bytes[at] == 0xC2, bytes[at + 1] == 0xB9 || bytes[at + 1] == 0xB2 || bytes[at + 1] == 0xB3 {
                    at += 2
                } else if at + 2 < end, bytes[at] == 0xE2, bytes[at + 1] == 0x81, (0xB0...0xB9).contains(bytes[at + 2]) {
                    at += 3
                } else if at + 2 < end, bytes[at] == 0xE2, bytes[at + 1] == 0x80, bytes[at + 2] == 0xA0 || bytes[at + 2] == 0xA1 {
                    at += 3
                } else {
                    break
                }
            }
        }
        guard at > start, at < end else { return nil }
        let glued = !(bytes[at] == 0x20 || bytes[at] == 0x09)
        let next = bytes[at]
        let letter = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next >= 0xC3
        return Marker(bytes: Array(bytes[start..<at]), isDigits: isDigits, glued: glued, gluedToLetter: glued && letter)
    }

    /// Where a marker is cited: the bytes to replace by the superscript marker.
    struct Citation {
        var start: Int
        var length: Int
    }

    /// The last citation of `marker` in `bytes[from..<to]`: glued to its word
    /// ("informe1"), else — for digits — the only one set apart by a space
    /// between a word and a lower-case word ("informe 1 se"), if there is exactly one.
    static func citation(of marker: Marker, in bytes: [UInt8], from: Int, to: Int) -> Citation? {
        if let glued = gluedCitation(of: marker, in: bytes, from: from, to: to) {
            return Citation(start: glued, length: marker.bytes.count)
        }
        guard marker.isDigits else { return nil }
        let count = marker.bytes.count
        var found: [Int] = []
        var at = max(from + 2, 2)
        while at + count + 1 < to {
            if bytes[at - 1] == 0x20, Array(bytes[at..<(at + count)]) == marker.bytes, bytes[at + count] == 0x20,
               isLetter(bytes[at - 2]), at + count + 1 < bytes.count, isLowercaseStart(bytes[at + count + 1]) {
                found.append(at)
                if found.count > 1 { return nil }
            }
            at += 1
        }
        guard let only = found.first else { return nil }
        return Citation(start: only - 1, length: count + 1)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private static func isLowercaseStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC3
    }

    private static func gluedCitation(of marker: Marker, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        let count = marker.bytes.count
        var at = to - count
        while at > from {
            if bytes[at] == marker.bytes[0], Array(bytes[at..<(at + count)]) == marker.bytes {
                let before = bytes[at - 1]
                let after = at + count < bytes.count ? bytes[at + count] : 0x20
                if marker.isDigits {
                    let afterIsDigit = after >= 0x30 && after <= 0x39
                    let beforeIsWordEnd = before >= 0x80 || (before >= 0x41 && before <= 0x5A) || (before >= 0x61 && before <= 0x7A)
                        || before == UInt8(ascii: ")") || before == UInt8(ascii: "\"")
                    // Not at a line start, not inside a longer number.
                    if beforeIsWordEnd, !afterIsDigit { return at }
                } else {
                    let beforeIsText = !(before == 0x20 || before == 0x0A || before == 0x09 || before == 0x0C || before == marker.bytes[0])
                    if beforeIsText, after != marker.bytes[0] { return at }
                }
            }
            at -= 1
        }
        return nil
    }

    private static func record(
        _ marker: Marker, at start: Int, citedAt citation: Citation?, _ bytes: [UInt8],
        _ replacements: inout [Int: (length: Int, text: String)]
    ) {
        let rendered = marker.isDigits
            ? SuperscriptDigits.superscriptIfDigits(String(decoding: marker.bytes, as: UTF8.self))
            : String(decoding: marker.bytes, as: UTF8.self)
        if marker.isDigits, let citation { replacements[citation.start] = (citation.length, rendered) }
        if marker.isDigits || marker.glued {
            replacements[start] = (marker.bytes.count, rendered + (marker.glued ? " " : ""))
        }
    }
}
