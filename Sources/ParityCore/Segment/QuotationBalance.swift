/// Whether a double quotation is left open at a line's end, counting its
/// marks in any convention: `"…"`, `“…”`, `„…“`, `«…»`, `»…«`, `”…”`. Every
/// double quotation mark turns the state (nested quotations are rare in the
/// clauses of a preamble); single quotes are apostrophes as often as marks,
/// and count for nothing.
enum QuotationBalance {
    /// Whether a quotation is open after `line`, given whether one was open before it (`open`).
    static func openAfter(_ bytes: [UInt8], _ line: TextLine, open: Bool) -> Bool {
        var open = open
        var at = line.contentStart
        while at < line.contentEnd {
            let byte = bytes[at]
            if byte == 0x22 {
                open.toggle()
            } else if byte == 0xC2, at + 1 < line.contentEnd, bytes[at + 1] == 0xAB || bytes[at + 1] == 0xBB {
                // « U+00AB, » U+00BB
                open.toggle()
            } else if byte == 0xE2, at + 2 < line.contentEnd, bytes[at + 1] == 0x80, (0x9C...0x9E).contains(bytes[at + 2]) {
                // “ U+201C, ” U+201D, „ U+201E
                open.toggle()
            }
            at += 1
        }
        return open
    }
}
