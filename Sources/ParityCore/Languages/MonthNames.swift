/// Month names of every language with a table, one lookup for all: a month
/// name means the same month in every language that has it, and UN Arabic
/// writes two series together ("تموز/يوليه"). Read from each language's
/// `LanguageConventions.calendarMonths` and from `MonthNameTable` (languages
/// with months but no conventions of their own), normalized by
/// `WordPhraseTable.normalize` (lower case; Arabic without diacritics, bare
/// alif). Russian genitive forms and both Arabic series are included.
enum MonthNames {
    /// One-word month names → month number (1–12).
    static let single: [String: Int] = tables.single

    /// Months written as two words (Levantine Arabic "كانون الثاني"): first
    /// word, then the second word and the month it gives.
    static let twoWord: [String: [String: Int]] = tables.twoWord

    private static let tables: (single: [String: Int], twoWord: [String: [String: Int]]) = {
        var single: [String: Int] = [:]
        var twoWord: [String: [String: Int]] = [:]
        func add(_ form: String, _ month: Int) {
            let words = formWords(form)
            if words.count == 1 {
                if single[words[0]] == nil { single[words[0]] = month }
            } else if words.count == 2 {
                twoWord[words[0], default: [:]][words[1]] = month
            }
        }
        for conventions in LanguageConventions.all {
            for (index, forms) in conventions.calendarMonths.enumerated() { for form in forms { add(form, index + 1) } }
        }
        for months in MonthNameTable.names.values {
            for (index, forms) in months.enumerated() { for form in forms { add(form, index + 1) } }
        }
        for (first, seconds) in MonthNameTable.arabicTwoWord {
            for (second, month) in seconds { add(first + " " + second, month) }
        }
        return (single, twoWord)
    }()

    /// The normalized words of a month form (`كانون الثاني` → two words), split at the scalar U+0020, never at
    /// characters: a space followed by a mark or a zero-width non-joiner (as a CLDR record may write one) is one
    /// character, so that a split by characters would join two words or misplace the form.
    static func formWords(_ form: String) -> [String] {
        form.unicodeScalars.split(separator: " ").map { WordPhraseTable.normalize(String(Substring($0))) }
    }

    /// Whether `word` may be a key of `single` or `twoWord`: false only for an
    /// ASCII word whose length and first and last bytes no ASCII key has (an
    /// ASCII string equals no other string), so that most words of a text
    /// are turned away without hashing.
    /// The length, first and last letter of every key and first word of a
    /// two-word key (``NumberWordShapes``): a word whose shape no key has is
    /// not looked up, and its text is not made.
    static let shapes = NumberWordShapes((Array(single.keys) + Array(twoWord.keys)).map { Array($0.unicodeScalars) })

    static func mayBeKey(_ word: String) -> Bool {
        var length = 0
        var first: UInt8 = 0
        var last: UInt8 = 0
        for byte in word.utf8 {
            if byte >= 0x80 { return true }
            if length == 0 { first = byte }
            last = byte
            length += 1
        }
        return asciiKeyShapes[shape(length, first, last)]
    }

    private static func shape(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
        (length &* 131 &+ Int(first) &* 31 &+ Int(last)) & 1023
    }

    /// Shapes (`shape`) of the ASCII keys; all true when a key holds a character
    /// that is canonically equivalent to an ASCII one (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA).
    private static let asciiKeyShapes: [Bool] = {
        var shapes = [Bool](repeating: false, count: 1024)
        for key in Array(single.keys) + Array(twoWord.keys) {
            if key.unicodeScalars.contains(where: { $0 == "\u{212A}" || $0 == "\u{037E}" || $0 == "\u{1FEF}" }) {
                return [Bool](repeating: true, count: 1024)
            }
            let bytes = Array(key.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            shapes[shape(bytes.count, bytes[0], bytes[bytes.count - 1])] = true
        }
        return shapes
    }()
}
