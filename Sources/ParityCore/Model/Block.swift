/// One structural unit of a language version: a paragraph, heading, footnote,
/// table-of-contents entry, list item, header line, article or annex marker.
///
/// Blocks are plain values. Together, the `sourceRanges` of a document's
/// blocks cover every non-white-space character of the input exactly once.
public struct Block: Hashable, Sendable, Codable, Identifiable {
    // All of a long document's blocks are alive at once (with its drafts
    // while they are made), so a block is kept to 88 bytes and allocates
    // nothing beyond its strings in the common case (the segmenter's texts
    // share one allocation a document): the first source range
    // inline in 32 bits, small numbers in 32 and 8 bits, rarely set fields
    // boxed. Every value keeps one stored form (what does not fit goes in the
    // box or the array), so the synthesized `==` and `hash` compare values.

    /// Stable id, unique in its document: `p23`, `h-IV-B-2`, `fn1`, `toc-III-A`,
    /// `art5`, `art5-p1`, `meta-date`, `u3` (unnumbered), `li-p5-a`.
    public var id: String
    /// The text without its label and without markup, line breaks inside a
    /// paragraph folded to single spaces.
    public var text: String {
        get { storedText.string }
        set { storedText = BlockText(newValue) }
    }
    /// Calls `body` with the UTF-8 of `text`, read in place: a segmenter's
    /// block makes no string of its shared bytes (as `text` does each time
    /// it is read). For checks and the aligner that read a text's bytes.
    func withTextUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storedText.withUTF8(body)
    }
    /// The label as written in the source: `IV.`, `B.`, `1.`, `(a)`, `أولا -`,
    /// `ألف -`, `*`, `¹`.
    public var label: String?
    /// Id of the enclosing block (an article for its paragraphs, a paragraph
    /// for its subparagraphs), if any.
    public var parent: String?
    /// The fields most blocks leave empty, boxed (eight bytes a block when
    /// empty).
    private var rare: [RareFields] = []
    /// The first source range when it fits 32 bits (`noInlineRange` otherwise).
    private var inlineRangeStart = Self.noInlineRange
    private var inlineRangeEnd: UInt32 = 0
    /// The text, its own string or a range of bytes shared with the
    /// document's other blocks (the segmenter's blocks: see `BlockText`).
    /// Seventeen bytes: the one-byte fields follow it, so that its tag and
    /// theirs share the word that `storedNumber` ends.
    private var storedText: BlockText
    /// `level` when it fits in 0...127 (`absentLevel` for none, `wideLevel` when boxed).
    private var storedLevel = Self.absentLevel
    /// What the block is.
    public var kind: BlockKind
    /// `number` when it fits (`wideValue` otherwise: the number is boxed).
    private var storedNumber = Self.absentNumber

    private static let noInlineRange = UInt32.max
    private static let absentNumber = Int32.min
    private static let wideNumber = Int32.min + 1
    private static let absentLevel: Int8 = -1
    private static let wideLevel: Int8 = -2

    /// Paragraph or article number for numbered units; the number of a numbered heading.
    public var number: Int? {
        get {
            switch storedNumber {
            case Self.absentNumber: return nil
            case Self.wideNumber: return rare.first?.wideNumber
            default: return Int(storedNumber)
            }
        }
        set {
            if storedNumber == Self.wideNumber { editRare { $0.wideNumber = nil } }
            if let newValue, let small = Int32(exactly: newValue), small != Self.absentNumber, small != Self.wideNumber {
                storedNumber = small
            } else if let newValue {
                storedNumber = Self.wideNumber
                editRare { $0.wideNumber = newValue }
            } else {
                storedNumber = Self.absentNumber
            }
        }
    }
    /// Heading level: 1 for `I.`, 2 for `A.`, 3 for `1.`, 4 for unnumbered
    /// sub-headings, 0 for document-level headings.
    public var level: Int? {
        get {
            switch storedLevel {
            case Self.absentLevel: return nil
            case Self.wideLevel: return rare.first?.wideLevel
            default: return Int(storedLevel)
            }
        }
        set {
            if storedLevel == Self.wideLevel { editRare { $0.wideLevel = nil } }
            if let newValue, let small = Int8(exactly: newValue), small >= 0 {
                storedLevel = small
            } else if let newValue {
                storedLevel = Self.wideLevel
                editRare { $0.wideLevel = newValue }
            } else {
                storedLevel = Self.absentLevel
            }
        }
    }
    /// Byte ranges of the input that make up this block, in order. A paragraph
    /// split by a page break has two or more ranges.
    public var sourceRanges: [SourceRange] {
        get {
            let otherRanges = rare.first?.otherRanges ?? []
            guard inlineRangeStart != Self.noInlineRange else { return otherRanges }
            let first = SourceRange(start: Int(inlineRangeStart), end: Int(inlineRangeEnd))
            return otherRanges.isEmpty ? [first] : [first] + otherRanges
        }
        set {
            if let first = newValue.first, let start = UInt32(exactly: first.start), let end = UInt32(exactly: first.end),
               start != Self.noInlineRange {
                inlineRangeStart = start
                inlineRangeEnd = end
                let others = newValue.count == 1 ? [] : Array(newValue.dropFirst())
                if !others.isEmpty || !rare.isEmpty { editRare { $0.otherRanges = others } }
            } else {
                inlineRangeStart = Self.noInlineRange
                inlineRangeEnd = 0
                if !newValue.isEmpty || !rare.isEmpty { editRare { $0.otherRanges = newValue } }
            }
        }
    }
    /// The first of `sourceRanges`, without making the array.
    public var firstSourceRange: SourceRange? {
        guard inlineRangeStart != Self.noInlineRange else { return rare.first?.otherRanges.first }
        return SourceRange(start: Int(inlineRangeStart), end: Int(inlineRangeEnd))
    }
    /// Normalized heading path such as `III.A` or `IV.B.2`; unnumbered
    /// headings get their parent's path plus `*n` (for example `IV.C.2*1`).
    public var labelPath: String? {
        get { rare.first?.labelPath }
        set { editRare { $0.labelPath = newValue } }
    }
    /// Emphasis removed from the text (`**bold**`, `<i>…</i>`).
    public var emphasis: [EmphasisSpan] {
        get { rare.first?.emphasis ?? [] }
        set { editRare { $0.emphasis = newValue } }
    }
    /// For a citing block: ids of the footnotes it cites.
    public var footnoteRefs: [String] {
        get { rare.first?.footnoteRefs ?? [] }
        set { editRare { $0.footnoteRefs = newValue } }
    }
    /// For a footnote: ids of the blocks whose marker refers to it.
    public var citedBy: [String] {
        get { rare.first?.citedBy ?? [] }
        set { editRare { $0.citedBy = newValue } }
    }
    /// For a table-of-contents entry: the paragraph range and page it gives.
    public var tocTarget: TOCTarget? {
        get { rare.first?.tocTarget }
        set { editRare { $0.tocTarget = newValue } }
    }
    /// For a metadata line: which field it carries.
    public var metadataField: MetadataField? {
        get { rare.first?.metadataField }
        set { editRare { $0.metadataField = newValue } }
    }
    /// For a numbered paragraph of a summary record that opens a speaker's
    /// turn ("4. Mr. Novak (Ruritania) said that …"): the speaker
    /// designation as written (`Mr. Novak (Ruritania)`); the paragraph keeps
    /// its number and its whole text. A turn of a verbatim record is a block
    /// of its own (`BlockKind.speakerTurn`).
    public var speaker: String? {
        get { rare.first?.speaker }
        set { editRare { $0.speaker = newValue } }
    }

    private struct RareFields: Hashable, Sendable {
        /// The source ranges after the inline one (all of them when there is
        /// none): a paragraph joined across a page break.
        var otherRanges: [SourceRange] = []
        var labelPath: String?
        var emphasis: [EmphasisSpan] = []
        var footnoteRefs: [String] = []
        var citedBy: [String] = []
        var tocTarget: TOCTarget?
        var metadataField: MetadataField?
        var speaker: String?
        /// A number or level too large for its inline field.
        var wideNumber: Int?
        var wideLevel: Int?
    }

    /// Setting a field to its empty value on a block without rare fields allocates nothing.
    private mutating func editRare(_ edit: (inout RareFields) -> Void) {
        if rare.isEmpty {
            var fields = RareFields()
            edit(&fields)
            if fields != RareFields() { rare = [fields] }
        } else {
            edit(&rare[0])
            if rare[0] == RareFields() { rare = [] }
        }
    }

    /// Creates a block.
    public init(
        id: String,
        kind: BlockKind,
        number: Int? = nil,
        label: String? = nil,
        labelPath: String? = nil,
        level: Int? = nil,
        text: String,
        emphasis: [EmphasisSpan] = [],
        sourceRanges: [SourceRange] = [],
        parent: String? = nil,
        footnoteRefs: [String] = [],
        citedBy: [String] = [],
        tocTarget: TOCTarget? = nil,
        metadataField: MetadataField? = nil,
        speaker: String? = nil
    ) {
        self.init(id: id, kind: kind, number: number, label: label, labelPath: labelPath, level: level,
                  storedText: BlockText(text), emphasis: emphasis, sourceRanges: sourceRanges, parent: parent,
                  footnoteRefs: footnoteRefs, citedBy: citedBy, tocTarget: tocTarget, metadataField: metadataField,
                  speaker: speaker)
    }

    /// Creates a block whose text is kept as `storedText` (the segmenter's, sharing its document's bytes).
    init(
        id: String,
        kind: BlockKind,
        number: Int? = nil,
        label: String? = nil,
        labelPath: String? = nil,
        level: Int? = nil,
        storedText: BlockText,
        emphasis: [EmphasisSpan] = [],
        sourceRanges: [SourceRange] = [],
        parent: String? = nil,
        footnoteRefs: [String] = [],
        citedBy: [String] = [],
        tocTarget: TOCTarget? = nil,
        metadataField: MetadataField? = nil,
        speaker: String? = nil
    ) {
        self.id = id
        self.storedText = storedText
        self.label = label
        self.parent = parent
        self.kind = kind
        let fields = RareFields(labelPath: labelPath, emphasis: emphasis, footnoteRefs: footnoteRefs, citedBy: citedBy,
                                tocTarget: tocTarget, metadataField: metadataField, speaker: speaker)
        if fields != RareFields() { rare = [fields] }
        self.number = number
        self.level = level
        self.sourceRanges = sourceRanges
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, number, label, labelPath, level, text, emphasis, sourceRanges, parent
        case footnoteRefs, citedBy, tocTarget, metadataField, speaker
    }

    /// Decodes the keys `encode(to:)` writes (and `parity outline --json` prints).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            kind: try container.decode(BlockKind.self, forKey: .kind),
            number: try container.decodeIfPresent(Int.self, forKey: .number),
            label: try container.decodeIfPresent(String.self, forKey: .label),
            labelPath: try container.decodeIfPresent(String.self, forKey: .labelPath),
            level: try container.decodeIfPresent(Int.self, forKey: .level),
            text: try container.decode(String.self, forKey: .text),
            emphasis: try container.decode([EmphasisSpan].self, forKey: .emphasis),
            sourceRanges: try container.decode([SourceRange].self, forKey: .sourceRanges),
            parent: try container.decodeIfPresent(String.self, forKey: .parent),
            footnoteRefs: try container.decode([String].self, forKey: .footnoteRefs),
            citedBy: try container.decode([String].self, forKey: .citedBy),
            tocTarget: try container.decodeIfPresent(TOCTarget.self, forKey: .tocTarget),
            metadataField: try container.decodeIfPresent(MetadataField.self, forKey: .metadataField),
            speaker: try container.decodeIfPresent(String.self, forKey: .speaker))
    }

    /// Encodes every field by its name; absent optional fields are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(labelPath, forKey: .labelPath)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encode(text, forKey: .text)
        try container.encode(emphasis, forKey: .emphasis)
        try container.encode(sourceRanges, forKey: .sourceRanges)
        try container.encodeIfPresent(parent, forKey: .parent)
        try container.encode(footnoteRefs, forKey: .footnoteRefs)
        try container.encode(citedBy, forKey: .citedBy)
        try container.encodeIfPresent(tocTarget, forKey: .tocTarget)
        try container.encodeIfPresent(metadataField, forKey: .metadataField)
        try container.encodeIfPresent(speaker, forKey: .speaker)
    }
}
