/// Scale words a language without scale words of its own reads: those of
/// the languages written in its script (by CLDR's likely scripts,
/// ``LikelyScript``) on which all of them agree. Chhattisgarhi or Bhojpuri
/// text in Devanagari (`१ करोड़ २५ लाख`) writes the lakh and crore of Hindi,
/// Marathi and Nepali; Kashubian or Silesian text in Latin letters writes
/// the `milion` of Polish. A word that two languages of the script give
/// different powers (`billion`: 10^9 in English, 10^12 in French) is left
/// out: the general convention reads it. Made once, from the hand tables
/// (``NumberConventions/scaleWords``, ``SouthAsianScaleWords``) and the
/// CLDR records (``CLDRLanguageTables``).
enum ScriptKinScaleWords {
    /// The scale words (word → power of ten) of the script `code` is usually
    /// written in; empty when the script is unknown or no language of it has scale words.
    static func words(for code: String) -> [String: Int] {
        guard let language = Language(code: code), let script = LikelyScript.unifiedScript(of: language) else { return [:] }
        return byScript[script] ?? [:]
    }

    /// The scale words of every script but the Latin, each script's as `byScript` gives them: read after a
    /// language's own, so that a figure's scale word is read in whatever script it is written (`১ কোটি ২৬ লাখ` in a
    /// Hajong text, which CLDR writes in Latin letters). Words of two scripts never coincide; the Latin script's
    /// words are left to each language, as they may be words of another kind in another Latin language.
    static let everyNonLatinScript: [String: Int] = {
        var table: [String: Int] = [:]
        for script in byScript.keys.sorted() where script != "Latn" {
            table.merge(byScript[script]!) { old, _ in old }
        }
        return table
    }()

    /// ISO 15924 script → the words all languages of that script that have scale words agree on.
    static let byScript: [String: [String: Int]] = {
        var codes = Set(CLDRLanguageTables.languages)
        codes.formUnion(NumberConventions.scaleWords.keys)
        codes.formUnion(SouthAsianScaleWords.words.keys)
        // Words are told apart as the scale table reads them, without their diacritics (`billión` is `billion`).
        var table: [String: [String: Int]] = [:], powers: [String: [String: Int]] = [:], conflicting: [String: Set<String>] = [:]
        for code in codes.sorted() {
            // One script however CLDR names its style: Urdu's Nastaliq (`Aran`) is the Arabic script of Saraiki and Hindko.
            guard let language = Language(code: code), let script = LikelyScript.unifiedScript(of: language) else { continue }
            let words = NumberConventions.scaleWords[code]
                ?? (CLDRLanguageTables.record(code).map { CLDRLanguageData($0).scaleWords } ?? [:])
                    .merging(SouthAsianScaleWords.words[code] ?? [:]) { old, _ in old }
            for (word, power) in words {
                let key = DiacriticFolding.folded(WordPhraseTable.normalize(word))
                if let known = powers[script]?[key], known != power { conflicting[script, default: []].insert(key) }
                powers[script, default: [:]][key] = power
                table[script, default: [:]][word] = power
            }
        }
        for (script, keys) in conflicting {
            table[script] = table[script]?.filter { !keys.contains(DiacriticFolding.folded(WordPhraseTable.normalize($0.key))) }
        }
        return table
    }()
}
