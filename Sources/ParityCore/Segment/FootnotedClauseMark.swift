/// A clause's comma or semicolon with a footnote marker right after it, at a
/// line's end: "… of 25 September 2015,1", "… the Convention,²", "…の決議、³".
/// The marker cites a note; the clause ends at its mark all the same, so a
/// preamble's clause that closes so is followed by the next clause as after a
/// bare comma. The marker is one or two ASCII or superscript digits
/// (superscript only after a full-width mark), right after the mark, which
/// stands right after a letter or a closing quote or bracket: a figure's own
/// comma ("3,14") is none.
enum FootnotedClauseMark {
    /// Most digits a marker has.
    static let maximumMarkerDigits = 2

    /// Whether the content `bytes[start..<end]` ends with a clause mark (`,` `;` `،` `؛` `，` `；` `、`) and a footnote
    /// marker after it.
    static func endsWithMarkedClauseMark(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        // A marker's digits end the line: a last byte that is ASCII, no digit and no white space ends it without one.
        guard end > start else { return false }
        let last = bytes[end - 1]
        if last < 0x80, !(last >= 0x30 && last <= 0x39), !ByteClass.isASCIIWhitespace(last) { return false }
        var from = max(start, end - 24)
        while from < end, bytes[from] & 0xC0 == 0x80 { from += 1 }
        let tail = ScalarText.scalars(bytes, from, end)
        var index = tail.count
        while index > 0, ScalarClass.isWhitespace(tail[index - 1]) { index -= 1 }
        let markerEnd = index
        while index > 0, markerEnd - index < maximumMarkerDigits,
              (0x30...0x39).contains(tail[index - 1].value) || SuperscriptDigits.value(of: tail[index - 1]) != nil { index -= 1 }
        guard index < markerEnd, index >= 2 else { return false }
        switch tail[index - 1].value {
        case 0x2C, 0x3B, 0x060C, 0x061B: break
        // After a full-width mark only a superscript marker: text wrapped anywhere may break a date right after it
        // ("…を想起し、12" / "月7日の…").
        case 0xFF0C, 0xFF1B, 0x3001: guard SuperscriptDigits.value(of: tail[index]) != nil else { return false }
        default: return false
        }
        let before = tail[index - 2]
        return (ScalarClass.isWordLetter(before) && ScalarClass.digit(before) == nil) || ScalarClass.isClosingMark(before)
    }

    /// `endsWithMarkedClauseMark(_:_:_:)` on a unit's scalars: "… of the Secretary-General,¹".
    static func endsWithMarkedClauseMark(_ text: [Unicode.Scalar]) -> Bool {
        // Only a unit that ends with a digit, ASCII or superscript, can end with a marker.
        guard let last = text.last(where: { !ScalarClass.isWhitespace($0) }),
              (0x30...0x39).contains(last.value) || SuperscriptDigits.value(of: last) != nil else { return false }
        let bytes = Array(String(String.UnicodeScalarView(text.suffix(24))).utf8)
        return endsWithMarkedClauseMark(bytes, 0, bytes.count)
    }
}
