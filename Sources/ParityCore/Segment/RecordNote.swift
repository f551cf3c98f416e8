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
