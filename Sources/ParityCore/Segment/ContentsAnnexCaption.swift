/// Unnumbered annexes a contents list names after its chapters: below the
/// last labelled entry, a short line without a page (the annex's caption, in
/// any language: `Melléklet`, `Pielikums`, `Annexe`) over an unlabelled
/// title with its page (`A Tanács elé terjesztett dokumentumok 4`). Where the
/// body repeats the caption line alone over the title (without the page), after
/// the contents, that line opens an unnumbered annex — whatever its word and
/// whether or not the annex numbers any paragraph (a list of documents or of
/// participants numbers none). The contents and the body's repeating them tell
/// it; no word list.
enum ContentsAnnexCaption {
    /// Most scalars of a caption line.
    static let maximumLength = 60
    /// Most caption-and-title pairs read after the last labelled entry.
    static let maximumPairs = 4

    /// A contents pair: the caption's key and the title's key (`ContentsPartCaption.key`).
    struct Pair: Equatable {
        var caption: [Unicode.Scalar]
        var title: [Unicode.Scalar]
    }

    /// The pairs that follow the contents block ending at unit `last` (its last labelled entry, of page `lastPage`).
    /// `text(i)` is unit `i`'s folded text when it is one short line; `isLabelled` tells a labelled heading.
    static func pairs(after last: Int, lastPage: Int, unitCount: Int, text: (Int) -> [Unicode.Scalar]?,
                      isLabelled: ([Unicode.Scalar]) -> Bool) -> (pairs: [Pair], end: Int) {
        var result: [Pair] = []
        var index = last + 1
        var page = lastPage
        while result.count < maximumPairs, index + 1 < unitCount, let caption = text(index), let titleLine = text(index + 1) {
            guard caption.count <= maximumLength, LeaderlessContentsEntry.split(caption) == nil,
                  !ScalarText.endsWithTerminalPunctuation(caption), !isLabelled(caption),
                  let first = ScalarText.firstLetter(caption), caption.first == first,
                  let (title, titlePage) = LeaderlessContentsEntry.split(titleLine), titlePage >= page, !isLabelled(title),
                  title.contains(" ") else { break }
            result.append(Pair(caption: ContentsPartCaption.key(caption), title: ContentsPartCaption.key(title)))
            page = titlePage
            index += 2
        }
        return (result, index - 1)
    }

    /// The body units, after `bodyStart`, that repeat a pair's caption alone right over its title: each pair's
    /// last such unit (the body's headings may repeat a title; the annex stands last).
    static func bodyCaptions(_ pairs: [Pair], bodyStart: Int, unitCount: Int, text: (Int) -> [Unicode.Scalar]?) -> [Int] {
        guard !pairs.isEmpty else { return [] }
        var found: [Int] = []
        var cursor = bodyStart
        for pair in pairs {
            var last: Int?
            var index = cursor
            while index + 1 < unitCount {
                if let caption = text(index), ContentsPartCaption.key(caption) == pair.caption,
                   let title = text(index + 1), ContentsPartCaption.key(title) == pair.title {
                    last = index
                }
                index += 1
            }
            guard let last else { continue }
            found.append(last)
            cursor = last + 2
        }
        return found
    }
}
