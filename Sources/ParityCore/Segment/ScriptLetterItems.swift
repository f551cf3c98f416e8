/// Items lettered in a caseless script no table reads — Tamil `(அ)`,
/// `(ஆ)`, `(இ)`, Gujarati `(ક)`, `(ખ)`, Hebrew `(א)`, `(ב)`, Thai `(ก)`,
/// `(ข)`, `(ค)` — known by their sequence: their letters follow one another
/// in the script's code points (a gap of one allowed, for a final form or an
/// obsolete letter left out of lists). Scripts with case (Armenian) are not
/// read so; Georgian, whose letters Unicode marks lower case, is when the
/// document writes it without capitals (`CaselessScripts`), as Georgian is
/// written. The first item of a list is `a`, the next `b`, so the keys are
/// those of `(a)`, `(b)` in another version. `LabelParser` gives such a
/// letter a provisional key; the classifier resolves it with `resolve`.
enum ScriptLetterItems {
    /// The mark before the letter of a provisional key.
    private static let mark: Unicode.Scalar = "~"

    /// A letter of a caseless alphabet (not Han, kana or Hangul, whose labels are numerals or syllables).
    static func mayBeItemLetter(_ letter: Unicode.Scalar) -> Bool {
        guard ScalarClass.isCaselessLetter(letter), !ScalarClass.isHan(letter) else { return false }
        switch letter.value {
        case 0x3040...0x30FF, 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return false
        default: return true
        }
    }

    /// A small letter of a cased alphabet no table reads (Armenian `ա)`, `բ)`, `գ)`), not Latin (with or without
    /// diacritics) or Cyrillic and Greek (read by their tables): an item's letter only as `ա)` in parentheses, placed
    /// by its run as a caseless script's letters are.
    static func mayBeCasedItemLetter(_ letter: Unicode.Scalar) -> Bool {
        guard ScalarClass.isLowercase(letter) else { return false }
        switch letter.value {
        case 0..<0x0370, 0x0370...0x052F, 0x1C80...0x1CBF, 0x1D00...0x1FFF, 0x2C60...0x2C7F, 0x2DE0...0x2DFF, 0xA640...0xA69F,
             0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFB00...0xFB06: return false
        default: return true
        }
    }

    /// A capital of a cased alphabet other than Latin and Cyrillic (Greek `Α.`, Armenian `Ա.`, Georgian
    /// Mtavruli, Coptic): a heading's letter read by its run (`HeadingNumbering.scriptLetterHeading`), as a
    /// caseless script's letter is. Latin and Cyrillic capitals are the UN's own level-2 letters, read by
    /// their tables (`LabelParser`).
    static func mayBeCasedHeadingLetter(_ letter: Unicode.Scalar) -> Bool {
        guard ScalarClass.isUppercase(letter) else { return false }
        switch letter.value {
        case 0..<0x0370, 0x0400...0x052F, 0x1C80...0x1C8F, 0x1D00...0x1EFF, 0x2C60...0x2C7F, 0x2DE0...0x2DFF, 0xA640...0xA69F,
             0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFB00...0xFB06, 0xFF21...0xFF3A: return false
        default: return true
        }
    }

    /// Whether `letter` is the first letter of its alphabet in Unicode's order: the code point before it is no
    /// letter of the same case (`ܐ`, `א`, `Α`, `Ա`, `ก`; not `ב`, `Β`).
    static func opensAlphabet(_ letter: Unicode.Scalar) -> Bool {
        guard letter.value > 0, let previous = Unicode.Scalar(letter.value - 1) else { return true }
        let properties = previous.properties
        guard properties.isAlphabetic else { return true }
        return properties.isUppercase != letter.properties.isUppercase || properties.isLowercase != letter.properties.isLowercase
    }

    static func provisionalKey(_ letter: Unicode.Scalar) -> String {
        String(String.UnicodeScalarView([mark, letter]))
    }

    /// The letter of a provisional key, `nil` for a resolved one.
    static func letter(ofProvisional key: String) -> Unicode.Scalar? {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count == 2, scalars[0] == mark else { return nil }
        return scalars[1]
    }

    /// The Latin key of item `letter`, given the letter and Latin position
    /// of the item before it in the same list (`nil` for the first item):
    /// the next position when the letter follows the previous one (a gap of
    /// one allowed), else a list that starts again at `a`.
    static func resolve(_ letter: Unicode.Scalar, after previous: (letter: Unicode.Scalar, position: Int)?) -> (key: String, position: Int) {
        var position = 1
        if let previous, follows(letter, previous.letter, maximumStep: 2) {
            position = previous.position + 1
        }
        return (Numerals.itemLetterKey(position), position)
    }

    /// Whether `letter` comes after `previous` in its script's order, at most `maximumStep` places on
    /// (1: the next letter; 2: one left out): by the letters' places (`place`).
    static func follows(_ letter: Unicode.Scalar, _ previous: Unicode.Scalar, maximumStep: UInt32) -> Bool {
        let (here, before) = (place(letter), place(previous))
        return here > before && here - before <= maximumStep
    }

    /// A letter's place in its script's order. In an alphabet it is its code point. In a syllabary encoded
    /// in rows, each row a consonant with its vowels in fixed columns (Ethiopic: eight code points a row,
    /// `ሀ ሁ ሂ ሃ ሄ ህ ሆ ሇ`, then `ለ ሉ …`), it is the row: a list lettered `ሀ`, `ለ`, `ሐ`, `መ` takes the
    /// first letter of rows one after another, eight code points apart.
    static func place(_ letter: Unicode.Scalar) -> UInt32 {
        let value = letter.value
        if syllabaryRowsOfEight.contains(where: { $0.contains(value) }) { return value >> 3 }
        return value
    }

    /// The blocks of a syllabary encoded in rows of eight, each starting at a multiple of eight: Ethiopic
    /// (U+1200–U+137F), Ethiopic Extended's rows (U+2DA0–U+2DDF), Ethiopic Extended-A (U+AB00–U+AB2F).
    private static let syllabaryRowsOfEight: [ClosedRange<UInt32>] = [0x1200...0x137F, 0x2DA0...0x2DDF, 0xAB00...0xAB2F]
}
