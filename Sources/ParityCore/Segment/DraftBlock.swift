/// A block while the passes work on it: text as Unicode scalars so later
/// passes (join, footnote linking) can edit it cheaply, and references to
/// other drafts by serial number until ids exist.
struct DraftBlock: Sendable {
    /// Unique, increasing number given at classification.
    var serial: Int
    var kind: BlockKind
    var number: Int?
    var label: String?
    var labelPath: String?
    var level: Int?
    /// Text without label and markup.
    var content: DraftText
    /// The text's scalars (made on demand: drafts keep UTF-8).
    var text: [Unicode.Scalar] {
        get { content.scalars }
        set { content = DraftText(newValue) }
    }
    var emphasis: [EmphasisSpan]
    var sourceRanges: [SourceRange]
    /// Serial of the enclosing paragraph (subparagraphs).
    var parentSerial: Int?
    /// Label of the annex this block belongs to (`""` for a single unnamed annex), if any:
    /// every block after an annex caption has one, so it is not boxed.
    var annex: String?
    /// Fields most drafts leave empty, boxed (eight bytes a draft when empty):
    /// a document's drafts are all alive at once.
    private var rare: [RareFields] = []

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

    /// No label and starts like the rest of a sentence (lower case, or a
    /// caseless script): may continue the previous paragraph after a page break.
    var mayContinue = false
    var id = ""
    var footnoteRefs: [String] = []
    var citedBy: [String] = []

    init(serial: Int, kind: BlockKind, text: [Unicode.Scalar], emphasis: [EmphasisSpan], sourceRanges: [SourceRange]) {
        self.serial = serial
        self.kind = kind
        self.content = DraftText(text)
        self.emphasis = emphasis
        self.sourceRanges = sourceRanges
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
        emphasis += other.emphasis.map { EmphasisSpan(start: $0.start + offset, end: $0.end + offset, style: $0.style) }
        sourceRanges += other.sourceRanges
        footnoteRefs += other.footnoteRefs
    }

    /// The finished block.
    func block(parentID: String?) -> Block {
        Block(
            id: id, kind: kind, number: number, label: label, labelPath: labelPath, level: level,
            text: content.string, emphasis: emphasis, sourceRanges: sourceRanges,
            parent: parentID, footnoteRefs: footnoteRefs, citedBy: citedBy,
            tocTarget: tocTarget, metadataField: metadataField, speaker: speaker
        )
    }
}
