/// Section labels in Arabic UN documents: ordinal words for level 1
/// (`أولا -`, `ثانيا -` ...), letter names for level 2 (`ألف -`, `باء -` ...)
/// and abjad-ordered letters for subparagraphs (`(أ)`, `(ب)` ...).
public enum ArabicNumbering {
    /// Folds spelling variants: drops tatweel and diacritics (tanwin, harakat),
    /// writes every alif with hamza or madda as a bare alif and, unless
    /// `foldingAlifMaqsura` is false, alif maqsura as ya.
    public static func normalized<C: Collection>(
        _ scalars: C, foldingAlifMaqsura: Bool = true
    ) -> [Unicode.Scalar] where C.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for scalar in scalars {
            switch scalar.value {
            case 0x0640, 0x064B...0x065F, 0x0670: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{0627}")
            case 0x0649 where foldingAlifMaqsura: out.append("\u{064A}")
            default: out.append(scalar)
            }
        }
        return out
    }

    /// Ordinal words for level-1 headings, 1...20, as UN documents write them.
    public static let ordinalWords = [
        "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا",
        "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر", "خامس عشر", "سادس عشر", "سابع عشر", "ثامن عشر", "تاسع عشر", "عشرون",
    ]

    /// Letter names for level-2 headings in abjad order (`ألف`, `باء`, `جيم` ...).
    public static let letterNameWords = [
        "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم", "نون",
        "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد", "ظاء", "غين",
    ]

    /// `normalized`, and theh written as teh: spoken Arabic says and writes the ordinals `تانياً`, `تالتاً`, `التاني`
    /// for `ثانياً`, `ثالثاً`, `الثاني` (no two ordinal words differ by that letter alone).
    static func ordinalKey<C: Collection>(_ scalars: C) -> [Unicode.Scalar] where C.Element == Unicode.Scalar {
        normalized(scalars).map { $0 == "\u{062B}" ? "\u{062A}" : $0 }
    }

    /// Ordinal words, 1...20, by `ordinalKey`.
    static let ordinals: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, word) in ordinalWords.enumerated() {
            table[ScalarText.string(ordinalKey(word.unicodeScalars))] = index + 1
        }
        table[ScalarText.string(ordinalKey("الحادي عشر".unicodeScalars))] = 11
        table[ScalarText.string(ordinalKey("العشرون".unicodeScalars))] = 20
        return table
    }()

    /// Normalized letter names in abjad order (`ألف` = 1, `باء` = 2, ...).
    static let letterNames: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in letterNameWords.enumerated() {
            table[ScalarText.string(normalized(name.unicodeScalars))] = index + 1
        }
        return table
    }()

    /// Letters in abjad order as used for subparagraphs `(أ)`, `(ب)`, `(ج)` ...
    static let abjadLetters: [Unicode.Scalar] = ArabicNumbering.normalized("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ".unicodeScalars)

    /// The value of an ordinal word (`أولا`, `ثانياً`, `حادي عشر`), if it is one.
    public static func ordinalValue<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        ordinals[ScalarText.string(ordinalKey(scalars))]
    }

    /// The position of a letter name (`ألف` → 1, `بـاء` → 2), if it is one.
    public static func letterNamePosition<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        letterNames[ScalarText.string(normalized(scalars))]
    }

    /// The abjad position of a single letter (`أ` → 1, `ب` → 2, `هـ` → 5).
    public static func letterPosition<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        let letters = normalized(scalars)
        guard letters.count == 1, let index = abjadLetters.firstIndex(of: letters[0]) else { return nil }
        return index + 1
    }

    /// Ordinal adjectives (`الفصل الأول`, `المرفق الثاني`), by `ordinalKey`, 1...15.
    static let ordinalAdjectives: [[Unicode.Scalar]: Int] = {
        let words = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
                     "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر"]
        var table: [[Unicode.Scalar]: Int] = [:]
        for (index, word) in words.enumerated() { table[ordinalKey(word.unicodeScalars)] = index + 1 }
        return table
    }()

    /// The value of an ordinal adjective (`الأول` → 1, `الثاني` → 2, `الحادي عشر` → 11), if it is one.
    public static func ordinalAdjectiveValue<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        ordinalAdjectives[ordinalKey(scalars)]
    }
}
