/// Coarse families of block kinds: the length aligner only pairs blocks of
/// the same family without a penalty, and only body text merges or splits.
enum BlockClass: Hashable {
    case body, heading, footnote, contents, metadata

    init(_ kind: BlockKind) {
        switch kind {
        case .paragraph, .unnumberedParagraph, .listItem, .speakerTurn: self = .body
        case .heading, .title, .article, .annex: self = .heading
        case .footnote: self = .footnote
        case .tocHeading, .tocEntry: self = .contents
        // Running headers and footers of PDF pages pair, if at all, with other front matter.
        case .metadata, .pageFurniture: self = .metadata
        }
    }
}
