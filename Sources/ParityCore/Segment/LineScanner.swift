/// Pass 1: cuts UTF-8 text into lines at LF, CR LF or CR, in one scan.
enum LineScanner {
    /// All lines of `bytes`, blank ones included, in order.
    static func lines(in bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        // Exactly as many as there are line breaks (plus a last line): a guess
        // from the byte count overshoots fourfold on prose.
        var breaks = 1
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer { breaks &+= byte == 0x0A || byte == 0x0D ? 1 : 0 }
        }
        lines.reserveCapacity(breaks)
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var lineStart = 0
            var index = 0
            while index < count {
                // No line break is above CR: most bytes are passed over by one comparison.
                while index < count, buffer[index] > 0x0D { index += 1 }
                guard index < count else { break }
                let byte = buffer[index]
                guard byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                lines.append(line(buffer, lineStart, index))
                if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                index += 1
                lineStart = index
            }
            if lineStart < count { lines.append(line(buffer, lineStart, count)) }
        }
        return lines
    }

    /// The line of `buffer[start..<end]`, its content without ASCII white space and ideographic spaces (U+3000, the
    /// indent of Han and kana text: `　（ａ）　…`) around it.
    @inline(__always)
    private static func line(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TextLine {
        var contentStart = start
        var contentEnd = end
        while contentStart < contentEnd {
            if ByteClass.isASCIIWhitespace(buffer[contentStart]) {
                contentStart += 1
            } else if IdeographicSpace.starts(at: contentStart, in: buffer, before: contentEnd) {
                contentStart += 3
            } else {
                break
            }
        }
        while contentEnd > contentStart {
            if ByteClass.isASCIIWhitespace(buffer[contentEnd - 1]) {
                contentEnd -= 1
            } else if contentEnd - contentStart >= 3, IdeographicSpace.starts(at: contentEnd - 3, in: buffer, before: contentEnd) {
                contentEnd -= 3
            } else {
                break
            }
        }
        return TextLine(start: start, end: end, contentStart: contentStart, contentEnd: contentEnd)
    }
}
