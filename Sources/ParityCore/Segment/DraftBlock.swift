/// A block while the passes work on it: text as Unicode scalars so later
/// passes (join, footnote linking) can edit it cheaply, and references to
/// other drafts by serial number until ids exist.
struct DraftBlock: Sendable {
    // A document's drafts are all alive at once, next to the input and the
    // drafts' text, so they are kept small (about 100 bytes): small numbers
    // in 32 bits, the first source range inline, rarely set fields boxed.
    private var storedSerial: Int32
    private var storedNumber = Self.none
    private var storedLevel = Self.none
    private var storedParentSerial = Self.none
    private var firstRangeStart = Self.none
    private var firstRangeEnd: Int32 = 0
    var label: String?
    /// Text without label and markup.
    var content: DraftText
    var kind: BlockKind
    /// No label and starts like the rest of a sentence (lower case, or a
    /// caseless script): may continue the previous paragraph after a page break.
    var mayContinue = false
    /// Source ranges after the first.
    private var moreRanges: [SourceRange] = []
    /// Label of the annex this block belongs to (`""` for a single unnamed annex), if any:
    /// every block after an annex caption has one, so it is not boxed.
    var annex: String?
    var id = ""
    /// Fields most drafts leave empty, boxed (eight bytes a draft when empty).
    private var rare: [RareFields] = []

    /// Marks an absent number in the 32-bit fields.
    private static let none = Int32.min

    /// Unique, increasing number given at classification.
    var serial: Int {
        get { Int(storedSerial) }
        set { storedSerial = Int32(newValue) }
    }
    var number: Int? {
        get { Self.optional(storedNumber) }
        set { storedNumber = Self.stored(newValue) }
    }
    var level: Int? {
        get { Self.optional(storedLevel) }
        set { storedLevel = Self.stored(newValue) }
    }
    /// Serial of the enclosing paragraph (subparagraphs).
    var parentSerial: Int? {
        get { Self.optional(storedParentSerial) }
        set { storedParentSerial = Self.stored(newValue) }
    }

    /// The input byte ranges the block was read from.
    var sourceRanges: [SourceRange] {
        get {
            guard firstRangeStart != Self.none else { return moreRanges }
            return [SourceRange(start: Int(firstRangeStart), end: Int(firstRangeEnd))] + moreRanges
        }
        set {
            // Inputs are at most 512 MB, so offsets fit 32 bits; a range that does not is kept as it is.
            if let first = newValue.first, let start = Int32(exactly: first.start), let end = Int32(exactly: first.end), start != Self.none {
                firstRangeStart = start
                firstRangeEnd = end
                moreRanges = Array(newValue.dropFirst())
            } else {
                firstRangeStart = Self.none
                moreRanges = newValue
            }
        }
    }

    /// The text's scalars (made on demand: drafts keep UTF-8).
    var text: [Unicode.Scalar] {
        get { content.scalars }
        set { content = DraftText(newValue) }
    }

    var labelPath: String? { get { rare.first?.labelPath } set { editRare { $0.labelPath = newValue } } }
    var emphasis: [EmphasisSpan] { get { rare.first?.emphasis ?? [] } set { editRare { $0.emphasis = newValue } } }
    var footnoteRefs: [String] { get { rare.first?.footnoteRefs ?? [] } set { editRare { $0.footnoteRefs = newValue } } }
    var citedBy: [String] { get { rare.first?.citedBy ?? [] } set { editRare { $0.citedBy = newValue } } }
    /// Normalized subparagraph key (`a`, `ii`) or bullet ordinal.
    var itemKey: String? { get { rare.first?.itemKey } set { editRare { $0.itemKey = newValue } } }
    var tocTarget: TOCTarget? { get { rare.first?.tocTarget } set { editRare { $0.tocTarget = newValue } } }
    var metadataField: MetadataField? { get { rare.first?.metadataField } set { editRare { $0.metadataField = newValue } } }
    /// For a numbered paragraph that opens a speaker's turn: the designation.
    var speaker: String? { get { rare.first?.speaker } set { editRare { $0.speaker = newValue } } }
    /// A line such as "United Nations" above the organ.
    var isOrganizationLine: Bool { get { rare.first?.isOrganizationLine ?? false } set { editRare { $0.isOrganizationLine = newValue } } }

    /// For a division heading: what it opens (part, chapter, section, goal).
    var division: DivisionLine.Kind? { get { rare.first?.division } set { editRare { $0.division = newValue } } }
    /// For a division heading or its title line: its id (`ch2`, `part2-sec1`, `g1`, `ch2-title`).
    var divisionID: String? { get { rare.first?.divisionID } set { editRare { $0.divisionID = newValue } } }

    private struct RareFields: Sendable, Equatable {
        var labelPath: String?
        var emphasis: [EmphasisSpan] = []
        var footnoteRefs: [String] = []
        var citedBy: [String] = []
        var itemKey: String?
        var tocTarget: TOCTarget?
        var metadataField: MetadataField?
        var speaker: String?
        var isOrganizationLine = false
        var division: DivisionLine.Kind?
        var divisionID: String?
    }

    /// Setting a field to its empty value on a draft without rare fields allocates nothing.
    private mutating func editRare(_ edit: (inout RareFields) -> Void) {
        if rare.isEmpty {
            var fields = RareFields()
            edit(&fields)
            if fields != RareFields() { rare.append(fields) }
        } else {
            edit(&rare[0])
        }
    }

    private static func optional(_ stored: Int32) -> Int? {
        stored == none ? nil : Int(stored)
    }

    /// Values that do not fit 32 bits (never seen: serials, levels and paragraph numbers are small) are clamped.
    private static func stored(_ value: Int?) -> Int32 {
        guard let value else { return none }
        return Int32(clamping: value) == none ? none + 1 : Int32(clamping: value)
    }

    init(serial: Int, kind: BlockKind, text: [Unicode.Scalar], emphasis: [EmphasisSpan], sourceRanges: [SourceRange]) {
        self.init(serial: serial, kind: kind, content: DraftText(text), emphasis: emphasis, sourceRanges: sourceRanges)
    }

    init(serial: Int, kind: BlockKind, content: DraftText, emphasis: [EmphasisSpan], sourceRanges: [SourceRange]) {
        self.storedSerial = Int32(serial)
        self.kind = kind
        self.content = content
        self.sourceRanges = sourceRanges
        self.emphasis = emphasis
    }

    /// Copies the text to `shared` if it is still a span of the segmented text (`DraftText.materialize(into:)`).
    mutating func materializeText(into shared: SharedTextBytes) {
        content.materialize(into: shared)
    }

    /// Removes the scalars `range` from the text, moving emphasis spans.
    mutating func removeText(_ range: Range<Int>) {
        let removed = range.count
        content.remove(range)
        emphasis = emphasis.compactMap { span in
            func move(_ offset: Int) -> Int {
                if offset <= range.lowerBound { return offset }
                if offset >= range.upperBound { return offset - removed }
                return range.lowerBound
            }
            let start = move(span.start)
            let end = move(span.end)
            return end > start ? EmphasisSpan(start: start, end: end, style: span.style) : nil
        }
    }

    /// Appends another draft's text after one space, with its emphasis and source ranges.
    mutating func append(_ other: DraftBlock) {
        let offset = content.append(afterSpace: other.content)
        // In place: a page-break join can gather thousands of drafts into one.
        let otherEmphasis = other.emphasis
        if !otherEmphasis.isEmpty {
            editRare { $0.emphasis += otherEmphasis.map { EmphasisSpan(start: $0.start + offset, end: $0.end + offset, style: $0.style) } }
        }
        let otherRefs = other.footnoteRefs
        if !otherRefs.isEmpty { editRare { $0.footnoteRefs += otherRefs } }
        appendSourceRanges(other.sourceRanges)
    }

    /// Adds a footnote reference in place (a note can be cited thousands of times).
    mutating func appendFootnoteRef(_ id: String) { editRare { $0.footnoteRefs.append(id) } }

    /// Adds a citing block's id in place.
    mutating func appendCitedBy(_ id: String) { editRare { $0.citedBy.append(id) } }

    /// Adds ranges after the existing ones without copying those.
    private mutating func appendSourceRanges(_ ranges: [SourceRange]) {
        guard !ranges.isEmpty else { return }
        if firstRangeStart == Self.none && moreRanges.isEmpty {
            sourceRanges = ranges
        } else {
            moreRanges += ranges
        }
    }

    /// Lets go of everything but the serial and the id, once the block is made
    /// (`PlainTextSegmenter.document`): the drafts and the blocks are then
    /// never both whole.
    mutating func releaseFields() {
        content = DraftText("")
        label = nil
        annex = nil
        moreRanges = []
        rare = []
    }

    /// The finished block.
    func block(parentID: String?) -> Block {
        Block(
            id: id, kind: kind, number: number, label: label, labelPath: labelPath, level: level,
            storedText: content.blockText, emphasis: emphasis, sourceRanges: sourceRanges,
            parent: parentID, footnoteRefs: footnoteRefs, citedBy: citedBy,
            tocTarget: tocTarget, metadataField: metadataField, speaker: speaker
        )
    }
}

extension [DraftBlock] {
    /// The index of the draft numbered `serial`, by binary search: the passes
    /// keep drafts in increasing serial order (they remove, never reorder).
    func index(ofSerial serial: Int) -> Int? {
        let low = partitionPoint(in: indices) { self[$0].serial < serial }
        return low < count && self[low].serial == serial ? low : nil
    }
}
