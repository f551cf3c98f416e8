/// The Cyrillic letters Russian UN documents use as section and
/// subparagraph labels (`А.`, `Б.`, `В.`; `а)`, `б)`), in alphabet order
/// without `Ё Й Ъ Ы Ь`, and the Latin letters that look like them.
public enum CyrillicNumbering {
    /// Upper-case label letters in order: А Б В Г Д Е Ж З И К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Э Ю Я.
    static let uppercase: [Unicode.Scalar] = Array("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ".unicodeScalars)
    /// Lower-case label letters in the same order.
    static let lowercase: [Unicode.Scalar] = Array("абвгдежзиклмнопрстуфхцчшщэюя".unicodeScalars)

    /// Position of a Cyrillic label letter (`А` → 1, `Б` → 2, `В` → 3), either case.
    public static func position(_ scalar: Unicode.Scalar) -> Int? {
        if let index = uppercase.firstIndex(of: scalar) { return index + 1 }
        if let index = lowercase.firstIndex(of: scalar) { return index + 1 }
        return nil
    }

    /// The Cyrillic letter a Latin look-alike stands for in a Russian text
    /// (`A` → `А`, `B` → `В`, `C` → `С`, `E` → `Е`, `H` → `Н`, ...).
    public static func cyrillicLookalike(ofLatin scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "A": return "А"
        case "B": return "В"
        case "C": return "С"
        case "E": return "Е"
        case "H": return "Н"
        case "K": return "К"
        case "M": return "М"
        case "O": return "О"
        case "P": return "Р"
        case "T": return "Т"
        case "X": return "Х"
        case "a": return "а"
        case "c": return "с"
        case "e": return "е"
        case "o": return "о"
        case "p": return "р"
        case "x": return "х"
        case "y": return "у"
        default: return nil
        }
    }
}
