/// The byte ranges of the columns of a line of UTF-8 text: the runs between
/// spaces, tabs and no-break spaces, as `String.split` on those characters
/// gives them, found without telling characters apart.
///
/// A separator scalar is a character of its own unless the scalar after it
/// extends it (a combining mark, a joiner, a spacing mark) or the one before
/// it is a prepended concatenation mark (Arabic number signs and a few
/// others). Every such scalar lies outside the ranges this reader lets pass
/// beside a separator (below U+0300 after it, below U+0600 before it, and
/// the general punctuation U+2010–U+2027, U+2030–U+205E on both sides);
/// when another scalar touches a separator, the caller splits by characters.
enum ColumnCuts {
    /// The columns' byte ranges, or nil when a separator touches a scalar
    /// that may join it into a larger character.
    static func columns(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var columns: [Range<Int>] = []
        var index = 0
        var columnStart = 0
        var previous: UInt32 = 0x20  // the scalar before `index`
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            let length: Int
            let value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                length = 1
            } else {
                let decoded = ScalarText.decode(bytes, index, count)
                value = decoded.scalar.value
                length = decoded.next - index
            }
            if value == 0x20 || value == 0x09 || value == 0xA0 {
                guard mayPrecedeSeparator(previous) else { return nil }
                let next = index + length
                if next < count, bytes[next] >= 0x80, !mayFollowSeparator(ScalarText.decode(bytes, next, count).scalar.value) { return nil }
                if index > columnStart { columns.append(columnStart..<index) }
                columnStart = next
            }
            previous = value
            index += length
        }
        if count > columnStart { columns.append(columnStart..<count) }
        return columns
    }

    /// Whether `value` is no prepended concatenation mark (which joins the scalar after it).
    @inline(__always)
    private static func mayPrecedeSeparator(_ value: UInt32) -> Bool {
        value < 0x600 || isGeneralPunctuation(value)
    }

    /// Whether `value` extends no scalar before it (no combining or spacing mark, no joiner).
    @inline(__always)
    private static func mayFollowSeparator(_ value: UInt32) -> Bool {
        value < 0x300 || isGeneralPunctuation(value)
    }

    /// Dashes, quotation marks, bullets, the ellipsis and other punctuation of U+2010–U+205E
    /// (joiners, directional marks and separators of that block left out).
    @inline(__always)
    private static func isGeneralPunctuation(_ value: UInt32) -> Bool {
        (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }
}
