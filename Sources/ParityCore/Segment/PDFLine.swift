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
        bytes.withUnsafeBufferPointer { buffer in
            var page = 0
            var start = 0
            let count = buffer.count
            for index in 0..<count where buffer[index] == 0x0A || buffer[index] == 0x0C {
                lines.append(line(buffer, start, index, page: page))
                if buffer[index] == 0x0C { page += 1 }
                start = index + 1
            }
            if start < count { lines.append(line(buffer, start, count, page: page)) }
        }
        return lines
    }

    /// The line of `buffer[start..<end]` on `page`: its content without blank bytes around it, and its length.
    @inline(__always)
    private static func line(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, page: Int) -> PDFLine {
        var first = start
        var last = end
        while first < last, isBlankByte(buffer[first]) { first += 1 }
        while last > first, isBlankByte(buffer[last - 1]) { last -= 1 }
        // Scalars: the bytes that are no continuation bytes (one loop without exits).
        var length = 0
        for at in first..<last { length &+= buffer[at] & 0xC0 != 0x80 ? 1 : 0 }
        return PDFLine(page: page, contentStart: first, contentEnd: last, length: length)
    }

    @inline(__always)
    static func isBlankByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B
    }
}
