/// Reads the values of a text by the rules of its language — figures,
/// amounts with scale and currency, percentages, dates, years, ordinals,
/// references, times, document symbols and resolution numbers — so that
/// "20%" = "20 por ciento" = "20 في المائة" = "百分之二十",
/// "12 de julio de 2006" = "12 July 2006" = "12 تموز/يوليه 2006" = "2006年7月12日",
/// "10.12.1948" = "1948.12.10" = "10 de diciembre de 1948",
/// "100.000 millones" = "100 billion", "217 A (III)" = "217 ألف (د-3)", and
/// `1,000` (English) = `1.000` (Spanish) = `1 000`.
///
/// Every token access goes through a bounds-checked cursor
/// (``NumberTokenCursor``), and each pattern reads a bounded number of
/// tokens from where it starts, so reading is linear in the text's length.
public struct NumberExtractor: Sendable {
    /// The language of the text; it decides the decimal mark and the scale words.
    public var language: Language?
    private let sharedVocabulary: SharedNumberVocabulary
    var vocabulary: NumberVocabulary { sharedVocabulary.value }

    /// Creates an extractor for text in `language`.
    public init(language: Language? = nil) {
        self.language = language
        sharedVocabulary = SharedNumberVocabulary(.forLanguage(NumberExtractor.code(of: language)))
    }

    /// Creates an extractor for text in the language with `code` ("de", "hi",
    /// ...); languages without number tables follow the general convention.
    public init(languageCode: String?) {
        self.language = languageCode.flatMap { Language(code: $0) }
        sharedVocabulary = SharedNumberVocabulary(.forLanguage(languageCode))
    }

    /// The code under which the language's number tables are kept ("es",
    /// "zh", ...): the one place that asks a `Language` for its code.
    static func code(of language: Language?) -> String? { language?.primary }

    /// Whether `text` may hold a value: an ASCII digit (by a UTF-8 byte scan),
    /// or, in text with non-ASCII letters, a digit of another system, an
    /// Ethiopic numeral (`EthiopicNumeral`), or one
    /// of the characters that start or end a value in Chinese numerals
    /// (`第`, `年`, `月`, `百`: 第三条, 二〇〇六年, 百分之二十).
    static func containsDigit(_ text: String) -> Bool {
        var nonASCII = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { return true }
            if byte >= 0x80 { nonASCII = true }
        }
        if mayHoldRomanYear(text) { return true }
        guard nonASCII else { return false }
        for scalar in text.unicodeScalars where scalar.value >= 0x660 {
            switch scalar {
            case "第", "年", "月", "百": return true
            default: if DecimalDigit.value(scalar) != nil || EthiopicNumeral.isNumeral(scalar) { return true }
            }
        }
        return false
    }

    /// Whether `text` writes a word of upper-case Roman numerals that begins
    /// with `M` (`MMXXVI`), a year a date may be written with (Latin `die XII
    /// mensis Maii, anno MMXXVI`): a scan of the UTF-8 bytes.
    static func mayHoldRomanYear(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isRomanCapital(_ byte: UInt8) -> Bool {
                switch byte {
                case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: return true
                default: return false
                }
            }
            func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) }
            var previousIsLetter = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x4D, !previousIsLetter {
                    // A run of Roman capitals from this M to a byte that is no letter.
                    var end = index + 1, length = 1
                    while end < bytes.count, isRomanCapital(bytes[end]) {
                        end += 1
                        length += 1
                    }
                    let endsWord = end == bytes.count || !isLetter(bytes[end])
                    if length >= 2, endsWord { return true }
                }
                previousIsLetter = isLetter(byte)
                index += 1
            }
            return false
        }
    }

    /// Numbers written without digits (number words, Roman and Chinese
    /// numerals) in text of any language, as canonical figures.
    public static func tentativeNumbers(_ text: String) -> [String] {
        NumberWordReader(vocabulary: .forLanguage(nil)).values(in: text)
    }

    /// Numbers written without digits in text of this extractor's language.
    public func tentativeNumbers(_ text: String) -> [String] {
        NumberWordReader(vocabulary: sharedVocabulary).values(in: text)
    }

    /// The cardinals and ordinals `text` writes in number words only
    /// (`seventeenth`, `treinta`, `dix-sept`), as values of kind `number`
    /// marked ``ExtractedNumber/isSpelledOut``, in order; not the numeric
    /// adjectives (`decenal`), Roman or Chinese numerals, nor words inside a
    /// value read from figures (`cent` of `20 pour cent`).
    public func spelledOutFigures(_ text: String) -> [ExtractedNumber] {
        let values = extract(text)
        return spelledNumbers(text).filter { word in
            word.isCounting && !values.contains { $0.scalarRange.overlaps(word.scalarRange) }
        }.map(\.asValue)
    }

    /// Numbers written without digits in `text`, with where they are written.
    func spelledNumbers(_ text: String) -> [SpelledNumber] {
        NumberWordReader(vocabulary: sharedVocabulary).numbers(in: text)
    }

    /// The values found in `text`, the numbers it writes without digits and
    /// its length in scalars: one pass over the text for the words, the test
    /// for figures and the length.
    func valuesAndWords(_ text: String) -> (values: [ExtractedNumber], words: [SpelledNumber], scalarCount: Int) {
        let (words, mayHoldFigures, scalarCount) = NumberWordReader(vocabulary: sharedVocabulary).read(text)
        return (mayHoldFigures || mayHoldValuesWithoutDigits(text, words) ? values(text) : [], words, scalarCount)
    }

    /// The values found in `text`, in order.
    public func extract(_ text: String) -> [ExtractedNumber] {
        guard NumberExtractor.containsDigit(text)
                || ((vocabulary.clock != nil || vocabulary.writesDatesInWords) && mayHoldValuesWithoutDigits(text, spelledNumbers(text)))
        else { return [] }
        return values(text)
    }

    /// Whether a text without digits may still hold a value: a Roman year
    /// (``mayHoldRomanYear(_:)``), a year in number words in a language that
    /// writes dates in words (``NumberVocabulary/writesDatesInWords``), or, in a language whose clock counts from
    /// 6 a.m. (``ClockReckoning``), an hour written in words (`saa nne
    /// asubuhi`), given the number words `words` the text writes.
    private func mayHoldValuesWithoutDigits(_ text: String, _ words: [SpelledNumber]) -> Bool {
        if vocabulary.clock != nil, words.contains(where: { (1...12).contains($0.value) }) { return true }
        // A year in words after a month (Latin `anno bis millesimo vicesimo sexto`, ``NumberValueReader/wordYear(at:)``).
        if vocabulary.writesDatesInWords, words.contains(where: { (1000...2999).contains($0.value) }) { return true }
        return NumberExtractor.mayHoldRomanYear(text)
    }

    private func values(_ text: String) -> [ExtractedNumber] {
        read(text).values
    }

    /// The values of `text` and the cursor they were read with (its tokens and the words the readers made).
    private func read(_ text: String) -> (values: [ExtractedNumber], cursor: NumberTokenCursor) {
        let scalars = ScalarText.scalars(of: text)
        let tokens = NumberTokenizer(decimalComma: vocabulary.decimalComma, lakhGrouping: vocabulary.lakhGrouping,
                                     reversedSpaceGroups: vocabulary.reversedSpaceGroups, dayFirstDates: vocabulary.dayFirstDates,
                                     decimalMarkUnknown: vocabulary.decimalMarkUnknown,
                                     spaceGroupsUsual: vocabulary.spaceGroupsUsual,
                                     splitsElisions: vocabulary.readsElisions).tokenize(scalars)
        let cursor = NumberTokenCursor(tokens: tokens, scalars: scalars)
        var reader = NumberValueReader(cursor: cursor, vocabulary: sharedVocabulary)
        var values = reader.readAll()
        markRanges(&values, scalars)
        return (values, cursor)
    }

    /// What reading the values of `text` cost in words: its tokens, its word
    /// tokens, how often the readers asked for a word's text and how many
    /// word strings were made (``NumberTokenWords``). The scaling tests
    /// check that asks grow with the tokens, not with the figures times the
    /// tokens, and that no word is made twice.
    func wordCost(_ text: String) -> (values: Int, tokens: Int, wordTokens: Int, asks: Int, made: Int) {
        let (values, cursor) = read(text)
        return (values.count, cursor.count, cursor.tokens.filter { $0.kind == .word }.count, cursor.words.asks, cursor.words.made)
    }

    /// Marks each value that a range connector joins to the next value
    /// (``ExtractedNumber/startsRange``): what is written between the two is
    /// a dash or a range word of the language (`to`, `al`, `至`), not a
    /// conjunction (`and`, `y`).
    func markRanges(_ values: inout [ExtractedNumber], _ scalars: [Unicode.Scalar]) {
        guard values.count >= 2 else { return }
        for index in values.indices.dropLast() {
            let gap = values[index].scalarRange.upperBound..<values[index + 1].scalarRange.lowerBound
            guard gap.count <= 12 else { continue }
            var between = scalars[gap][...]
            while let first = between.first, NumberTokenizer.isWhitespace(first) { between = between.dropFirst() }
            while let last = between.last, NumberTokenizer.isWhitespace(last) { between = between.dropLast() }
            guard !between.isEmpty else { continue }
            let text = between.count == 1 ? ScalarText.string(between) : NumberTokenizer.normalizedWord(Array(between), 0..<between.count)
            if RangeWords.rangeMarks.contains(text) || (vocabulary.connectors.contains(text) && !RangeWords.conjunctions.contains(text)) {
                values[index].startsRange = true
            }
        }
    }
}
