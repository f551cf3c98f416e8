/// A line that may open a lettered section of a chapter, read by its shape
/// alone, whatever its caption word: a word of any script (or two) and ONE
/// letter — `Section A. Membership`, `Sección B`, `Раздел В. Секретариат`,
/// `Iахь А.`, `الفرع ألف - المقاصد` (an Arabic letter name, or the letter
/// `أ`) — or, as Chinese writes it, a letter and the caption word after it
/// (`A节 宗旨`). After the letter come the end of the line, or a separator
/// (`.`, `:`, a dash) and a title that ends no sentence; after a caption word
/// written after its letter, white space and the title.
///
/// A match is only a candidate: `LetteredSectionSequence` keeps the lines
/// whose letters run A, B, C … in their script under each numbered chapter
/// and start again under the next. The caption word is the match's `key`,
/// so the word is whatever the document repeats, in any language.
enum LetteredSectionCaption {
    /// A candidate line.
    struct Match: Sendable, Hashable {
        /// The caption word(s), lower-cased (`section`, `раздел`, `الفرع`), or `#` and the word written
        /// after the letter (`#节`).
        var key: String
        /// The letter's place in its script's order (`SectionLetter`).
        var letter: SectionLetter
        /// Scalars taken by the word, the letter, a separator and the white space after it.
        var labelLength: Int
    }

    /// Longest line (scalars) read as such a caption.
    static let maximumLength = 160
    /// Longest caption word (scalars).
    static let maximumWordLength = 24
    /// Most words of a caption's name before its letter.
    static let maximumNameWords = 2

    /// The caption `text` (a unit's first line, markup removed) reads as, if any.
    static func match(_ text: [Unicode.Scalar]) -> Match? {
        guard let first = text.first, text.count <= maximumLength else { return nil }
        if let match = letterFirst(text) { return match }
        guard ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) || first == "I", !ScalarClass.isHan(first) else { return nil }
        var index = 0
        var words = 0
        var keyEnd = 0
        while words < maximumNameWords {
            let wordEnd = NumberedCaption.wordEnd(text, from: index)
            guard wordEnd - index >= 2, wordEnd - index <= maximumWordLength, text[index].properties.isAlphabetic
                    || (index == 0 && first == "I") else { return nil }
            // A further word of the name is a particle in lower case, or the whole name is in capitals.
            if words > 0, ScalarClass.isUppercase(text[index]), text[0..<keyEnd].contains(where: ScalarClass.isLowercase) { return nil }
            words += 1
            keyEnd = wordEnd
            index = wordEnd
            guard index < text.count, ScalarClass.isWhitespace(text[index]) else { return nil }
            while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
            if let (letter, letterEnd) = SectionLetter.read(text, index), let labelLength = rest(text, letterEnd, titleAfterSpace: false) {
                let key = ScalarText.string(text[0..<keyEnd].map { ScalarClass.isWhitespace($0) ? " " : $0 }[...]).lowercased()
                return Match(key: key, letter: letter, labelLength: labelLength)
            }
        }
        return nil
    }

    /// Whether the line `bytes[start..<end]` may match: false only when `match` would find nothing, decided from
    /// its first bytes without building its scalars — a short line whose first or second word is followed by a
    /// token of at most eight bytes (a letter, an Arabic letter's name), or a Latin capital before a Han character.
    static func mayMatch(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end > start, end - start <= maximumLength * 4 else { return false }
        let first = bytes[start]
        guard first >= 0x80 || (first >= 0x41 && first <= 0x5A) else { return false }
        // `A节`: a capital, then the lead byte of a three-byte scalar (Han in U+4E00…U+9FFF).
        if first <= 0x5A, start + 1 < end, bytes[start + 1] >= 0xE4, bytes[start + 1] <= 0xE9 { return true }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var cursor = start
        for _ in 0..<maximumNameWords {
            let wordStart = cursor
            while cursor < end, !isSpace(bytes[cursor]), cursor - wordStart <= maximumWordLength * 4 { cursor += 1 }
            guard cursor < end, isSpace(bytes[cursor]) else { return false }
            while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
            let tokenStart = cursor
            // The token ends at white space or ASCII punctuation (a separator).
            while cursor < end, !isSpace(bytes[cursor]), bytes[cursor] >= 0x80 || bytes[cursor] >= 0x41 { cursor += 1 }
            if cursor > tokenStart, cursor - tokenStart <= 8 { return true }
            cursor = tokenStart
        }
        return false
    }

    /// `A节 宗旨`, `B节：成员资格`: a Latin capital, then one or two Han characters (the caption word), then the
    /// end of the line, a separator or white space, and the title.
    private static func letterFirst(_ text: [Unicode.Scalar]) -> Match? {
        guard let (letter, letterEnd) = SectionLetter.read(text, 0), letter.alphabet == .latin else { return nil }
        var index = letterEnd
        while index < text.count, index - letterEnd < 2, ScalarClass.isHan(text[index]) { index += 1 }
        guard index > letterEnd, let labelLength = rest(text, index, titleAfterSpace: true) else { return nil }
        return Match(key: "#" + ScalarText.string(text[letterEnd..<index]), letter: letter, labelLength: labelLength)
    }

    /// After the label: the end of the line, or a separator and a title (or, where `titleAfterSpace`, white space
    /// and a title) that starts with no lower-case letter, has no dot leader and ends no sentence. The label's length.
    private static func rest(_ text: [Unicode.Scalar], _ index: Int, titleAfterSpace: Bool) -> Int? {
        var end = index
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        if end == text.count { return end }
        if NumberedCaption.isSeparator(text[end]) || text[end] == "：" {
            end += 1
            while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
            if end == text.count { return end }
        } else if !(titleAfterSpace && (end > index || ScalarClass.isHan(text[end]))) {
            return nil
        }
        let title = Array(text[end...])
        if SpeakerLine.hasDotLeader(title[...]) || ScalarText.endsSentence(title) { return nil }
        if let letter = ScalarText.firstLetter(title), ScalarClass.isLowercase(letter) { return nil }
        return end
    }
}

/// The letter of a lettered section (`LetteredSectionCaption`): its
/// alphabet and its place there. Latin, Cyrillic and Greek capitals and
/// Arabic letters (written as a letter, `أ`, or by name, `ألف`, in abjad
/// order) take their place from their tables; a letter of another script
/// (Armenian `Ա`, Georgian, a caseless script's `க`) its place in the
/// script's code points (`ScriptLetterItems.place`).
struct SectionLetter: Sendable, Hashable {
    enum Alphabet: Sendable, Hashable { case latin, cyrillic, greek, arabic, other }

    var alphabet: Alphabet
    /// The place in the alphabet's order (1 for `A`, `А`, `Α`, `ألف`), or the code-point place for `other`.
    var place: Int
    /// The letter as written, for `other` (whose first letter is known by `ScriptLetterItems.opensAlphabet`).
    var scalar: Unicode.Scalar

    /// Whether this letter opens a run: the first of its alphabet.
    var isFirst: Bool {
        alphabet == .other ? ScriptLetterItems.opensAlphabet(scalar) : place == 1
    }

    /// Whether this letter is the one after `previous` in its alphabet (a letter of a script read by its
    /// code points may leave one out, as for items: `ScriptLetterItems.follows`).
    func follows(_ previous: SectionLetter) -> Bool {
        guard alphabet == previous.alphabet else { return false }
        if alphabet == .other { return ScriptLetterItems.follows(scalar, previous.scalar, maximumStep: 2) }
        return place == previous.place + 1
    }

    /// The section letter at `index` in `text`, and where it ends: one letter that no letter follows (an Arabic
    /// letter's name, `ألف`, `باء`, `جيم`, is read whole).
    static func read(_ text: [Unicode.Scalar], _ index: Int) -> (SectionLetter, Int)? {
        guard index < text.count else { return nil }
        var end = index
        // A Han character ends the letter: `A节` is the letter `A` and the word `节`.
        while end < text.count, NumberedCaption.isWordScalar(text[end]), !ScalarClass.isHan(text[end]) { end += 1 }
        guard end > index else { return nil }
        let word = text[index..<end]
        let scalar = word.first!
        if ScalarClass.isArabic(scalar) {
            if let position = ArabicNumbering.letterNamePosition(word) ?? ArabicNumbering.letterPosition(word) {
                return (SectionLetter(alphabet: .arabic, place: position, scalar: scalar), end)
            }
            return nil
        }
        guard word.count == 1 else { return nil }
        if let position = Numerals.latinPosition(scalar) {
            guard ScalarClass.isUppercase(scalar) else { return nil }
            return (SectionLetter(alphabet: .latin, place: position, scalar: scalar), end)
        }
        if ScalarClass.isCyrillic(scalar) {
            guard ScalarClass.isUppercase(scalar), let position = CyrillicNumbering.position(scalar) else { return nil }
            return (SectionLetter(alphabet: .cyrillic, place: position, scalar: scalar), end)
        }
        if let position = GreekNumbering.position(scalar) {
            guard ScalarClass.isUppercase(scalar) else { return nil }
            return (SectionLetter(alphabet: .greek, place: position, scalar: scalar), end)
        }
        guard ScriptLetterItems.mayBeCasedHeadingLetter(scalar) || ScriptLetterItems.mayBeItemLetter(scalar) else { return nil }
        return (SectionLetter(alphabet: .other, place: Int(ScriptLetterItems.place(scalar)), scalar: scalar), end)
    }
}
