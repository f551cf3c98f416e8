/// An annex caption known by the title it starts with, after a signed letter's
/// signature: the letter's title line repeated word by word, in order, its
/// last word inflected, and a word or two added at the end — in a language
/// that sets the annex word after what it is annexed to ("Ruritania's …
/// Secretary-General-to written letter" / "… Secretary-General-to written
/// letter-to annex": Nogai `… язган хаты` / `… язган хатына косымша`). No
/// number is needed (a title without a date, or a caption whose unit runs on
/// into the annex's title line), and no word list: the repetition is the
/// evidence. A caption's words begin with the title's when
///
/// - its first word is the title's first word, as written or inflected;
/// - the title's words are found in it in order (`AnnexCaptionEcho.sameWord`:
///   as written or inflected), at most one of its own words between two of
///   them, and at least `minimumMatchedShare` of the title's words and
///   `minimumMatchedWords` of them are so found;
/// - after the last title word found come one or two words (`maximumAddedWords`)
///   that are none of the title's words and no number: the annex word (and a
///   link).
///
/// Where the caption stands (under a signature, over the count's `1`) is the
/// classifier's to check (`BlockClassifier.titlePrefixCaption`).
enum TitlePrefixCaption {
    /// Fewest words of the title found in the caption.
    static let minimumMatchedWords = 4
    /// Share of the title's words found in the caption.
    static let minimumMatchedShare = 0.75
    /// Most words the caption adds after the title.
    static let maximumAddedWords = 2

    /// Whether `caption` (the caption's first line) starts with `title` and adds a word or two after it.
    static func startsWithTitle(_ caption: [Unicode.Scalar], title: [Unicode.Scalar]) -> Bool {
        let captionWords = AnnexCaptionEcho.tokens(caption).map(\.text)
        let titleTokens = AnnexCaptionEcho.tokens(title)
        let titleWords = titleTokens.map(\.text)
        guard titleWords.count >= minimumMatchedWords, captionWords.count > titleWords.count - titleWords.count / 4,
              let first = captionWords.first, same(first, titleWords[0]) else { return false }
        var matched = 0
        var lastMatch = -1
        var position = 0
        for word in titleWords {
            // The title's word at the caption's position, or one word further (a word of the caption's own between).
            if position < captionWords.count, same(captionWords[position], word) {
                lastMatch = position
            } else if position + 1 < captionWords.count, same(captionWords[position + 1], word) {
                lastMatch = position + 1
            } else {
                continue
            }
            matched += 1
            position = lastMatch + 1
        }
        guard matched >= minimumMatchedWords, Double(matched) >= minimumMatchedShare * Double(titleWords.count) else { return false }
        let added = captionWords[(lastMatch + 1)...]
        guard !added.isEmpty, added.count <= maximumAddedWords else { return false }
        let numbers = Set(titleTokens.filter(\.isNumber).map(\.text))
        return added.allSatisfy { word in
            !numbers.contains(word) && word.contains(where: { ScalarClass.digit($0) == nil })
                && !titleWords.contains(where: { same($0, word) })
        }
    }

    /// The same word or number: numbers as written (by value), words as written or inflected.
    private static func same(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        a == b || AnnexCaptionEcho.sameWord(a, b) && a.allSatisfy({ ScalarClass.digit($0) == nil }) && b.allSatisfy({ ScalarClass.digit($0) == nil })
    }
}
