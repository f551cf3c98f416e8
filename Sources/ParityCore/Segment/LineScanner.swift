/// Pass 1: cuts UTF-8 text into lines at LF, CR LF or CR, in one scan.
enum LineScanner {
    /// All lines of `bytes`, blank ones included, in order.
    static func lines(in bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        // Exactly as many as there are line breaks (plus a last line): a guess
        // from the byte count overshoots fourfold on prose.
        var breaks = 1
        for byte in bytes where byte == 0x0A || byte == 0x0D { breaks += 1 }
        lines.reserveCapacity(breaks)
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var lineStart = 0
            var index = 0
            func close(_ end: Int) {
                var contentStart = lineStart
                var contentEnd = end
                while contentStart < contentEnd, ByteClass.isASCIIWhitespace(buffer[contentStart]) { contentStart += 1 }
                while contentEnd > contentStart, ByteClass.isASCIIWhitespace(buffer[contentEnd - 1]) { contentEnd -= 1 }
                lines.append(TextLine(start: lineStart, end: end, contentStart: contentStart, contentEnd: contentEnd))
            }
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    close(index)
                    if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    index += 1
                    lineStart = index
                } else {
                    index += 1
                }
            }
            if lineStart < count { close(count) }
        }
        return lines
    }
}
