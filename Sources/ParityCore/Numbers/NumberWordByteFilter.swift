/// A byte-level test of a whole text, run before the number-word reader:
/// whether some word of the text may be a cardinal or ordinal of ten or
/// more (`seventeenth`, `treinta`, `dix`, `عشرة`), judged by its length
/// in UTF-8 bytes, its first two bytes and its last (ASCII) byte, one
/// bit each of a 64-kilobit table, then, for a word that fits, by looking
/// it up. Without such a word a passage can state
/// no figure in words, so the check reads words only where figures are left
/// over or this test passes. A false match only costs the reader's pass.
struct NumberWordByteFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// A filter for `words` (lower case, Arabic normalized), each also with the Arabic prefixes.
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty else { continue }
            insert(bytes[...])
            if bytes[0] >= 0xD8 && bytes[0] <= 0xDB {
                for prefix in NumberWordShapes.arabicPrefixes {
                    insert((Array(ScalarText.string(prefix[...]).utf8) + bytes)[...])
                }
                // Hamza-carrying alifs are written where the table has a bare one: same length, same lead byte.
            }
        }
    }

    private mutating func insert(_ word: ArraySlice<UInt8>) {
        let bit = Self.shape(count: word.count, first: word.first!, second: word.count > 1 ? word[word.startIndex + 1] : 0, last: word.last!)
        bits[bit >> 6] |= 1 << (bit & 63)
    }

    @inline(__always)
    private static func shape(count: Int, first: UInt8, second: UInt8, last: UInt8) -> Int {
        // Upper and lower case share a key: ASCII folded, and the lead byte of two-byte Cyrillic and Arabic letters;
        // the second byte only after an ASCII first letter (ASCII folded).
        var f = first, l = last
        var s: UInt8 = 0
        if f < 0x80 { s = second >= 0x41 && second <= 0x5A ? second + 0x20 : second }
        if f >= 0x41 && f <= 0x5A { f += 0x20 }
        if f == 0xD1 { f = 0xD0 }
        if f >= 0xD9 && f <= 0xDB { f = 0xD8 }
        if l >= 0x41 && l <= 0x5A { l += 0x20 }
        if l >= 0x80 { l = 0x80 }
        return (count &* 0x9E37 &+ Int(f) &* 0x2F1 &+ Int(s) &* 0x1F3 &+ Int(l) &* 0x3B) & 0xFFFF
    }

    /// Whether `text` holds such a word: a word whose shape is in the table
    /// and for which `confirm` (given the word as written) holds. Words are
    /// runs of ASCII letters and non-ASCII characters other than Latin-1
    /// signs, general punctuation and CJK punctuation.
    func mayMatch(_ text: String, confirm: (String) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = -1, index = 0
            let n = bytes.count
            func ends(_ end: Int) -> Bool {
                guard start >= 0 else { return false }
                defer { start = -1 }
                let count = end - start
                guard count <= 48 else { return false }
                let bit = Self.shape(count: count, first: bytes[start], second: count > 1 ? bytes[start + 1] : 0, last: bytes[end - 1])
                guard bits[bit >> 6] & (1 << (bit & 63)) != 0 else { return false }
                return confirm(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            while index < n {
                let byte = bytes[index]
                let isLetter: Bool
                var width = 1
                if byte < 0x80 {
                    isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                } else if byte == 0xC2 {
                    isLetter = false  // U+0080–U+00BF: signs, no-break space, « »
                    width = 2
                } else if byte == 0xE2 || (byte == 0xE3 && index + 1 < n && bytes[index + 1] == 0x80) {
                    isLetter = false  // general punctuation and symbols, CJK punctuation
                    width = 3
                } else {
                    isLetter = true
                }
                if isLetter {
                    if start < 0 { start = index }
                } else if ends(index) {
                    return true
                }
                index += width
            }
            return ends(min(index, n))
        }
    }
}
