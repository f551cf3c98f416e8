/// How long a block's text is for alignment: Unicode scalars that are not
/// white space. The language pair's expected ratio (estimated per document)
/// absorbs the difference between alphabetic and CJK writing.
public enum TextLength {
    /// Non-white-space Unicode scalars in `text`, counted on its UTF-8 bytes.
    public static func of(_ text: String) -> Int {
        var count = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            defer { previous = (previous.1, byte) }
            if byte & 0xC0 == 0x80 {
                // Continuation byte: undo the count of a multi-byte white space
                // (U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000).
                if isMultiByteWhitespace(previous.0, previous.1, byte) { count -= 1 }
                continue
            }
            switch byte {
            case 0x09...0x0D, 0x20: continue
            default: count += 1
            }
        }
        return count
    }

    private static func isMultiByteWhitespace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        if b == 0xC2 && c == 0xA0 { return true }  // U+00A0 (2 bytes: lead b, here c)
        if b == 0xC2 && c == 0x85 { return true }  // U+0085
        switch (a, b) {
        case (0xE2, 0x80): return (0x80...0x8A).contains(c) || c == 0xA8 || c == 0xA9 || c == 0xAF
        case (0xE2, 0x81): return c == 0x9F
        case (0xE3, 0x80): return c == 0x80
        case (0xE1, 0x9A): return c == 0x80
        default: return false
        }
    }
}
