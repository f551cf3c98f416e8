/// Counts the paragraphs of a DOCX part before it is parsed: every start tag
/// whose local name is `p` (`<w:p>`, `<w:p w:rsidR="…">`, `<p>` under any
/// prefix). A part of tiny paragraphs costs far more memory as a parsed tree
/// and as blocks than its byte size says, so `DOCXReader` refuses a part with
/// more than `limit` of them.
enum DOCXParagraphCount {
    /// Most paragraphs (body, tables and notes together) Parity reads from one
    /// part: a 1,000-page report has some tens of thousands.
    static let limit = 200_000

    /// Paragraph start tags in the UTF-8 XML `bytes`; stops counting past `stoppingAfter`.
    static func count(_ bytes: [UInt8], stoppingAfter maximum: Int = Int.max) -> Int {
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            let end = buffer.count
            var index = 0
            while index < end {
                guard buffer[index] == 0x3C else { index += 1; continue }  // <
                var nameEnd = index + 1
                while nameEnd < end, !isNameEnd(buffer[nameEnd]) { nameEnd += 1 }
                let nameStart = index + 1
                let length = nameEnd - nameStart
                if length >= 1, buffer[nameEnd - 1] == 0x70,  // p
                   length == 1 || buffer[nameEnd - 2] == 0x3A,  // :
                   nameEnd < end {
                    count += 1
                    if count > maximum { return }
                }
                index = nameEnd
            }
        }
        return count
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3E || byte == 0x2F || byte == 0x3C
    }
}
