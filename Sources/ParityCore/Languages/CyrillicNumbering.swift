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

    /// Latin letters and the Cyrillic letters that look the same.
    private static let lookalikes: [(latin: Unicode.Scalar, cyrillic: Unicode.Scalar)] = [
        ("A", "А"), ("B", "В"), ("C", "С"), ("E", "Е"), ("H", "Н"), ("K", "К"), ("M", "М"), ("O", "О"),
        ("P", "Р"), ("T", "Т"), ("X", "Х"),
        ("a", "а"), ("c", "с"), ("e", "е"), ("o", "о"), ("p", "р"), ("x", "х"), ("y", "у"),
    ]
    private static let cyrillicForLatin = Dictionary(uniqueKeysWithValues: lookalikes.map { ($0.latin, $0.cyrillic) })
    private static let latinForCyrillic = Dictionary(uniqueKeysWithValues: lookalikes.map { ($0.cyrillic, $0.latin) })

    /// The Cyrillic letter a Latin look-alike stands for in a Russian text
    /// (`A` → `А`, `B` → `В`, `C` → `С`, `E` → `Е`, `H` → `Н`, ...).
    public static func cyrillicLookalike(ofLatin scalar: Unicode.Scalar) -> Unicode.Scalar? {
        cyrillicForLatin[scalar]
    }

    /// The Latin letter a Cyrillic look-alike stands for (`А` → `A`, `В` → `B`,
    /// `у` → `y`): the other direction of `cyrillicLookalike(ofLatin:)`.
    public static func latinLookalike(ofCyrillic scalar: Unicode.Scalar) -> Unicode.Scalar? {
        latinForCyrillic[scalar]
    }
}
