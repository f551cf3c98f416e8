/// How a note or letter shows that a lone line after it is its annex's
/// caption, whatever the language and the place of the annex word in it:
/// the body refers to the annex with the caption's word ("… (see annex)." /
/// `Annex to the note verbale …`, "… (ඇමුණුම බලන්න)." / `… සටහනේ ඇමුණුම`,
/// "…(សូមមើលឧបសម្ព័ន្ធ)។" / `ឧបសម្ព័ន្ធ*`), or the caption repeats the
/// note's title in short, by its date and some of its words ("Annex to the
/// note verbale dated 8 September 2026"). No list of annex words.
enum AnnexCaptionReference {
    /// Fewest scalars of a word of the caption looked for in the body.
    static let minimumWordLength = 3

    /// The caption's own word: its first or last word (`AnnexCaptionEcho.tokens`, no number), at least
    /// `minimumWordLength` scalars: the annex word stands first ("Annex to …") or last ("… සටහනේ ඇමුණුම").
    static func ownWords(_ caption: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        let words = AnnexCaptionEcho.tokens(caption).filter { !$0.isNumber }.map(\.text)
        guard let first = words.first, let last = words.last else { return [] }
        return (first == last ? [first] : [first, last]).filter { $0.count >= minimumWordLength }
    }

    /// Whether `word` is one of `words`, as written or inflected (`AnnexCaptionEcho.sameWord`), or, in a
    /// script written without spaces between words, stands inside one of them (Khmer `សូមមើលឧបសម្ព័ន្ធ`,
    /// "see annex", holds `ឧបសម្ព័ន្ធ`).
    static func isUsed(_ word: [Unicode.Scalar], in words: [[Unicode.Scalar]]) -> Bool {
        // Letters and marks of a script without case (no Latin, Greek or Cyrillic word runs into another).
        let unspaced = word.count >= 4 && word.allSatisfy { !$0.isASCII && !ScalarClass.isUppercase($0) && !ScalarClass.isLowercase($0) }
        return words.contains { other in
            AnnexCaptionEcho.sameWord(word, other) || (unspaced && other.count > word.count && contains(other, word))
        }
    }

    /// Whether `text` holds `part` as a run of scalars.
    static func contains(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard let first = part.first, part.count <= text.count else { return false }
        var start = 0
        while start + part.count <= text.count {
            if text[start] == first, text[start..<(start + part.count)].elementsEqual(part) { return true }
            start += 1
        }
        return false
    }

    /// Whether `caption` repeats a title (`AnnexCaptionEcho.Title`) in short: every number it holds is one
    /// of the title's (its date), one at least; its own word (first or last) is none of the title's; and at
    /// least `AnnexCaptionEcho.minimumWords` of its other words, half of them at least, are the title's
    /// ("Annex to the note verbale dated 8 September 2026" under "Note verbale dated 8 September 2026 from …").
    static func repeatsInShort(_ caption: [Unicode.Scalar], title: AnnexCaptionEcho.Title) -> Bool {
        let tokens = AnnexCaptionEcho.tokens(caption)
        let numbers = tokens.filter(\.isNumber).map(\.text)
        guard !numbers.isEmpty, numbers.allSatisfy(title.numbers.contains), let first = tokens.first, let last = tokens.last else { return false }
        for (own, others) in [(first, tokens.dropFirst()), (last, tokens.dropLast())] where !own.isNumber {
            guard !title.words.contains(where: { AnnexCaptionEcho.sameWord(own.text, $0) }) else { continue }
            let words = others.filter { !$0.isNumber }.map(\.text)
            let shared = words.filter { word in title.words.contains { AnnexCaptionEcho.sameWord(word, $0) } }.count
            if shared >= AnnexCaptionEcho.minimumWords, shared * 2 >= words.count { return true }
        }
        return false
    }

    /// Whether `caption` repeats `title` (a line of the front matter) whole: the same numbers, if any, and the same words in the same order (as
    /// written or inflected, `AnnexCaptionEcho.sameWord`), more than `AnnexCaptionEcho.minimumWords` of
    /// them, and no word of its own. A note may open its annex with nothing but its own title repeated
    /// (no annex word), after its close and over the annex's title and count (`BlockClassifier.firstCountCaption`).
    static func repeatsWhole(_ caption: [Unicode.Scalar], title: AnnexCaptionEcho.Title) -> Bool {
        let tokens = AnnexCaptionEcho.tokens(caption)
        let words = tokens.filter { !$0.isNumber }.map(\.text)
        guard words.count == title.words.count, words.count > AnnexCaptionEcho.minimumWords,
              Set(tokens.filter(\.isNumber).map(\.text)) == title.numbers else { return false }
        return zip(words, title.words).allSatisfy { AnnexCaptionEcho.sameWord($0, $1) }
    }
}
