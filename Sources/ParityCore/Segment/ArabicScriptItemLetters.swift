/// Items lettered in the alphabet of a language written in the Arabic script
/// other than Arabic — Central Kurdish `(ئا)`, `(ب)`, `(پ)`, `(ت)`, Persian
/// and Urdu `(الف)`, `(ب)`, `(پ)` — known by their sequence, since each
/// language orders its letters its own way (Arabic items follow the abjad:
/// `(أ)`, `(ب)`, `(ج)`, read by `ArabicNumbering.letterPosition`).
///
/// A label is such a letter when it is one letter the abjad does not list
/// (`پ`, `ک`, `ڕ`), a vowel letter written on its seat (`ئا`, `ئە`, `ئۆ`), or
/// the name of the first letter written out (`الف`). `LabelParser` gives it a
/// provisional key; the classifier numbers it by its place in its run of
/// items (`resolve`): the first item of a run is `a`, each next one the next
/// letter — an abjad letter too, once a run has departed from the abjad.
enum ArabicScriptItemLetters {
    /// The mark before the letters of a provisional key.
    private static let mark: Unicode.Scalar = "≈"

    /// The provisional key of the inside of a label `(…)`, if it is such a letter.
    static func provisionalKey(_ inner: ArraySlice<Unicode.Scalar>) -> String? {
        guard (1...3).contains(inner.count), inner.allSatisfy(isArabicScriptLetter) else { return nil }
        let values = inner.map(\.value)
        let isLetter: Bool
        switch values.count {
        case 1: isLetter = ArabicNumbering.letterPosition(inner) == nil
        // A vowel letter on its seat: hamza on ya (ئ) or alif before a vowel letter.
        case 2: isLetter = values[0] == 0x0626 && isVowelLetter(values[1])
        default: isLetter = ArabicNumbering.normalized(inner) == ArabicNumbering.normalized("الف".unicodeScalars)
        }
        return isLetter ? String(String.UnicodeScalarView([mark] + inner)) : nil
    }

    /// Whether `key` is a provisional key given by `provisionalKey`.
    static func isProvisional(_ key: String) -> Bool { key.unicodeScalars.first == mark }

    private static func isArabicScriptLetter(_ scalar: Unicode.Scalar) -> Bool {
        ArabicScriptLanguages.isArabicAlphabetLetter(scalar.value) || ArabicScriptLanguages.isAddedLetter(scalar.value)
    }

    /// Alif, waw, ya and the vowel letters other languages add (`ە`, `ۆ`, `ێ`, `ې`, `ۇ`, `ۈ`, `ی`).
    private static func isVowelLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0627, 0x0648, 0x064A, 0x0649, 0x06D5, 0x06C6, 0x06CE, 0x06D0, 0x06C7, 0x06C8, 0x06CC: return true
        default: return false
        }
    }

    /// The abjad position of a label `(أ)`, `(ب)` as written, if it is one.
    static func abjadPosition(ofWritten written: String) -> Int? {
        let scalars = Array(written.unicodeScalars)
        guard scalars.count >= 3, scalars.first == "(", scalars.last == ")" else { return nil }
        return ArabicNumbering.letterPosition(scalars[1..<(scalars.count - 1)])
    }

    /// The Latin key and position of an item, given the item before it in
    /// the same run (its position and whether it was read by its sequence):
    /// a provisional letter, or an abjad letter after one read by sequence,
    /// is the next after the previous (the first of a run is `a`); an abjad
    /// letter in an abjad run keeps its abjad place.
    static func resolve(provisional: Bool, abjad: Int?, after previous: (position: Int, bySequence: Bool)?)
        -> (key: String, position: Int, bySequence: Bool)? {
        if provisional || (abjad != nil && previous?.bySequence == true) {
            let position = (previous?.position ?? 0) + 1
            return (Numerals.itemLetterKey(position), position, true)
        }
        guard let abjad else { return nil }
        return (Numerals.itemLetterKey(abjad), abjad, false)
    }
}
