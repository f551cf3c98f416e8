/// How many lines and units (the blocks-to-be of `RawBlockBuilder`) a text
/// may have for its size before it is segmented. Each line costs some 40
/// bytes while the text is segmented and each unit some hundreds of bytes and
/// microseconds until the blocks are made, whatever its length: a file of
/// one-letter paragraphs (`a`, blank line, `a` …) would otherwise take
/// fifty times its size in memory. Beyond a fixed allowance, a text must
/// average `bytesPerLine` bytes a line and `bytesPerUnit` a unit. A unit
/// costs its text's string (its bytes and some 60 more), its block (88
/// bytes) and its draft (112 bytes) at the peak, so from 136 bytes a unit
/// the peak stays below three times the input plus a fixed amount. Real
/// texts of more than a few pages average more (`ParityBenchmarks
/// text-shape`: the fewest, 129.5 bytes a unit in the Text+Berg
/// sentence-a-line file, read up to 542 MB; 155 in the text Parity reads
/// from a verbatim-record PDF, 168 to 368 in the others), so concatenations
/// of them up to the 512 MB input limit are read; one-page texts that are
/// mostly masthead lines (an agenda: 29 bytes a unit; a short resolution:
/// 75) fit in the allowance, not at any length.
public enum TextShapeLimit {
    /// Lines every text may have, blank ones included.
    public static let allowedLines = 1_000_000
    /// Beyond `allowedLines`, one more line for every this many bytes.
    public static let bytesPerLine = 32
    /// Units every text may have.
    public static let allowedUnits = 200_000
    /// Beyond `allowedUnits`, one more unit for every this many bytes.
    public static let bytesPerUnit = 136

    /// Most lines a text of `byteCount` bytes may have.
    public static func maximumLines(byteCount: Int) -> Int { allowedLines + byteCount / bytesPerLine }

    /// Most units a text of `byteCount` bytes may have.
    public static func maximumUnits(byteCount: Int) -> Int { allowedUnits + byteCount / bytesPerUnit }

    /// Why the UTF-8 `bytes` are refused, in words for an error message, or
    /// nil when they are within the limits. The lines are counted without
    /// storing them; the units only when the lines are within their limit.
    public static func problem(_ bytes: [UInt8]) -> String? {
        let (lines, nonBlankLines) = lineCount(bytes)
        let maximumLines = maximumLines(byteCount: bytes.count)
        guard lines <= maximumLines else {
            return "too many lines for its size (\(lines) in \(bytes.count) bytes; "
                + "Parity reads \(allowedLines) and one more for every \(bytesPerLine) bytes)"
        }
        // Every unit holds a line that is not blank: most texts need no units made to be counted.
        guard nonBlankLines > maximumUnits(byteCount: bytes.count) else { return nil }
        let units = unitCount(bytes)
        guard units <= maximumUnits(byteCount: bytes.count) else {
            return "too many paragraphs for its size (\(units) in \(bytes.count) bytes; "
                + "Parity reads \(allowedUnits) and one more for every \(bytesPerUnit) bytes)"
        }
        return nil
    }

    /// Lines as `LineScanner` cuts them (LF, CR LF or CR), counted, and those
    /// of them with a byte that is not ASCII white space.
    public static func lineCount(_ bytes: [UInt8]) -> (lines: Int, nonBlank: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var nonBlank = 0
            var index = 0
            let end = buffer.count
            var lineOpen = false
            var lineHasText = false
            while index < end {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    count += 1
                    if lineHasText { nonBlank += 1 }
                    lineOpen = false
                    lineHasText = false
                    if byte == 0x0D, index + 1 < end, buffer[index + 1] == 0x0A { index += 1 }
                } else {
                    lineOpen = true
                    if !ByteClass.isASCIIWhitespace(byte) { lineHasText = true }
                }
                index += 1
            }
            return (count + (lineOpen ? 1 : 0), nonBlank + (lineHasText ? 1 : 0))
        }
    }

    /// The raw units `RawBlockBuilder` makes of `bytes`: what the classifier
    /// would read one at a time.
    public static func unitCount(_ bytes: [UInt8]) -> Int {
        RawBlockBuilder.blocks(bytes, LineScanner.lines(in: bytes)).count
    }
}
