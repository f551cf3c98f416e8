/// Latin and Greek letters without their diacritics, by a small scalar table
/// (no Foundation): `miliónů` → `milionu`, `milijardų` → `milijardu`,
/// `εκατομμυρίων` → `εκατομμυριων`. Languages write the same scale word with
/// and without an accent (Czech `milion` and `milión`, both in use), inflect
/// it with endings that differ only by one (`milionů`, `miliónů`), or move
/// the accent as they inflect it (Greek `εκατομμύρια`, `εκατομμυρίων`), so
/// scale words are compared folded.
enum DiacriticFolding {
    /// Each base letter with the lower-case letters that carry it with a
    /// diacritic (Latin-1 Supplement, Latin Extended-A, the Romanian comma
    /// letters; Greek tonos and dialytika).
    private static let groups: [(Unicode.Scalar, String)] = [
        ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
        ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
        ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ("α", "ά"), ("ε", "έ"), ("η", "ή"), ("ι", "ίϊΐ"), ("ο", "ό"), ("υ", "ύϋΰ"), ("ω", "ώ"),
    ]

    private static let base: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letter, marked) in groups {
            for scalar in marked.unicodeScalars { table[scalar] = letter }
        }
        return table
    }()

    /// `word` (lower case) with its letters' diacritics removed and
    /// combining marks (U+0300–U+036F) dropped; other scalars as they are.
    static func folded(_ word: String) -> String {
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            result.append(base[scalar] ?? scalar)
        }
        return String(result)
    }
}
