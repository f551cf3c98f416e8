/// What a block of a document is.
public enum BlockKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// A header line carrying metadata: organ, symbol, "Distr. general", date,
    /// language, "Original: inglés", session, agenda item.
    case metadata
    /// The document title, subtitle or similar front matter that is not a
    /// numbered paragraph.
    case title
    /// A heading: `I.`, `A.`, `1.` or unnumbered. `level` and `labelPath` are set.
    case heading
    /// A numbered paragraph ("23. Los participantes …"); `number` is set.
    case paragraph
    /// A paragraph without a number (preamble paragraph, unnumbered text).
    case unnumberedParagraph
    /// A subparagraph or list item: `(a)`, `a)`, `(i)`, `а)`, `(أ)`, a UDHR list item.
    case listItem
    /// A footnote: `label` holds its marker, `citedBy` the blocks that cite it.
    case footnote
    /// The table-of-contents caption ("Índice", "Contents") and its column captions.
    case tocHeading
    /// One table-of-contents entry: label, title, paragraph range and page.
    case tocEntry
    /// A numbered unit whose body follows as child blocks (a UDHR article).
    case article
    /// The start of an annex ("Anexo", "Annex", "Приложение", "مرفق", "附件").
    case annex
    /// A running header or footer line of a PDF page: document symbol, page
    /// number, job number, barcode. Not part of the running text; kept as a
    /// block so that every character of the input still lies in one block.
    case pageFurniture
    /// The paragraph that opens a speaker's turn in a verbatim record: `label`
    /// holds the designation as written ("Mr. Smith (France):", "主席："), the
    /// text what follows it; the speaker's further paragraphs have it as parent.
    case speakerTurn
}
