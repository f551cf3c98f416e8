/// Normalization of Arabic words for matching: no diacritics or tatweel,
/// hamza-carrying alifs folded to bare alif.
enum ArabicText {
    /// `word` with tatweel and diacritics dropped and hamza-carrying alifs
    /// folded (`ArabicNumbering.normalized`). Unlike heading labels, alif
    /// maqsura is kept as written, as the number check always has.
    static func normalize(_ word: String) -> String {
        ScalarText.string(ArabicNumbering.normalized(word.unicodeScalars, foldingAlifMaqsura: false))
    }

    /// Arabic names of Latin capital letters in the abjad order UN Arabic
    /// uses for resolution letters (217 A → 217 ألف), normalized: the first 26
    /// of `ArabicNumbering.letterNameWords`, one for each of A...Z.
    static let letterNames: [String: Character] = {
        var table: [String: Character] = [:]
        for (index, name) in ArabicNumbering.letterNameWords.prefix(26).enumerated() {
            table[normalize(name)] = Character(Unicode.Scalar(UInt8(65 + index)))
        }
        return table
    }()
}
