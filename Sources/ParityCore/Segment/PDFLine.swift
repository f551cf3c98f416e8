/// One line of PDF-extracted text: byte offsets into the decoded UTF-8, the
/// page it is on, and the trimmed content's length in Unicode scalars.
struct PDFLine: Sendable {
    // 32-bit fields (inputs are at most 512 MB): a long PDF text has a million lines.
    /// Page index (0-based), counted by form feeds.
    @Int32Backed var page: Int
    /// Offset of the first non-blank byte.
    @Int32Backed var contentStart: Int
    /// Offset one past the last non-blank byte.
    @Int32Backed var contentEnd: Int
    /// Unicode scalars between `contentStart` and `contentEnd`.
    @Int32Backed var length: Int


    /// Whether the line has no visible character.
    var isBlank: Bool { contentStart == contentEnd }

    /// All lines of `bytes`, split at LF (a CR before it is ignored) and at
    /// form feeds, which also start a new page.
    static func lines(in bytes: [UInt8]) -> [PDFLine] {
        var lines: [PDFLine] = []
        var breaks = 1
        for byte in bytes where byte == 0x0A || byte == 0x0C { breaks += 1 }
        lines.reserveCapacity(breaks)
        var page = 0
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var first = start
            var last = end
            while first < last, isBlankByte(bytes[first]) { first += 1 }
            while last > first, isBlankByte(bytes[last - 1]) { last -= 1 }
            var length = 0
            var at = first
            while at < last {
                if bytes[at] & 0xC0 != 0x80 { length += 1 }
                at += 1
            }
            lines.append(PDFLine(page: page, contentStart: first, contentEnd: last, length: length))
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                close(index)
                start = index + 1
            } else if byte == 0x0C {
                close(index)
                page += 1
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { close(bytes.count) }
        return lines
    }

    @inline(__always)
    static func isBlankByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B
    }
}
