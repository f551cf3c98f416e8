/// A label found at the start of a block, before classification decides what
/// the block is.
struct BlockLabel: Sendable, Hashable {
    /// What the label looks like.
    enum Form: Sendable, Hashable {
        /// A decimal number: `1.`, `１．`, `1 -`, `١ -`. Paragraph or level-3 heading.
        case number(Int)
        /// A paragraph inserted after paragraph `number` without renumbering: `3 bis`, `3bis.`, `12 quater`
        /// (`InsertedParagraphLabel`); `suffix` in lower case.
        case inserted(number: Int, suffix: String)
        /// A section label that is a Roman numeral and/or a letter: `IV.` (roman 4),
        /// `B.` (letter 2), `C.` (roman 100 or letter 3), `Б.` (letter 2).
        /// `letters` lists candidate positions, most likely first.
        case section(roman: Int?, letters: [Int])
        /// An unambiguous level-1 ordinal: `أولا -`, `一、`.
        case ordinal(Int)
        /// An unambiguous level-2 letter: `ألف -`, `（一）`.
        case letter(Int)
        /// A letter of a caseless script no table reads before a full stop
        /// (Telugu `అ.`, `ఆ.`): a level-2 heading whose position comes from the
        /// letters before it (`HeadingNumbering.scriptLetterPosition`).
        case scriptLetter(Unicode.Scalar)
        /// A level-2 letter of a sequence the document teaches (`ئا -`, `ب -`:
        /// `WordLabelSequence`), placed by the letters before it under its
        /// level-1 heading (`HeadingNumbering.sequenceLetterPosition`).
        case sequenceLetter
        /// A subparagraph: `(a)`, `a)`, `(ii)`, `а)`, `(أ)`, `(1)`; `key` normalized (`a`, `ii`, `1`).
        case subparagraph(key: String)
        /// A bullet: `-`, `•`, `–`.
        case bullet
        /// A footnote marker at the start of a footnote: `*`, `**`, `¹`, `†`.
        case footnoteMarker(String)
    }

    /// What the label looks like.
    var form: Form
    /// The label as written (`IV.`, `(a)`, `أولا -`).
    var written: String
    /// Scalars taken by the label and the white space after it.
    var length: Int
}
