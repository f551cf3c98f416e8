/// How a block keeps its text: a string of its own (every block made through
/// the public initializer or given a text), or a range of bytes shared with
/// the other blocks of its document (`SharedTextBytes`, made by the
/// segmenter for text copied verbatim from the input). Either way it is the
/// same text: equality and hashing are those of the string.
struct BlockText: Hashable, Sendable {
    private enum Storage: Sendable {
        case owned(String)
        case shared(SharedTextBytes, start: UInt32, end: UInt32)
    }

    private var storage: Storage

    /// A text held as its own string.
    init(_ string: String) {
        storage = .owned(string)
    }

    /// The text at `range` of `bytes` (valid UTF-8 already written there); its own string when the range does not fit 32 bits.
    init(_ bytes: SharedTextBytes, _ range: Range<Int>) {
        if let start = UInt32(exactly: range.lowerBound), let end = UInt32(exactly: range.upperBound) {
            storage = .shared(bytes, start: start, end: end)
        } else {
            storage = .owned(bytes.string(range))
        }
    }

    /// The text (made from the shared bytes each time it is asked for, when they hold it).
    var string: String {
        switch storage {
        case .owned(let string): return string
        case .shared(let bytes, let start, let end): return bytes.string(Int(start)..<Int(end))
        }
    }

    /// Calls `body` with the text's UTF-8, read in place: the shared bytes
    /// themselves, or the own string's storage. For readers that work on
    /// bytes, so that no string is made from the shared bytes.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .owned(var string): return try string.withUTF8(body)
        case .shared(let bytes, let start, let end): return try bytes.withBytes(Int(start)..<Int(end), body)
        }
    }

    static func == (left: BlockText, right: BlockText) -> Bool { left.string == right.string }

    func hash(into hasher: inout Hasher) { hasher.combine(string) }
}
