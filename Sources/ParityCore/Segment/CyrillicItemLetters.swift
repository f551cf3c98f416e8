/// Items lettered in a Cyrillic alphabet that has letters Russian has not —
/// Ukrainian `а) б) в) г) ґ) д)`, Tatar and Kazakh `а) ә) б)`, Serbian
/// `д) ђ) е)` — known by their sequence. `CyrillicNumbering` places the
/// letters Russian labels with; a letter it has not (`ґ`, `ә`, `ђ`, `і`)
/// is the item after the one before it in its list, and the Russian letters
/// after it move on by as many places: `а) ә) б)` are `a`, `b`, `c`, as
/// `(a) (b) (c)` in another version. A Russian list, which has no such
/// letter, keeps the places `CyrillicNumbering` gives.
enum CyrillicItemLetters {
    /// A lower-case Cyrillic letter that `CyrillicNumbering` does not place.
    static func isExtraLetter(_ letter: Unicode.Scalar) -> Bool {
        ScalarClass.isCyrillic(letter) && ScalarClass.isLowercase(letter) && letter.properties.isAlphabetic
            && CyrillicNumbering.position(letter) == nil
    }

    /// The one Cyrillic letter of an item label as written (`б)`, `(ә)`), if any.
    static func letter(ofLabel written: String) -> Unicode.Scalar? {
        let letters = written.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count == 1, let letter = letters.first, ScalarClass.isCyrillic(letter), ScalarClass.isLowercase(letter) else { return nil }
        return letter
    }

    /// The place of item `letter` in its list, given the item before it in
    /// the same list (its Russian place, the last one a Russian letter gave,
    /// and its own place; `nil` for the first item): `russian` to carry to
    /// the next item and the Latin `position`.
    static func resolve(_ letter: Unicode.Scalar, after previous: (russian: Int, position: Int)?) -> (russian: Int, position: Int)? {
        if let russian = CyrillicNumbering.position(letter) {
            guard let previous, russian > previous.russian else { return (russian, russian) }
            return (russian, previous.position + russian - previous.russian)
        }
        guard isExtraLetter(letter) else { return nil }
        guard let previous else { return (0, 1) }
        return (previous.russian, previous.position + 1)
    }
}
