/// Detects the language of a plain-text UN document: first from the header
/// line that names the version's language ("Español", "English", "Русский",
/// "عربي", "中文"), otherwise from the dominant script (Latin, Cyrillic,
/// Arabic, Han) and, for Latin script, the most frequent function words.
public enum LanguageDetector {
    /// How many leading bytes the script count looks at.
    static let sampleLimit = 200_000

    /// The detected language of UTF-8 `bytes`, if any can be told.
    public static func detect(_ bytes: [UInt8]) -> Language? {
        detect(bytes, lines: LineScanner.lines(in: Array(bytes.prefix(sampleLimit))))
    }

    static func detect(_ bytes: [UInt8], lines: [TextLine]) -> Language? {
        if let named = headerLanguage(bytes, lines) { return named }
        return scriptLanguage(bytes, headerHints: headerDateLanguages(bytes, lines))
    }

    /// Latin-script languages whose month names appear in short header lines
    /// ("27 de julio de 2006" → Spanish, "27 juillet 2006" → French).
    static func headerDateLanguages(_ bytes: [UInt8], _ lines: [TextLine]) -> [Language] {
        var found: [Language] = []
        var seen = 0
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 40 { break }
            guard line.contentEnd - line.contentStart <= 48 else { continue }
            let text = String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self).lowercased()
            guard text.unicodeScalars.contains(where: { ScalarClass.digit($0) != nil }) else { continue }
            for conventions in [LanguageConventions.english, .french, .spanish] {
                let words = text.split { !$0.isLetter }
                if words.contains(where: { conventions.monthNames.contains(String($0)) }) { found.append(conventions.language) }
            }
        }
        return found
    }

    /// The language named by a short header line among the first non-blank lines.
    static func headerLanguage(_ bytes: [UInt8], _ lines: [TextLine]) -> Language? {
        var seen = 0
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 40 { break }
            guard line.contentEnd - line.contentStart <= 40 else { continue }
            let (text, _) = InlineMarkupParser.strip(ScalarText.scalars(bytes, line.contentStart, line.contentEnd))
            if let language = Language(name: ScalarText.string(text)) { return language }
        }
        return nil
    }

    /// The language suggested by the dominant script of the text.
    static func scriptLanguage(_ bytes: [UInt8], headerHints: [Language] = []) -> Language? {
        let end = min(bytes.count, sampleLimit)
        var latin = 0, cyrillic = 0, arabic = 0, han = 0
        let scalars = ScalarText.scalars(bytes, 0, end)
        for scalar in scalars {
            if ScalarClass.isLatinLetter(scalar) { latin += 1 }
            else if ScalarClass.isCyrillic(scalar) { cyrillic += 1 }
            else if ScalarClass.isArabic(scalar) { arabic += 1 }
            else if ScalarClass.isHan(scalar) { han += 1 }
        }
        // Han characters carry a word each: weigh them up.
        let counts: [(Language?, Int)] = [(nil, latin), (.russian, cyrillic), (.arabic, arabic), (.chinese, han * 3)]
        guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        if let language = best.0 { return language }
        return latinLanguage(scalars, headerHints: headerHints)
    }

    /// English, French or Spanish, by counts of frequent words; a month name
    /// in a header date line counts as much as ten words.
    static func latinLanguage(_ scalars: [Unicode.Scalar], headerHints: [Language] = []) -> Language? {
        let candidates: [LanguageConventions] = [.english, .french, .spanish]
        var tables: [Set<String>] = candidates.map { Set($0.frequentWords) }
        var scores = [Int](repeating: 0, count: candidates.count)
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty, word.count <= 4 else { word.removeAll(keepingCapacity: true); return }
            let key = String(word)
            for index in tables.indices where tables[index].contains(key) { scores[index] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in scalars {
            if scalar.properties.isAlphabetic {
                if word.count < 8 { word.append(ScalarClass.isUppercase(scalar) ? Unicode.Scalar(scalar.properties.lowercaseMapping.unicodeScalars.first!) : scalar) }
            } else {
                flush()
            }
        }
        flush()
        tables.removeAll()
        for hint in headerHints {
            if let index = candidates.firstIndex(where: { $0.language == hint }) { scores[index] += 10 }
        }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else { return nil }
        return candidates[best].language
    }
}
