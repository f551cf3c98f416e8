/// Text ready for segmentation: valid UTF-8 bytes, plus the way back from
/// each of those bytes to the input file's own byte offsets.
public struct DecodedText: Sendable {
    /// The text as UTF-8, without any byte-order mark.
    public let utf8: [UInt8]
    /// The encoding the input was read in.
    public let encoding: TextEncoding
    /// Bytes of byte-order mark skipped at the start of the input.
    public let byteOrderMarkLength: Int
    /// For transcoded or cleaned-up input, the input offset of the character
    /// that each UTF-8 byte belongs to, plus the end; `nil` when the input was
    /// UTF-8 (offsets only shift by the BOM).
    private let originalOffsets: OriginalOffsets?

    /// How offsets are kept: a table (text a clean-up moved or dropped), or
    /// counted from the scalars (plain transcoding, no table per byte).
    private enum OriginalOffsets: Sendable {
        case table(OffsetTable)
        case scalarWidths(ScalarWidthOffsets)
    }
    /// Set for text rebuilt from a PDF's geometry (`PDFGeometryReading`), or
    /// `pdftotext -layout` text with the geometry reading's paragraph ends put
    /// in (`PDFLayoutGeometryParagraphs`):
    /// its blank lines already mark every paragraph end the geometry shows,
    /// so the PDF clean-up does not guess more of them from line lengths.
    public var paragraphsMarkedByGeometry = false

    /// Creates decoded text. `originalOffsets`, when given, must have `utf8.count + 1` entries.
    public init(utf8: [UInt8], encoding: TextEncoding, byteOrderMarkLength: Int = 0, originalOffsets: [Int]? = nil) {
        self.init(utf8: utf8, encoding: encoding, byteOrderMarkLength: byteOrderMarkLength, offsetTable: originalOffsets.map(OffsetTable.init))
    }

    /// Creates decoded text with its offsets as a compact table (`utf8.count + 1` entries when given).
    public init(utf8: [UInt8], encoding: TextEncoding, byteOrderMarkLength: Int = 0, offsetTable: OffsetTable?) {
        precondition(offsetTable == nil || offsetTable!.count == utf8.count + 1)
        self.utf8 = utf8
        self.encoding = encoding
        self.byteOrderMarkLength = byteOrderMarkLength
        self.originalOffsets = offsetTable.map(OriginalOffsets.table)
    }

    /// Creates transcoded text whose offsets are counted from its scalars (`map.count == utf8.count`).
    init(utf8: [UInt8], encoding: TextEncoding, byteOrderMarkLength: Int = 0, scalarWidths map: ScalarWidthOffsets) {
        precondition(map.count == utf8.count)
        self.utf8 = utf8
        self.encoding = encoding
        self.byteOrderMarkLength = byteOrderMarkLength
        self.originalOffsets = .scalarWidths(map)
    }

    /// Wraps a Swift string (already decoded, for example a test snippet) as UTF-8 input.
    public init(_ string: String) {
        self.init(utf8: Array(string.utf8), encoding: .utf8)
    }

    /// The input byte offset of UTF-8 offset `offset` (0...utf8.count).
    public func originalOffset(_ offset: Int) -> Int {
        switch originalOffsets {
        case .table(let table): return table[offset]
        case .scalarWidths(let map): return map.inputOffset(offset, in: utf8)
        case nil: return offset + byteOrderMarkLength
        }
    }

    /// Looks up input offsets one after another, each starting from where the last one ended:
    /// lookups in increasing order cost about a byte each whatever the way offsets are kept.
    public struct OffsetCursor: Sendable {
        fileprivate var run = 0
        fileprivate var scalars = ScalarWidthOffsets.Cursor()
        /// A cursor at the start.
        public init() {}
    }

    /// The input byte offset of UTF-8 offset `offset` (0...utf8.count), going on from `cursor`.
    public func originalOffset(_ offset: Int, cursor: inout OffsetCursor) -> Int {
        switch originalOffsets {
        case .table(let table): return table.entry(offset, hint: &cursor.run)
        case .scalarWidths(let map): return map.inputOffset(offset, in: utf8, cursor: &cursor.scalars)
        case nil: return offset + byteOrderMarkLength
        }
    }

    /// The input byte offset of UTF-8 offset `offset` (0..<utf8.count + 1),
    /// going on from `cursor`, and how many UTF-8 offsets from it on (at
    /// least 1) are known to have consecutive input offsets (`start`,
    /// `start + 1`, …): text copied from the input in one piece.
    func originalOffsetRun(_ offset: Int, cursor: inout OffsetCursor) -> (start: Int, count: Int) {
        switch originalOffsets {
        case .table(let table):
            let (value, count) = table.consecutiveEntries(offset, hint: &cursor.run)
            return (value, count)
        case .scalarWidths(let map): return (map.inputOffset(offset, in: utf8, cursor: &cursor.scalars), 1)
        case nil: return (offset + byteOrderMarkLength, utf8.count + 1 - offset)
        }
    }

    /// For a table of offsets into this text's UTF-8 bytes, the table of the
    /// input offsets they stand for; the table itself when the two are the
    /// same (UTF-8 input without a byte-order mark).
    func composedOffsets(_ table: consuming OffsetTable) -> OffsetTable {
        if originalOffsets == nil && byteOrderMarkLength == 0 { return table }
        var offsets = OffsetTable()
        offsets.reserveCapacity(table.count)
        var cursor = OffsetCursor()
        table.forEachEntry(in: 0..<table.count) { _, value in offsets.append(originalOffset(value, cursor: &cursor)) }
        return offsets
    }

    /// The input byte range of the UTF-8 bytes `start..<end`. Where the text
    /// was read out of the input's order (a masthead's columns put one after
    /// the other by `PDFTextCleanupPass`), the byte at `end` may come from
    /// further up the input: the range then ends after the input byte of
    /// `end - 1`, and never before it starts.
    public func sourceRange(_ start: Int, _ end: Int) -> SourceRange {
        let from = originalOffset(start)
        let to = originalOffset(end)
        guard to < from, end > start else { return SourceRange(start: from, end: max(from, to)) }
        return SourceRange(start: from, end: max(from, originalOffset(end - 1) + 1))
    }

    /// The whole text as a String.
    public var string: String { String(decoding: utf8, as: UTF8.self) }
}
