/// Detects the language of a plain-text document: first from the header
/// line that names the version's language ("Español", "English", "Русский",
/// "عربي", "中文", "Deutsch"), otherwise from the dominant script — Cyrillic
/// → Russian, Arabic → Arabic (or Persian, Urdu, Pashto, Sindhi, Uyghur,
/// Central Kurdish by `ArabicScriptLanguages`), Han → Chinese (Japanese with kana), and
/// Devanagari → Hindi, Hangul → Korean, Greek, Hebrew, Thai … by
/// `WritingScript.usualLanguage`; Ukrainian, Belarusian, Kazakh … from
/// Russian, traditional Chinese and Cantonese from Chinese by the letters
/// their alphabets hold (`LetterEvidence`) — and, for Latin script, the most frequent
/// function words of English, French, Spanish, German and Portuguese, with
/// Asturian, Galician and Catalan told apart from Spanish and Portuguese by
/// words of their own (`RomanceKinLanguages`).
/// Conservative: `nil` when nothing tells.
public enum LanguageDetector {
    /// How many leading bytes the header lines are looked for in.
    static let sampleLimit = 200_000

    /// The detected language of UTF-8 `bytes`, if any can be told.
    /// `namingByLetters`: a Latin text whose words name no language may be named by its letters beyond ASCII
    /// (`LetterEvidence.latinLanguage`); false leaves it unnamed (a three-letter code in its file name is surer), and
    /// its words then name a language against the name only with the share of that language's own running text
    /// (`shareAgainstName`): a language Parity has no profile for that writes `in` and `a` as words (Tedim Chin)
    /// reaches the share that names a text without a name, not that one.
    public static func detect(_ bytes: [UInt8], namingByLetters: Bool = true) -> Language? {
        detect(bytes, lines: LineScanner.lines(in: Array(bytes.prefix(sampleLimit))), namingByLetters: namingByLetters,
               share: namingByLetters ? confidentShare : shareAgainstName)
    }

    /// `sampleBudget`: the bytes of the text the script and word counts read (`LanguageSample`).
    static func detect(_ bytes: [UInt8], lines: [TextLine], namingByLetters: Bool = true, sampleBudget: Int = LanguageSample.budget,
                       share: Int = confidentShare) -> Language? {
        if let named = headerLanguage(bytes, lines) { return named }
        return scriptLanguage(bytes, headerHints: headerDateLanguages(bytes, lines), namingByLetters: namingByLetters, sampleBudget: sampleBudget,
                              share: share)
    }

    /// The Latin-script tables language detection tells apart by their words.
    private static let latinCandidates = LanguageConventions.all.filter { $0.script == .latin && !$0.frequentWords.isEmpty }

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
            for conventions in latinCandidates {
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

    /// The language suggested by the dominant script of the text, read in a sample of `sampleBudget` bytes
    /// (`LanguageSample`: the whole text when it is no longer).
    static func scriptLanguage(_ bytes: [UInt8], headerHints: [Language] = [], namingByLetters: Bool = true,
                               sampleBudget: Int = LanguageSample.budget, share: Int = confidentShare) -> Language? {
        var latin = 0, cyrillic = 0, arabic = 0, han = 0, unnamed = 0
        var others: [WritingScript: Int] = [:]
        let sample = LanguageSample.sample(bytes, budget: sampleBudget)
        let scalars = ScalarText.scalars(sample, 0, sample.count)
        for scalar in scalars {
            if ScalarClass.isLatinLetter(scalar) { latin += 1 }
            else if ScalarClass.isCyrillic(scalar) { cyrillic += 1 }
            // Arabic letters: the comma, semicolon, question mark and digits serve Syriac, Thaana, N'Ko texts too.
            else if ScalarClass.isArabic(scalar) { if !isArabicPunctuationOrDigit(scalar.value) { arabic += 1 } }
            else if ScalarClass.isHan(scalar) { han += 1 }
            else if scalar.value >= 0x370 {
                if let script = WritingScript.additionalScript(of: scalar) { others[script, default: 0] += 1 }
                // Letters of a script no language here is usual for (Syriac, Tifinagh, Vai, Yi, Adlam …).
                else if scalar.properties.isAlphabetic { unnamed += 1 }
            }
        }
        let kana = others.removeValue(forKey: .kana) ?? 0
        // Han characters carry a word each: weigh them up. Japanese mixes Han
        // with kana; Chinese writes next to none.
        var counts: [(Language?, Int)] = [(nil, latin), (.russian, cyrillic), (.arabic, arabic)]
        if kana >= 3, kana * 20 >= han + kana {
            counts.append((WritingScript.kana.usualLanguage, (han + kana) * 3))
        } else {
            counts.append((.chinese, han * 3))
        }
        for (script, count) in others.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let language = script.usualLanguage else { continue }
            counts.append((language, count))
        }
        // A text mostly in such a script is in no language the script suggests: nil, so a name or a tag decides.
        guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 > 0, best.1 > unnamed else { return nil }
        // Persian, Urdu, Kurdish … write the Arabic script too: told apart by their letters and words.
        if best.0 == .arabic { return ArabicScriptLanguages.language(scalars) }
        // Ukrainian, Belarusian, Kazakh … write the Cyrillic script too; traditional Chinese and Cantonese the Han
        // script: told apart by the letters their alphabets (CLDR's exemplar characters) hold.
        if best.0 == .russian { return LetterEvidence.cyrillicLanguage(scalars) }
        if best.0 == .chinese { return LetterEvidence.hanLanguage(scalars) }
        if let language = best.0 { return language }
        // Asturian, Galician, Catalan share Spanish and Portuguese frequent words: told apart by words of their own.
        // A text whose words name no language may still be named by its letters beyond ASCII (Polish `ą ę ł`).
        return RomanceKinLanguages.language(scalars, detected: latinLanguage(scalars, headerHints: headerHints, share: share))
            ?? (namingByLetters ? LetterEvidence.latinLanguage(scalars) : nil)
    }

    /// The Arabic comma, semicolon and question mark, the Arabic-Indic and extended Arabic-Indic digits and the
    /// Arabic percent, decimal and thousands signs.
    private static func isArabicPunctuationOrDigit(_ value: UInt32) -> Bool {
        value == 0x060C || value == 0x061B || value == 0x061F || (0x0660...0x066D).contains(value) || (0x06F0...0x06F9).contains(value)
    }

    /// The frequent words of `latinCandidates` of up to four scalars (`packedWord`),
    /// each with the set of candidates (bit i: `latinCandidates[i]`) that list it.
    private static let latinWordTable: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        for (index, conventions) in latinCandidates.enumerated() {
            for word in Set(conventions.frequentWords) {
                guard let key = packedWord(word) else { continue }
                table[key, default: 0] |= 1 << UInt32(index)
            }
        }
        return table
    }()

    /// A word of one to four scalars of the Basic Multilingual Plane, 16 bits each, the first lowest.
    static func packedWord(_ word: String) -> UInt64? {
        let scalars = Array(word.unicodeScalars)
        guard (1...4).contains(scalars.count), scalars.allSatisfy({ $0.value <= 0xFFFF && $0.value != 0 }) else { return nil }
        var key: UInt64 = 0
        for (index, scalar) in scalars.enumerated() { key |= UInt64(scalar.value) << (16 * UInt64(index)) }
        return key
    }

    /// Least share of a text's words that the winner's frequent words must make
    /// (one in `confidentShare`). The frequent words of a language make a fifth
    /// to a third of its running text, seldom less than a tenth (6.5 % in the
    /// sparest constructed Portuguese text). A language Parity
    /// has no profile for shares a few of them by chance (Filipino `para`,
    /// `y`; Welsh `y`, `a`: 3–5 % of their words) and is left undetermined
    /// rather than named wrongly; close kin of a profiled language (Catalan,
    /// Galician) may still reach the share.
    static let confidentShare = 18
    /// The share (one word in `shareAgainstName`) that names a text against the language its file name gives: the
    /// share of a language's own running text, seldom less than a tenth.
    static let shareAgainstName = 10
    /// Fewest words for a share to tell anything: a shorter text (a header
    /// date and a line) is judged by its words and header dates alone.
    static let wordsToJudgeShare = 60

    /// Fewest different frequent words a judged text must use: Welsh writes
    /// its article `y` as often as Spanish its conjunction, but no other word
    /// of the Spanish list.
    static let confidentDistinctWords = 3

    /// Whether `hits` frequent words (`distinct` different ones) among `words` words name a language with confidence.
    static func isConfident(_ hits: Int, distinct: Int, of words: Int, share: Int = confidentShare) -> Bool {
        words < wordsToJudgeShare || hits * share >= words && distinct >= confidentDistinctWords
    }

    /// English, French or Spanish (or German or Portuguese), by counts of
    /// frequent words; a month name in a header date line counts as much as
    /// ten words. A language beyond the UN six wins only with twice the
    /// words of the best UN language.
    static func latinLanguage(_ scalars: [Unicode.Scalar], headerHints: [Language] = [], share: Int = confidentShare) -> Language? {
        let candidates = latinCandidates
        let table = latinWordTable
        var scores = [Int](repeating: 0, count: candidates.count)
        // The word so far, lower-cased, packed 16 bits a scalar (`packedWord`); only words of up to four letters count.
        var key: UInt64 = 0
        var length = 0
        var packable = true
        var wordCount = 0
        var distinct = [Set<UInt64>](repeating: [], count: candidates.count)
        func flush() {
            if length > 0 { wordCount += 1 }
            if length > 0, length <= 4, packable, var members = table[key] {
                while members != 0 {
                    scores[members.trailingZeroBitCount] += 1
                    distinct[members.trailingZeroBitCount].insert(key)
                    members &= members - 1
                }
            }
            key = 0
            length = 0
            packable = true
        }
        for scalar in scalars {
            let value = scalar.value
            let isLetter = value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : scalar.properties.isAlphabetic
            guard isLetter else {
                flush()
                continue
            }
            if length < 4 {
                var lower = value
                if value < 0x80 {
                    if value <= 0x5A { lower = value + 32 }
                } else if ScalarClass.isUppercase(scalar) {
                    lower = scalar.properties.lowercaseMapping.unicodeScalars.first!.value
                }
                if lower > 0xFFFF { packable = false }
                key |= UInt64(lower & 0xFFFF) << (16 * UInt64(length))
            }
            length += 1
        }
        flush()
        let wordScores = scores
        for hint in headerHints {
            if let index = candidates.firstIndex(where: { $0.language == hint }) { scores[index] += 10 }
        }
        let un = candidates.indices.filter { candidates[$0].language.isUNOfficial }
        let bestUN = un.max { scores[$0] < scores[$1] }
        let unScore = bestUN.map { scores[$0] } ?? 0
        let other = candidates.indices.filter { !candidates[$0].language.isUNOfficial }.max { scores[$0] < scores[$1] }
        if let other, scores[other] >= 3, scores[other] >= 2 * unScore {
            return isConfident(wordScores[other], distinct: distinct[other].count, of: wordCount, share: share) ? candidates[other].language : nil
        }
        guard let bestUN, unScore > 0, isConfident(wordScores[bestUN], distinct: distinct[bestUN].count, of: wordCount, share: share) else { return nil }
        return candidates[bestUN].language
    }
}
