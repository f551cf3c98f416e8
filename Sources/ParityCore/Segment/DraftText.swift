/// The text of a draft block, held as UTF-8 (one byte a scalar for Latin
/// text, where an array of scalars takes four) with its scalar count, so that
/// a whole document's drafts cost about the size of the input. Offsets
/// (emphasis spans, removals) count Unicode scalars.
///
/// Text that is a verbatim copy of the segmented text's bytes (most
/// paragraphs of a clean text: one line, no markup, no folded white space)
/// is kept as a span of those bytes, sharing their storage, until
/// `materialize(into:)` copies it into the bytes the document's blocks share
/// (`SharedTextBytes`): the segmenter does that once the drafts are final,
/// so the input and a copy of it are never both alive while the line tables
/// and drafts are, and the copy takes the text's bytes, not a string each.
struct DraftText: Sendable, Equatable {
    /// The text and its number of Unicode scalars (32 bits, inside the enum:
    /// drafts pack the text beside their other small fields).
    private enum Storage: Sendable {
        case string(String, scalarCount: Int32)
        /// A verbatim copy of `bytes[start..<end]` (valid UTF-8), not yet made.
        case span([UInt8], start: Int32, end: Int32, scalarCount: Int32)
        /// A span whose bytes were let go (`release(inputRange:)`): the text of
        /// the input's bytes `start..<end`, `byteCount` bytes of UTF-8, to be read back.
        case unread(start: Int32, end: Int32, byteCount: Int32, scalarCount: Int32)
        /// The span's text copied to `bytes[start..<end]`, shared with the other drafts' texts.
        case shared(SharedTextBytes, start: Int32, end: Int32, scalarCount: Int32)
    }

    private var storage: Storage

    /// Number of Unicode scalars in the text.
    var scalarCount: Int {
        switch storage {
        case .string(_, let count), .span(_, _, _, let count), .unread(_, _, _, let count), .shared(_, _, _, let count):
            return Int(count)
        }
    }

    init(_ scalars: [Unicode.Scalar]) {
        storage = .string(ScalarText.string(scalars), scalarCount: Int32(scalars.count))
    }

    init(_ string: String) {
        storage = .string(string, scalarCount: Int32(string.unicodeScalars.count))
    }

    /// Text whose `scalarCount` scalars are exactly the valid UTF-8 `bytes[range]`, kept as a span of them.
    init(copyOf bytes: [UInt8], _ range: Range<Int>, scalarCount: Int) {
        if let start = Int32(exactly: range.lowerBound), let end = Int32(exactly: range.upperBound) {
            storage = .span(bytes, start: start, end: end, scalarCount: Int32(scalarCount))
        } else {
            storage = .string(String(decoding: bytes[range], as: UTF8.self), scalarCount: Int32(scalarCount))
        }
    }

    /// The text.
    var string: String {
        switch storage {
        case .string(let string, _): return string
        case .span(let bytes, let start, let end, _): return String(decoding: bytes[Int(start)..<Int(end)], as: UTF8.self)
        case .shared(let bytes, let start, let end, _): return bytes.string(Int(start)..<Int(end))
        case .unread:
            assertionFailure("text read before it was read back from the input")
            return ""
        }
    }

    /// The text as a block keeps it: the shared bytes' range, or the string.
    var blockText: BlockText {
        if case .shared(let bytes, let start, let end, _) = storage { return BlockText(bytes, Int(start)..<Int(end)) }
        return BlockText(string)
    }

    /// The bytes `materialize(into:)` or `materialize(into:reading:)` would copy: a span's or released text's, else 0.
    var pendingByteCount: Int {
        switch storage {
        case .span(_, let start, let end, _): return Int(end - start)
        case .unread(_, _, let byteCount, _): return Int(byteCount)
        case .string, .shared: return 0
        }
    }

    /// For a span: the range of the segmented text's bytes it copies.
    var spanRange: Range<Int>? {
        if case .span(_, let start, let end, _) = storage { return Int(start)..<Int(end) }
        return nil
    }

    /// Lets go of a span's bytes, keeping `inputRange`, the input bytes they
    /// were decoded from, to read the text back from (`materialize(reading:)`).
    mutating func release(inputRange: SourceRange) {
        guard case .span(_, let start, let end, let count) = storage,
              let inputStart = Int32(exactly: inputRange.start), let inputEnd = Int32(exactly: inputRange.end) else { return }
        storage = .unread(start: inputStart, end: inputEnd, byteCount: end - start, scalarCount: count)
    }

    /// Lets go of a span's bytes, keeping its own range of the segmented
    /// text to read the text back from a copy of that text (a `TextSpill`).
    mutating func release() {
        guard case .span(_, let start, let end, let count) = storage else { return }
        storage = .unread(start: start, end: end, byteCount: end - start, scalarCount: count)
    }

    /// For released text: the range to read it back from.
    var unreadRange: Range<Int>? {
        if case .unread(let start, let end, _, _) = storage { return Int(start)..<Int(end) }
        return nil
    }

    /// Makes the string of released text from `read`, which gives the text of
    /// an input byte range; false (the text left as it was) when what it
    /// gives is not the text released, as when the input changed since.
    /// The text is copied to `shared` (kept as its own string when it does not fit there).
    mutating func materialize<Failure: Error>(into shared: SharedTextBytes,
                                              reading read: (SourceRange) throws(Failure) -> String) throws(Failure) -> Bool {
        guard case .unread(let start, let end, let byteCount, let count) = storage else { return true }
        let string = try read(SourceRange(start: Int(start), end: Int(end)))
        guard string.utf8.count == Int(byteCount), string.unicodeScalars.count == Int(count) else { return false }
        storage = Self.stored(string, scalarCount: count, in: shared)
        return true
    }

    /// `string` kept in `shared` when it fits there, else as itself.
    private static func stored(_ string: String, scalarCount: Int32, in shared: SharedTextBytes) -> Storage {
        guard let range = shared.append(string), let start = Int32(exactly: range.lowerBound),
              let end = Int32(exactly: range.upperBound) else { return .string(string, scalarCount: scalarCount) }
        return .shared(shared, start: start, end: end, scalarCount: scalarCount)
    }

    /// Whether the text is still a span of the segmented text's bytes.
    var isSpan: Bool {
        if case .span = storage { return true }
        return false
    }

    /// Copies a span's text to `shared` (its own string when it does not fit there), letting go of the bytes it shared.
    mutating func materialize(into shared: SharedTextBytes) {
        guard case .span(let bytes, let start, let end, let count) = storage else { return }
        let range = bytes.withUnsafeBufferPointer { shared.append(UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)])) }
        if let range, let sharedStart = Int32(exactly: range.lowerBound), let sharedEnd = Int32(exactly: range.upperBound) {
            storage = .shared(shared, start: sharedStart, end: sharedEnd, scalarCount: count)
        } else {
            storage = .string(string, scalarCount: count)
        }
    }

    /// Copies the string into storage of its own size (appending leaves up to twice the room it needs).
    mutating func compact() {
        guard case .string(var text, let count) = storage, text.utf8.count > 15 else { return }
        let copy = text.withUTF8 { utf8 in
            String(unsafeUninitializedCapacity: utf8.count) { buffer in buffer.initialize(fromContentsOf: utf8) }
        }
        storage = .string(copy, scalarCount: count)
    }

    static func == (left: DraftText, right: DraftText) -> Bool {
        left.scalarCount == right.scalarCount && left.string == right.string
    }

    var isEmpty: Bool { scalarCount == 0 }

    /// The scalars, made on demand.
    var scalars: [Unicode.Scalar] { Array(string.unicodeScalars) }

    /// Appends `other`, after one space when both are non-empty; returns the scalar offset where `other` starts.
    @discardableResult
    mutating func append(afterSpace other: DraftText) -> Int {
        var text = string
        var count = scalarCount
        // Let go of any shared bytes before appending, so the string is appended to in place.
        storage = .string("", scalarCount: 0)
        if count > 0, other.scalarCount > 0 {
            text.unicodeScalars.append(" ")
            count += 1
        }
        let offset = count
        text += other.string
        storage = .string(text, scalarCount: Int32(count + other.scalarCount))
        return offset
    }

    /// Removes the scalars at offsets `range`.
    mutating func remove(_ range: Range<Int>) {
        var scalars = self.scalars
        scalars.removeSubrange(range)
        self = DraftText(scalars)
    }

    /// Whether the text ends a sentence (closing quotes, brackets and white space skipped); reads only the end.
    var endsSentence: Bool {
        switch storage {
        case .string(let string, _):
            for scalar in string.unicodeScalars.reversed() {
                if ScalarClass.isClosingMark(scalar) || ScalarClass.isWhitespace(scalar) { continue }
                return ScalarClass.isSentenceEnd(scalar)
            }
            return false
        case .unread:
            assertionFailure("text read before it was read back from the input")
            return false
        case .shared(let bytes, let start, let end, _):
            for scalar in bytes.string(Int(start)..<Int(end)).unicodeScalars.reversed() {
                if ScalarClass.isClosingMark(scalar) || ScalarClass.isWhitespace(scalar) { continue }
                return ScalarClass.isSentenceEnd(scalar)
            }
            return false
        case .span(let bytes, let start, let end, _):
            // Reads scalars backwards from the end of the span (valid UTF-8: a lead byte is never 10xxxxxx).
            var index = Int(end)
            while index > Int(start) {
                var lead = index - 1
                while lead > Int(start), bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                let scalar = String(decoding: bytes[lead..<index], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
                index = lead
                if ScalarClass.isClosingMark(scalar) || ScalarClass.isWhitespace(scalar) { continue }
                return ScalarClass.isSentenceEnd(scalar)
            }
            return false
        }
    }
}
