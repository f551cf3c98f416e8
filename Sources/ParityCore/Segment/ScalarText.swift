/// Helpers that turn byte ranges of UTF-8 text into Unicode scalars and back.
enum ScalarText {
    /// Appends the scalars of `bytes[start..<end]` (valid UTF-8) to `output`,
    /// folding every run of white space into one space and dropping invisible
    /// bidirectional marks (they would hide labels in Arabic text). Returns whether the
    /// last appended scalar is a space.
    @discardableResult
    static func appendFolded(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
        into output: inout [Unicode.Scalar], lastWasSpace: Bool
    ) -> Bool {
        guard start < end else { return lastWasSpace }
        // At most one scalar a byte: room is made first, then written through a buffer, the rest cut.
        let first = output.count
        output.append(contentsOf: repeatElement(" ", count: end - start))
        let folded = output.withUnsafeMutableBufferPointer { out in
            fold(bytes, start, end, into: out.baseAddress!, at: first, lastWasSpace: lastWasSpace)
        }
        output.removeLast(output.count - folded.count)
        return folded.lastWasSpace
    }

    /// Writes the scalars of `bytes[start..<end]` (valid UTF-8), white space
    /// folded and bidirectional marks dropped as `appendFolded` does, to
    /// `out` from index `count` on; `out` has room for `end - start` more
    /// scalars. Returns the index after the last one written and whether it is a space.
    @inline(__always)
    static func fold(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
        into out: UnsafeMutablePointer<Unicode.Scalar>, at count: Int, lastWasSpace: Bool
    ) -> (count: Int, lastWasSpace: Bool) {
        var lastWasSpace = lastWasSpace
        var count = count
        var index = start
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII without branches on the byte: white space is written as a space and
                // counted only when the scalar before it was not one (the slot is free to overwrite).
                let isSpace = lead == 0x20 || lead &- 0x09 < 5
                out[count] = Unicode.Scalar(isSpace ? 0x20 : lead)
                count &+= isSpace && lastWasSpace ? 0 : 1
                lastWasSpace = isSpace
                index += 1
                continue
            }
            let value: UInt32
            if lead < 0xC0 || index + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) >= end {
                // Not valid UTF-8 (only possible with a hand-made DecodedText): replace, never read past the end.
                value = 0xFFFD
                index += 1
            } else {
                let decoded = multiByteScalar(bytes, index, lead: lead)
                value = decoded.value
                index += decoded.length
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if value >= 0x61C, ScalarClass.isBidiControl(scalar) { continue }
            if ScalarClass.isWhitespace(scalar) {
                if !lastWasSpace {
                    out[count] = " "
                    count += 1
                    lastWasSpace = true
                }
            } else {
                out[count] = scalar
                count += 1
                lastWasSpace = false
            }
        }
        return (count, lastWasSpace)
    }

    /// `fold(bytes, start, end, into: out, at: 0, lastWasSpace: false)`, which also tells, in the same pass, whether
    /// the scalars written are exactly the UTF-8 bytes `bytes[start..<end]` (`verbatim`: nothing folded, dropped or
    /// replaced, what `UnitText.verbatimRange` finds by encoding them again) and whether they hold a `*` or `<`, the
    /// only scalars with which inline markup starts (`InlineMarkupParser.strip` removes nothing without one).
    @inline(__always)
    static func foldCheckingVerbatim(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: UnsafeMutablePointer<Unicode.Scalar>
    ) -> (count: Int, verbatim: Bool, mayHoldMarkup: Bool) {
        var lastWasSpace = false
        var count = 0
        var index = start
        // Flags or-ed without branches in the ASCII loop: a byte written otherwise than it stands, a `*` or `<`.
        var changed: UInt8 = 0
        var marks: UInt8 = 0
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                let isSpace = lead == 0x20 || lead &- 0x09 < 5
                out[count] = Unicode.Scalar(isSpace ? 0x20 : lead)
                let dropped = isSpace && lastWasSpace
                count &+= dropped ? 0 : 1
                changed |= (dropped || lead != 0x20 && isSpace) ? 1 : 0
                marks |= (lead == 0x2A || lead == 0x3C) ? 1 : 0
                lastWasSpace = isSpace
                index += 1
                continue
            }
            let value: UInt32
            if lead < 0xC0 || index + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) >= end {
                value = 0xFFFD
                index += 1
                changed = 1
            } else {
                let decoded = multiByteScalar(bytes, index, lead: lead)
                value = decoded.value
                // Encoded again, the scalar is these bytes only when they are its shortest form with valid continuations.
                var continuations = true
                for offset in 1..<decoded.length where bytes[index + offset] & 0xC0 != 0x80 { continuations = false }
                let width = value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                if !continuations || width != decoded.length || Unicode.Scalar(value) == nil { changed = 1 }
                index += decoded.length
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if value >= 0x61C, ScalarClass.isBidiControl(scalar) {
                changed = 1
                continue
            }
            if ScalarClass.isWhitespace(scalar) {
                changed = 1
                if !lastWasSpace {
                    out[count] = " "
                    count += 1
                    lastWasSpace = true
                }
            } else {
                out[count] = scalar
                count += 1
                lastWasSpace = false
            }
        }
        return (count, changed == 0, marks != 0)
    }

    /// The value and byte length of the multi-byte scalar whose lead byte
    /// (0xC0 or above) is at `index`; the caller has checked that its
    /// continuation bytes are there.
    @inline(__always)
    private static func multiByteScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, lead: UInt8) -> (value: UInt32, length: Int) {
        if lead < 0xE0 {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                    | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// The scalars of `bytes[start..<end]`, white space folded.
    static func scalars(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Unicode.Scalar] {
        guard start < end else { return [] }
        // At most one scalar a byte, written once into uninitialized room.
        return [Unicode.Scalar](unsafeUninitializedCapacity: end - start) { out, initialized in
            initialized = bytes.withUnsafeBufferPointer { buffer in
                fold(buffer, start, end, into: out.baseAddress!, at: 0, lastWasSpace: false).count
            }
        }
    }

    /// The scalars of `text` (`Array(text.unicodeScalars)`), decoded from its
    /// UTF-8 into an array of their number, counted first (a vectorized loop).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes -> [Unicode.Scalar] in
            var total = 0
            for byte in bytes { total &+= byte & 0xC0 != 0x80 ? 1 : 0 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: total) { buffer, initialized in
                // A String's UTF-8 is valid: every lead byte has its continuation bytes.
                var index = 0
                var written = 0
                let end = bytes.count
                while index < end, written < total {
                    let lead = bytes[index]
                    let value: UInt32
                    if lead < 0x80 {
                        value = UInt32(lead)
                        index += 1
                    } else {
                        let decoded = multiByteScalar(bytes, index, lead: lead)
                        value = decoded.value
                        index += decoded.length
                    }
                    (buffer.baseAddress! + written).initialize(to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    written += 1
                }
                initialized = written
            }
        }
    }

    /// A string made of `scalars`.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars {
            let value = scalar.value
            byteCount += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[index] = UInt8(value)
                    index += 1
                } else if value < 0x800 {
                    buffer[index] = UInt8(0xC0 | (value >> 6))
                    buffer[index + 1] = UInt8(0x80 | (value & 0x3F))
                    index += 2
                } else if value < 0x10000 {
                    buffer[index] = UInt8(0xE0 | (value >> 12))
                    buffer[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[index + 2] = UInt8(0x80 | (value & 0x3F))
                    index += 3
                } else {
                    buffer[index] = UInt8(0xF0 | (value >> 18))
                    buffer[index + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[index + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[index + 3] = UInt8(0x80 | (value & 0x3F))
                    index += 4
                }
            }
            return index
        }
    }

    /// `scalars` without leading and trailing white space.
    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
        while end > start, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
        return scalars[start..<end]
    }

    /// Whether the text ends with terminal punctuation, ignoring closing quotes and brackets.
    static func endsWithTerminalPunctuation(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = scalars.count - 1
        while index >= 0, ScalarClass.isClosingMark(scalars[index]) || ScalarClass.isWhitespace(scalars[index]) { index -= 1 }
        return index >= 0 && ScalarClass.isTerminalPunctuation(scalars[index])
    }

    /// Whether the text ends a sentence (`.`, `!`, `?`, `。` ...), ignoring closing quotes and brackets.
    static func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = scalars.count - 1
        while index >= 0, ScalarClass.isClosingMark(scalars[index]) || ScalarClass.isWhitespace(scalars[index]) { index -= 1 }
        return index >= 0 && ScalarClass.isSentenceEnd(scalars[index])
    }

    /// `endsSentence`, a footnote marker after the sentence's end left out: "… resolution 79/222.¹",
    /// "… consideration.*", "… annex.1" (`CitedFootnoteMarker.endsSentenceBeforeMarker`, the one rule).
    static func endsSentenceBeforeFootnoteMarker(_ scalars: [Unicode.Scalar]) -> Bool {
        CitedFootnoteMarker.endsSentenceBeforeMarker(scalars)
    }

    /// The first letter or digit of the text, skipping punctuation and quotes.
    static func firstLetter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        for scalar in scalars.prefix(8) {
            let value = scalar.value
            // In ASCII the alphabetic scalars are the letters (no property lookup), the digits `0`–`9`.
            if value < 0x80 {
                if (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 { return scalar }
                continue
            }
            if scalar.properties.isAlphabetic || ScalarClass.digit(scalar) != nil { return scalar }
        }
        return nil
    }
}

extension ScalarText {
    /// The scalar starting at `bytes[index]` (valid UTF-8 up to `end`) and the
    /// index after it; bytes that are not valid UTF-8 read as U+FFFD, one at a
    /// time, as `appendFolded` reads them.
    @inline(__always)
    static func decode(_ bytes: [UInt8], _ index: Int, _ end: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), index + 1) }
        if lead < 0xC0 || index + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) >= end { return ("\u{FFFD}", index + 1) }
        let value: UInt32
        let next: Int
        if lead < 0xE0 {
            value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
            next = index + 2
        } else if lead < 0xF0 {
            value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
            next = index + 3
        } else {
            value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
            next = index + 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", next)
    }

    /// `decode(_:_:_:)` on a buffer.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), index + 1) }
        if lead < 0xC0 || index + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) >= end { return ("\u{FFFD}", index + 1) }
        let decoded = multiByteScalar(bytes, index, lead: lead)
        return (Unicode.Scalar(decoded.value) ?? "\u{FFFD}", index + decoded.length)
    }

    /// The last scalar of `scalars(bytes, start, end)` (valid UTF-8) that is no white space and that `skip` does
    /// not pass over, decoded from the end without building the scalars; nil when there is none.
    static func lastScalar(
        _ bytes: [UInt8], _ start: Int, _ end: Int, skipping skip: (Unicode.Scalar) -> Bool
    ) -> Unicode.Scalar? {
        var index = end
        while index > start {
            let limit = index
            index -= 1
            while index > start, bytes[index] & 0xC0 == 0x80 { index -= 1 }
            let scalar = decode(bytes, index, limit).scalar
            if scalar.value >= 0x61C, ScalarClass.isBidiControl(scalar) { continue }
            if ScalarClass.isWhitespace(scalar) || skip(scalar) { continue }
            return scalar
        }
        return nil
    }

    /// `endsWithTerminalPunctuation(scalars(bytes, start, end))` (valid UTF-8), read from the end.
    static func endsWithTerminalPunctuation(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        lastScalar(bytes, start, end, skipping: ScalarClass.isClosingMark).map(ScalarClass.isTerminalPunctuation) ?? false
    }

    /// The first scalar of `scalars(bytes, start, end)` that `skip` does not
    /// pass over, without building the scalars; nil when there is none.
    static func firstScalar(
        _ bytes: [UInt8], _ start: Int, _ end: Int, skipping skip: (Unicode.Scalar) -> Bool = { _ in false }
    ) -> Unicode.Scalar? {
        var reader = FoldedScalarReader(bytes, start, end)
        while let scalar = reader.next() {
            if !skip(scalar) { return scalar }
        }
        return nil
    }
}

/// Reads the scalars of `ScalarText.scalars(bytes, start, end)` one at a
/// time (white space folded into one space, bidirectional marks dropped),
/// for tests that need only the first few.
struct FoldedScalarReader {
    private let bytes: [UInt8]
    private var index: Int
    private let end: Int
    private var lastWasSpace = false

    init(_ bytes: [UInt8], _ start: Int, _ end: Int) {
        self.bytes = bytes
        index = start
        self.end = end
    }

    mutating func next() -> Unicode.Scalar? {
        while index < end {
            let (scalar, next) = ScalarText.decode(bytes, index, end)
            index = next
            if scalar.value >= 0x61C, ScalarClass.isBidiControl(scalar) { continue }
            if ScalarClass.isWhitespace(scalar) {
                if lastWasSpace { continue }
                lastWasSpace = true
                return " "
            }
            lastWasSpace = false
            return scalar
        }
        return nil
    }
}
