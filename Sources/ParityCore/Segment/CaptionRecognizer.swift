/// Recognizes caption lines: the table-of-contents caption and its column
/// captions, and the annex caption, in any language with a table.
enum CaptionRecognizer {
    /// Whether `text` is a table-of-contents caption ("Índice", "Contents", "Содержание", "المحتويات", "目录").
    static func isTableOfContentsCaption(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 30 else { return false }
        let lower = text.lowercased().trimmingWhitespace()
        return tableOfContentsCaptions.contains(lower)
    }

    /// The table-of-contents captions of every language.
    private static let tableOfContentsCaptions = Set(LanguageConventions.all.flatMap(\.tableOfContentsCaptions))

    /// Whether `text` is a line of table-of-contents column captions ("Párrafos Página").
    static func isTableOfContentsColumnCaption(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 60 else { return false }
        let words = text.lowercased().split { $0 == " " || $0 == "\t" }
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            let key = String(word)
            let bare = key.hasSuffix(".") ? String(key.dropLast()) : key
            return columnWords.contains(key) || columnWords.contains(bare)
        }
    }

    /// The table-of-contents column words of every language.
    private static let columnWords = Set(LanguageConventions.all.flatMap(\.tableOfContentsColumnWords))

    /// ASCII first letters of the column words, or nil when a column word starts with a precomposed letter.
    private static let columnWordASCIIFirsts: Set<UInt8>? = {
        let firsts = columnWords.compactMap(\.unicodeScalars.first)
        return firsts.contains { (0x80..<0x370).contains($0.value) } ? nil : Set(firsts.filter(\.isASCII).map { UInt8($0.value) })
    }()

    /// False only when `isTableOfContentsColumnCaption` is nil for the line `bytes[start..<end]`:
    /// its first word (after spaces and tabs) must start as a column word does.
    static func tableOfContentsColumnCaptionMayMatch(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < end else { return false }
        let byte = bytes[index]
        guard byte < 0x80, let columnWordASCIIFirsts else { return true }
        return columnWordASCIIFirsts.contains(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    }

    /// If `text` is an annex caption ("Anexo", "Annex II", "Приложение", "المرفق", "附件一"),
    /// the annex's own label or an empty string; `nil` otherwise. A number is
    /// labelled by its value in Roman numerals, whatever its digits (`Annex 1`,
    /// `Annex I`, `附件一` → `I`); a letter stays a letter (`Annex B` → `B`).
    static func annexLabel(_ text: String) -> String? {
        // Arabic vowel signs and tatweel are no letters of the word (`المُرفق الأوّل` is `المرفق الأول`).
        if text.unicodeScalars.contains(where: isArabicMark) {
            return annexLabel(String(String.UnicodeScalarView(text.unicodeScalars.filter { !isArabicMark($0) })))
        }
        guard text.unicodeScalars.count <= 32 else { return nil }
        let lower = text.lowercased()
        let scalars = Array(lower.unicodeScalars)
        for conventions in annexConventions {
            for word in conventions.words where word.scalars.count <= scalars.count && lower.hasPrefix(word.string) {
                let rest = ScalarText.trimmed(scalars[word.scalars.count...])
                // `Annex:`, `المرفق:` alone on its line: the colon that sets a caption over its text is no label.
                if rest.isEmpty || (rest.count == 1 && (rest.first == ":" || rest.first == "：")) { return "" }
                // `المرفق الأول`, `المرفق الثاني`: an ordinal adjective after the word.
                if ScalarClass.isWhitespace(scalars[word.scalars.count]), let value = ArabicNumbering.ordinalAdjectiveValue(rest) {
                    return RomanNumeral.spelling(value)
                }
                let separated = ScalarClass.isWhitespace(scalars[word.scalars.count]) || !conventions.writesSpacesBetweenWords
                guard separated, rest.count <= 6 else { continue }
                if let value = RomanNumeral.lowercaseValue(of: rest) { return RomanNumeral.spelling(value) }
                // `Annex 1`, `अनुसूची १`: the same annex as `Annex I` in another version, labelled by its value.
                if let value = Numerals.decimalValue(rest) { return RomanNumeral.spelling(value) }
                if let value = ChineseNumeral.labelValue(rest) { return RomanNumeral.spelling(value) }
                if let value = ArabicNumbering.ordinalValue(rest) { return RomanNumeral.spelling(value) }
                if rest.count == 1, let position = Numerals.latinPosition(rest.first!) { return Numerals.latinLetter(position) }
            }
        }
        return nil
    }

    /// An Arabic vowel sign (harakat, tanwin, shadda, sukun, dagger alif) or tatweel.
    private static func isArabicMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0640, 0x064B...0x065F, 0x0670: return true
        default: return false
        }
    }

    /// What the annex captions of one language are read with, taken once from
    /// `LanguageConventions.all` (in its order) so that reading a caption copies no conventions.
    private struct AnnexConventions: Sendable {
        struct Word: Sendable {
            var string: String
            var scalars: [Unicode.Scalar]
        }
        var words: [Word]
        var writesSpacesBetweenWords: Bool
        var linkWords: [String]
        var linkWordScalars: [[Unicode.Scalar]]
    }

    private static let annexConventions: [AnnexConventions] = LanguageConventions.all.map { conventions in
        AnnexConventions(
            words: conventions.annexWords.map { AnnexConventions.Word(string: $0, scalars: Array($0.unicodeScalars)) },
            writesSpacesBetweenWords: conventions.writesSpacesBetweenWords,
            linkWords: conventions.annexLinkWords,
            linkWordScalars: conventions.annexLinkWords.map { Array($0.unicodeScalars) })
    }

    /// Lower-cased ASCII first letters of the annex words, or nil when some annex word
    /// starts with a precomposed letter (which an ASCII letter and a combining mark equal).
    private static let annexASCIIFirsts: Set<Unicode.Scalar>? = {
        let firsts = LanguageConventions.all.flatMap(\.annexWords).compactMap(\.unicodeScalars.first)
        return firsts.contains { (0x80..<0x370).contains($0.value) } ? nil : Set(firsts.filter(\.isASCII))
    }()

    /// False only when `annexLabel` is nil for every text whose first scalar is `first`:
    /// an ASCII first scalar must lower-case to the first letter of an annex word.
    static func annexLabelMayStart(_ first: Unicode.Scalar) -> Bool {
        guard first.isASCII, let annexASCIIFirsts else { return true }
        let value = first.value
        return annexASCIIFirsts.contains((65...90).contains(value) ? Unicode.Scalar(value + 32)! : first)
    }

    /// Lower-cased last scalars of the annex words.
    private static let annexWordEnds = Set(LanguageConventions.all.flatMap(\.annexWords).compactMap(\.unicodeScalars.last))

    /// False only when `annexCaptionLabel` is nil for `text` (its scalars): a caption
    /// starts with an annex word, or ends with one (a label numeral may follow it).
    static func annexCaptionMayMatch(_ text: [Unicode.Scalar]) -> Bool {
        let end = text.count - trailingFootnoteMarkerLength(text)
        guard let first = text.first, end > 0 else { return false }
        return annexWordMayStart(first) || annexWordMayEnd(text[end - 1])
    }

    /// False only when no text whose first scalar is `first` starts with an annex word (`annexLabelMayStart`).
    private static func annexWordMayStart(_ first: Unicode.Scalar) -> Bool {
        annexLabelMayStart(first)
    }

    /// False only when no text whose last scalar is `last` ends with an annex word, or with an annex word
    /// and a label numeral after it: `last` is such a numeral, or lower-cases to the last scalar of an annex word.
    private static func annexWordMayEnd(_ last: Unicode.Scalar) -> Bool {
        if ChineseNumeral.isLabelNumeral(last) || ScalarClass.digit(last) != nil { return true }
        guard let lower = ScalarLowercasing.lowercasedScalar(last) else { return true }
        return annexWordEnds.contains(lower)
    }

    /// The first two scalars of the annex words whose first two are ASCII, lower case, each as
    /// `first << 8 | second`; nil when some annex word starts with a precomposed letter (as `annexASCIIFirsts`).
    private static let annexASCIIPairs: Set<UInt16>? = {
        guard annexASCIIFirsts != nil else { return nil }
        var pairs = Set<UInt16>()
        for word in LanguageConventions.all.flatMap(\.annexWords) {
            let scalars = Array(word.unicodeScalars.prefix(2))
            guard let first = scalars.first, first.isASCII else { continue }
            // A word of one scalar, or a second scalar outside ASCII (which an ASCII letter and a combining mark
            // may equal): any second scalar may follow.
            guard scalars.count == 2, scalars[1].isASCII else { return nil }
            pairs.insert(UInt16(scalars[0].value) << 8 | UInt16(scalars[1].value))
        }
        return pairs
    }()

    /// False only when `annexLabel` is nil for the text `scalars`: it must start with an annex word (compared in
    /// lower case, by characters): a text whose first two scalars are ASCII starts with one only when they are,
    /// lower-cased, the first two of an annex word (an ASCII scalar is a character of its own before another
    /// ASCII scalar, equal only to itself); a text of another start may.
    static func annexLabelMayMatch(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        guard annexLabelMayStart(first) else { return false }
        guard scalars.count >= 2, first.isASCII, scalars[1].isASCII, let annexASCIIPairs else { return true }
        func lower(_ value: UInt32) -> UInt16 { UInt16(value >= 0x41 && value <= 0x5A ? value + 0x20 : value) }
        return annexASCIIPairs.contains(lower(first.value) << 8 | lower(scalars[1].value))
    }

    /// Length of the footnote marker (`*`, `**`, `†`, `‡`) that ends `text`, 0 if none.
    static func trailingFootnoteMarkerLength(_ text: [Unicode.Scalar]) -> Int {
        var length = 0
        while length < text.count, ["*", "\u{2020}", "\u{2021}"].contains(text[text.count - 1 - length]) { length += 1 }
        return length
    }

    /// Longest annex caption with a title or a link to its document (scalars).
    static let maximumCaptionLength = 400

    /// If `text` is an annex caption, short ("Annex II") or long — with a
    /// title after a dash or colon ("ANNEX 1 - Comprehensive plan"), or linked
    /// to the document it is annexed to ("Annex to the letter dated …",
    /// "Приложение к вербальной ноте …", "…给秘书长的普通照会的附件") — the
    /// annex's own label or an empty string; `nil` otherwise. A long caption
    /// does not end a sentence.
    static func annexCaptionLabel(_ text: String) -> String? {
        annexCaptionLabel(scalars: ScalarText.scalars(of: text))
    }

    /// ``annexCaptionLabel(_:)`` of the text `marked` (its scalars, as the
    /// segmenter's lines have them: no string is made of a line that cannot
    /// be a caption). Lines that neither start as an annex word may (their
    /// first scalar) nor end as one may (their last) are ruled out first;
    /// the text is lower-cased scalar by scalar (``ScalarLowercasing``, the
    /// same scalars as `String.lowercased()`).
    /// `filtering: false` reads every text in full (for tests: the filters change no answer).
    static func annexCaptionLabel(scalars marked: [Unicode.Scalar], filtering: Bool = true) -> String? {
        // `Annex*`, `附件*`: a footnote marker after the caption is no part of it.
        let markerLength = trailingFootnoteMarkerLength(marked)
        guard markerLength < marked.count else { return nil }
        let scalars = markerLength == 0 ? marked : Array(ScalarText.trimmed(marked[..<(marked.count - markerLength)]))
        guard scalars.count <= maximumCaptionLength, let first = scalars.first, let last = scalars.last,
              !filtering || annexWordMayStart(first) || annexWordMayEnd(last) else { return nil }
        // `annexLabel` reads a text that starts with an annex word: its first two scalars may be those of one.
        if scalars.count <= 32, !filtering || annexLabelMayMatch(scalars), let label = annexLabel(ScalarText.string(scalars)) { return label }
        guard !ScalarText.endsSentence(scalars) else { return nil }
        let lower = ScalarLowercasing.lowercased(scalars)
        guard lower.count == scalars.count else { return nil }
        for conventions in annexConventions {
            for annexWord in conventions.words {
                let word = annexWord.string, wordScalars = annexWord.scalars
                if lower.starts(with: wordScalars), let label = linkedOrTitled(lower, after: wordScalars.count, conventions) {
                    return label
                }
                // The annex word last, after a link word: "…的附件", "… का अनुलग्नक", and its label after it: "…的附件一".
                var end = lower.count
                var label = ""
                if !conventions.writesSpacesBetweenWords {
                    var numeralStart = end
                    while numeralStart > 0, end - numeralStart < 4,
                          ChineseNumeral.isLabelNumeral(lower[numeralStart - 1]) || ScalarClass.digit(lower[numeralStart - 1]) != nil {
                        numeralStart -= 1
                    }
                    if numeralStart < end, numeralStart >= wordScalars.count,
                       lower[(numeralStart - wordScalars.count)..<numeralStart].elementsEqual(wordScalars),
                       let value = annexLabel(word + ScalarText.string(lower[numeralStart..<end])), !value.isEmpty {
                        label = value
                        end = numeralStart
                    }
                }
                if end > wordScalars.count, lower[(end - wordScalars.count)..<end].elementsEqual(wordScalars) {
                    let before = ScalarText.trimmed(lower[..<(end - wordScalars.count)])
                    for linkScalars in conventions.linkWordScalars {
                        guard before.count > linkScalars.count, before.suffix(linkScalars.count).elementsEqual(linkScalars) else { continue }
                        if conventions.writesSpacesBetweenWords {
                            guard ScalarClass.isWhitespace(before[before.endIndex - linkScalars.count - 1]) else { continue }
                        }
                        return label
                    }
                    // Another language of the script links with its own particle (Cantonese `…嘅附件`, where Mandarin
                    // writes `…的附件`): one letter run into the annex word, in a caption that names its document by a
                    // date or number, as a linked caption does.
                    if !conventions.writesSpacesBetweenWords, let particle = before.last, !ScalarClass.isWhitespace(particle),
                       particle.properties.isAlphabetic, before.contains(where: { ScalarClass.digit($0) != nil }) {
                        return label
                    }
                }
            }
        }
        return nil
    }

    /// After the annex word at `start`: an optional label, then a link word
    /// and more text, or a dash or colon and a title.
    private static func linkedOrTitled(_ lower: [Unicode.Scalar], after start: Int, _ conventions: AnnexConventions) -> String? {
        guard start < lower.count, ScalarClass.isWhitespace(lower[start]) || !conventions.writesSpacesBetweenWords else { return nil }
        var index = start
        while index < lower.count, ScalarClass.isWhitespace(lower[index]) { index += 1 }
        // The next word: a label, or already the link word.
        var wordEnd = index
        while wordEnd < lower.count, !ScalarClass.isWhitespace(lower[wordEnd]) { wordEnd += 1 }
        var label = ""
        if conventions.writesSpacesBetweenWords, conventions.linkWords.contains(ScalarText.string(lower[index..<wordEnd])) {
            return wordEnd < lower.count ? "" : nil
        }
        var titled = false
        if wordEnd > index + 1, lower[wordEnd - 1] == ":" {
            titled = true
            wordEnd -= 1
        }
        if wordEnd > index, let value = annexLabel(conventions.words[0].string + " " + ScalarText.string(lower[index..<wordEnd])), !value.isEmpty {
            label = value
            if titled { return wordEnd + 1 < lower.count ? label : nil }
            index = wordEnd
            while index < lower.count, ScalarClass.isWhitespace(lower[index]) { index += 1 }
            wordEnd = index
            while wordEnd < lower.count, !ScalarClass.isWhitespace(lower[wordEnd]) { wordEnd += 1 }
        }
        guard wordEnd < lower.count else { return nil }
        let next = ScalarText.string(lower[index..<wordEnd])
        if conventions.writesSpacesBetweenWords, conventions.linkWords.contains(next) { return label }
        // "ANNEX 1 - Title", "Annex II: Title": a numbered annex and its title.
        if !label.isEmpty, ["-", "–", "—", ":"].contains(next) { return label }
        return nil
    }
}
