/// Items lettered in a Cyrillic alphabet that has letters Russian has not —
/// Ukrainian `а) б) в) г) ґ) д)`, Tatar and Kazakh `а) ә) б)`, Serbian
/// `д) ђ) е)` — known by their sequence. `CyrillicNumbering` places the
/// letters Russian labels with; a letter it has not (`ґ`, `ә`, `ђ`, `і`)
/// is the item after the one before it in its list, and the Russian letters
/// after it follow on: `а) ә) б)` are `a`, `b`, `c`, as
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

    /// The place of an item in its list.
    struct Place {
        /// The place `CyrillicNumbering` gives the last Russian letter of the list so far.
        var russian: Int
        /// The item's place (1 for `a`).
        var position: Int
        /// The item is lettered with a letter Russian has not.
        var extra: Bool
    }

    /// The place of item `letter` in its list, given the item before it in
    /// the same list (`nil` for the first item). After a Russian letter, a
    /// Russian one moves on by as many places as Russian does (`а) в)` keep
    /// `a`, `c`); after a letter Russian has not, which may stand for one
    /// Russian has (Belarusian `і` where Russian has `и`), it is the next item.
    static func resolve(_ letter: Unicode.Scalar, after previous: Place?) -> Place? {
        if let russian = CyrillicNumbering.position(letter) {
            guard let previous, russian > previous.russian else { return Place(russian: russian, position: russian, extra: false) }
            let step = previous.extra ? 1 : russian - previous.russian
            return Place(russian: russian, position: previous.position + step, extra: false)
        }
        guard isExtraLetter(letter) else { return nil }
        guard let previous else { return Place(russian: 0, position: 1, extra: true) }
        return Place(russian: previous.russian, position: previous.position + 1, extra: true)
    }
}
