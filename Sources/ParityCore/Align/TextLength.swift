/// How long a block's text is for alignment: Unicode scalars that are not
/// white space. The language pair's expected ratio (estimated per document)
/// absorbs the difference between alphabetic and CJK writing.
public enum TextLength {
    /// Non-white-space Unicode scalars in `text`, counted on its UTF-8 bytes.
    public static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8(count)
    }

    /// ``of(_:)`` of a block's text, read at its bytes in place (no string is made).
    static func of(_ block: Block) -> Int {
        block.withTextUTF8(count)
    }

    /// Non-white-space scalars in valid UTF-8 `bytes`: lead bytes that are
    /// not ASCII white space (a loop the compiler vectorizes), less the
    /// multi-byte white space (U+00A0, U+0085, U+1680, U+2000–U+200A,
    /// U+2028/9, U+202F, U+205F, U+3000), looked for only in non-ASCII text
    /// holding one of their lead bytes (C2, E1–E3; looked for by a second
    /// vectorized loop: one loop doing both is not vectorized).
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var high: UInt8 = 0
        for byte in bytes {
            let isContinuation = byte & 0xC0 == 0x80
            let isSpace = byte == 0x20 || byte &- 0x09 < 5
            count &+= isContinuation || isSpace ? 0 : 1
            high |= byte
        }
        guard high >= 0x80 else { return count }
        // Written as an OR of two tests so that the loop is vectorized (a count, or `||`, is not).
        var leads: UInt8 = 0
        for byte in bytes { leads |= (byte == 0xC2 ? 1 : 0) | (byte &- 0xE1 < 3 ? 1 : 0) }
        guard leads != 0 else { return count }
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index]
            if lead == 0xC2 {
                if bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 { count -= 1 }
            } else if lead >= 0xE1 && lead <= 0xE3, index + 2 < bytes.count, isMultiByteWhitespace(lead, bytes[index + 1], bytes[index + 2]) {
                count -= 1
            }
            index += 1
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
