/// One line of decoded text, as UTF-8 byte offsets into `DecodedText.utf8`.
/// Offsets are stored in 32 bits (inputs are far below 2 GiB): a document
/// has a line table entry for every line, blank ones included.
struct TextLine: Sendable, Hashable {
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedContentStart: Int32
    private var storedContentEnd: Int32

    init(start: Int, end: Int, contentStart: Int, contentEnd: Int) {
        storedStart = Int32(start)
        storedEnd = Int32(end)
        storedContentStart = Int32(contentStart)
        storedContentEnd = Int32(contentEnd)
    }

    /// Offset of the line's first byte.
    var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    /// Offset one past the line's last byte, before the line break.
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }
    /// First byte that is not ASCII white space (equals `contentEnd` on a blank line).
    var contentStart: Int {
        get { Int(storedContentStart) }
        set { storedContentStart = Int32(newValue) }
    }
    /// One past the last byte that is not ASCII white space.
    var contentEnd: Int {
        get { Int(storedContentEnd) }
        set { storedContentEnd = Int32(newValue) }
    }

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { storedContentStart == storedContentEnd }
}
