/// The editorial note a UN record prints in its masthead or at the foot of its
/// first page or cover — "This record contains the text of speeches delivered
/// in English and of the translation of the other speeches. Corrections should
/// be submitted to the original languages only …", "This record is subject to
/// correction. Corrections should be submitted in one of the working languages
/// …" — told by its place and shape, not its words, so in any language: a
/// record (its symbol has a `PV.` or `SR.` part, written alike in every
/// language version) whose masthead holds unlabelled text of several sentences.
/// Such a note is front matter, never a paragraph of a turn.
enum RecordNote {
    /// Sentences a note holds at least (it says what the record holds and how to correct it).
    static let minimumSentences = 2

    /// A verbatim record (`PV.`) or a summary record (`SR.`).
    enum Kind: Sendable { case verbatim, summary }

    /// The kind of record a symbol in `text` names: a part `/PV.` (verbatim record) or `/SR.` (summary record)
    /// followed by a figure, as in `A/82/PV.17`, `S/PV.9876`, `E/C.12/2027/SR.12`; `nil` when none does.
    static func kind(_ text: [Unicode.Scalar]) -> Kind? {
        guard text.count >= 5 else { return nil }
        for index in 0..<(text.count - 4) where text[index] == "/" && text[index + 3] == "." && ScalarClass.digit(text[index + 4]) != nil {
            if text[index + 1] == "P" && text[index + 2] == "V" { return .verbatim }
            if text[index + 1] == "S" && text[index + 2] == "R" { return .summary }
        }
        return nil
    }

    /// Whether `text` names a record by its symbol (`kind`).
    static func namesRecord(_ text: [Unicode.Scalar]) -> Bool { kind(text) != nil }

    /// Shortest correction note under a closing line (scalars): two sentences of several words.
    static let minimumShortNoteLength = 50

    /// Longest closing line of a summary record ("The meeting rose at 12.55 p.m.", scalars).
    static let maximumClosingLineLength = 100

    /// The note a record prints after its last paragraph or turn ("This record is subject to correction.
    /// Corrections should be submitted …", a verbatim record's "This record contains the text of speeches …" set at the
    /// foot) in clean text, where no page furniture shows the page's foot: the last
    /// block, when it is an unlabelled paragraph with the note's shape (`hasNoteShape`), longer than a closing line
    /// ("Mötet avslutas kl. 17.55." has two full stops) or, right under the closing line, at least
    /// `minimumShortNoteLength` scalars and twice as long as it, and the block before it is a
    /// numbered paragraph or the record's closing line (an unlabelled sentence on one short line), in a record with
    /// numbered paragraphs or speakers' turns. Its index in `drafts`, or nil. Paged text finds the same note by its place on the last page
    /// (`PageFurnitureRecognizer.recordNotes`); in both it is furniture, never a paragraph.
    static func endNote(_ drafts: [DraftBlock]) -> Int? {
        let body = drafts.indices.filter { drafts[$0].kind != .pageFurniture && drafts[$0].kind != .footnote }
        guard body.count >= 3, let last = body.last, drafts[last].kind == .unnumberedParagraph, drafts[last].label == nil,
              !drafts[last].mayContinue, hasNoteShape(drafts[last].text) else { return nil }
        let before = drafts[body[body.count - 2]]
        let closingLine = before.kind == .unnumberedParagraph && before.label == nil && before.text.count <= maximumClosingLineLength
            && !before.text.contains("\n") && !hasNoteShape(before.text)
        // Longer than any closing line, or, under the closing line, twice as long as it and of a note's length: a
        // terse language's note ("المحضر ده ممكن يتصحح. التصحيحات تتبعت …", 93 scalars) is no closing line either.
        let noteLength = drafts[last].text.count > maximumClosingLineLength
            || closingLine && drafts[last].text.count >= minimumShortNoteLength && drafts[last].text.count >= 2 * before.text.count
        guard noteLength, before.kind == .paragraph || closingLine,
              drafts.contains(where: { $0.kind == .paragraph || $0.kind == .speakerTurn }) else { return nil }
        return last
    }

    /// Whether `text` has a note's shape: at least `minimumSentences` sentence ends (a full stop of any script before
    /// white space or at the end), the last at its end.
    static func hasNoteShape(_ text: [Unicode.Scalar]) -> Bool {
        guard let last = text.last, ScalarClass.isSentenceEnd(last) else { return false }
        var sentences = 0
        for index in text.indices where ScalarClass.isSentenceEnd(text[index])
            && (index + 1 == text.count || ScalarClass.isWhitespace(text[index + 1])) {
            sentences += 1
            if sentences >= minimumSentences { return true }
        }
        return false
    }
}
