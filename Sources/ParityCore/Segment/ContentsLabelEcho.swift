/// Contents entries whose labels the body repeats, in the same order: a
/// contents line `LABEL TITLE PAGE` (`پہلا۔ تعارف ۲`, `I. Introduction 2`,
/// no dot leader) is an entry when a later unit is `LABEL TITLE` or the label
/// alone with the title on the next unit (`پہلا۔` / `تعارف`). A label that is
/// one word and a terminator (`پہلا۔`, `دوجا۔`: ordinal words and the Urdu
/// full stop) that no table reads is then a heading number the document
/// teaches: the words that are no letter are level-1 headings numbered by
/// their place in the contents (first = I, second = II …), a letter
/// (`ب۔`, one letter or the written-out first letter) is a level-2 heading
/// (`WordLabelSequence.learnTerminated`). Nothing is listed for one
/// language: the contents and the body's repeating them tell the labels.
enum ContentsLabelEcho {
    /// A contents line split into its label, its title and its page.
    struct Entry: Equatable {
        var unit: Int
        /// The label with its terminator (`پہلا۔`).
        var label: [Unicode.Scalar]
        /// The label's word without the terminator (`پہلا`).
        var word: [Unicode.Scalar]
        /// The title, white space folded.
        var title: [Unicode.Scalar]
        var page: Int
    }

    /// Fewest entries the body must repeat.
    static let minimumEchoes = 3
    /// Most scalars of a label word.
    static let maximumWordLength = 16

    /// The entry of one contents line (white space folded, `LeaderlessContentsEntry.split`): a word of letters
    /// (no digit), one terminating punctuation mark, white space, a title with a letter, white space, a page.
    static func entry(_ line: [Unicode.Scalar], unit: Int) -> Entry? {
        guard let (heading, page) = LeaderlessContentsEntry.split(line) else { return nil }
        var index = 0
        while index < heading.count, ScalarClass.isWordLetter(heading[index]), ScalarClass.digit(heading[index]) == nil { index += 1 }
        guard index > 0, index <= maximumWordLength, index + 2 < heading.count, isTerminator(heading[index]),
              heading[index + 1] == " " else { return nil }
        let title = Array(heading[(index + 2)...])
        guard title.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return Entry(unit: unit, label: Array(heading[...index]), word: Array(heading[..<index]), title: title, page: page)
    }

    /// A mark that ends a label: a full stop of any script, a closing parenthesis, a dash, a colon.
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", "،", ";", "؛", "'", "\"", "*", "&", "#", "%", "@", "/", "\\": return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .dashPunctuation, .closePunctuation: return true
        default: return false
        }
    }

    /// The entries the body repeats in their order. `entries` are the candidate lines in document order;
    /// `text(i)` is unit `i`'s folded text (`nil` for a unit that cannot be a heading); the body is searched from
    /// after the last candidate on. Empty when fewer than `minimumEchoes` are repeated.
    static func echoed(_ entries: [Entry], unitCount: Int, text: (Int) -> [Unicode.Scalar]?) -> [Entry] {
        guard entries.count >= minimumEchoes, let lastEntry = entries.last?.unit else { return [] }
        var wanted = Set<[Unicode.Scalar]>()
        for entry in entries {
            wanted.insert(entry.label)
            wanted.insert(entry.label + [" "] + entry.title)
        }
        // Where each wanted text stands in the body, in order.
        var positions: [[Unicode.Scalar]: [Int]] = [:]
        var texts: [Int: [Unicode.Scalar]] = [:]
        for index in (lastEntry + 1)..<max(lastEntry + 1, unitCount) {
            guard let folded = text(index) else { continue }
            texts[index] = folded
            if wanted.contains(folded) { positions[folded, default: []].append(index) }
        }
        var echoed: [Entry] = []
        var cursor = lastEntry
        for entry in entries {
            let whole = positions[entry.label + [" "] + entry.title]?.first { $0 > cursor }
            let alone = positions[entry.label]?.first { $0 > cursor && texts[$0 + 1] == entry.title }
            guard let found = [whole, alone].compactMap({ $0 }).min() else { continue }
            echoed.append(entry)
            cursor = found == alone ? found + 1 : found
        }
        return echoed.count >= minimumEchoes ? echoed : []
    }
}
