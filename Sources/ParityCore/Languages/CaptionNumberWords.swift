/// Cardinal number words that may number a caption in any language CLDR
/// describes: `परिशिष्ट एक`, `પરિશિષ્ટ બે`, `अनुसूची दुई` (annex one, annex
/// two). The words one to twenty of every CLDR record
/// (``CLDRLanguageTables``), lower case; a word that means different numbers
/// in two languages is left out. Made once, when first asked for, from the
/// number-word fields at their bytes: only the words valued 1 to 20 become
/// strings (`CLDRLanguageData.forEachNumberWord`).
enum CaptionNumberWords {
    /// Largest value read as a caption's number.
    static let maximumValue = 20

    /// Word → value, over all languages.
    static let values: [String: Int] = {
        var values: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for code in CLDRLanguageTables.languages {
            guard let record = CLDRLanguageTables.record(code) else { continue }
            CLDRLanguageData.forEachNumberWord(record, valuedIn: 1...maximumValue) { word, value in
                let key = word.lowercased()
                if let known = values[key], known != value { ambiguous.insert(key) }
                values[key] = value
            }
        }
        for word in ambiguous { values[word] = nil }
        return values
    }()

    /// The value of `word` (one word, as written), if a table reads it as a number from 1 to 20.
    static func value(_ word: some Collection<Unicode.Scalar>) -> Int? {
        guard word.count >= 2 else { return nil }
        // Lower-cased scalar by scalar (the same scalars as `String.lowercased()`), then made a string once.
        return values[ScalarText.string(ScalarLowercasing.lowercased(word))]
    }
}
