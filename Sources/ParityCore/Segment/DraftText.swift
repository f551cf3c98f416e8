/// The text of a draft block, held as UTF-8 (one byte a scalar for Latin
/// text, where an array of scalars takes four) with its scalar count, so that
/// a whole document's drafts cost about the size of the input. Offsets
/// (emphasis spans, removals) count Unicode scalars.
struct DraftText: Sendable, Equatable {
    /// The text.
    private(set) var string: String
    /// Number of Unicode scalars in `string` (32 bits: drafts pack it beside their other small fields).
    private var storedScalarCount: Int32

    /// Number of Unicode scalars in `string`.
    private(set) var scalarCount: Int {
        get { Int(storedScalarCount) }
        set { storedScalarCount = Int32(newValue) }
    }

    init(_ scalars: [Unicode.Scalar]) {
        string = ScalarText.string(scalars)
        storedScalarCount = Int32(scalars.count)
    }

    init(_ string: String) {
        self.string = string
        storedScalarCount = Int32(string.unicodeScalars.count)
    }

    var isEmpty: Bool { scalarCount == 0 }

    /// The scalars, made on demand.
    var scalars: [Unicode.Scalar] { Array(string.unicodeScalars) }

    /// Appends `other`, after one space when both are non-empty; returns the scalar offset where `other` starts.
    @discardableResult
    mutating func append(afterSpace other: DraftText) -> Int {
        if scalarCount > 0, other.scalarCount > 0 {
            string.unicodeScalars.append(" ")
            scalarCount += 1
        }
        let offset = scalarCount
        string += other.string
        scalarCount += other.scalarCount
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
        for scalar in string.unicodeScalars.reversed() {
            if ScalarClass.isClosingMark(scalar) || ScalarClass.isWhitespace(scalar) { continue }
            return ScalarClass.isSentenceEnd(scalar)
        }
        return false
    }
}
