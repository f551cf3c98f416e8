/// A caption line read by its shape alone, whatever its word: ONE word of
/// any script, or its abbreviation with a point (`Art. 1 Definiziuns`,
/// `Čl. 3 Cieľ`), followed by a numbering label — `Додаток I`, `Madde 3`,
/// `Załącznik II do listu …`, `Lengo 1. Kupunguza …` — or, in a script
/// written without spaces, a number between a prefix and a suffix (`제1장`,
/// `제3조`). The word (or prefix and suffix) is the caption's `key`: lines
/// with the same key whose numbers run 1, 2, 3 … make a sequence
/// (`NumberedCaptionSequence`), and only a sequence is a caption.
///
/// Words the language tables know (`Annex`, `Article`, `Chapter` …) are read
/// by `CaptionRecognizer`, `ArticleLine` and `DivisionLine`; this reads the
/// others.
enum NumberedCaption {
    /// A candidate caption line.
    struct Match: Sendable, Hashable {
        /// The word as written, lower-cased (`додаток`), or `prefix#suffix` (`제#조`).
        var key: String
        var number: Int
        /// How the label is spelled: `roman`, `digits`, `letter`, `ordinal`;
        /// the caption's own label is written in that style (`II`, `2`, `B`).
        var style: Style
        /// Scalars taken by the word, the label, a separator and the white space after it.
        var labelLength: Int
        /// Whether text follows the label on the line (a title or a link: `do listu …`).
        var hasRest: Bool
        /// Whether that text is a short title ending with a full stop (`Kapitulli 1. Qëllimi.`): such a
        /// line may also be a one-line paragraph, so its sequence is read as articles only
        /// (`NumberedCaptionSequence`), where the paragraphs under it restart at 1.
        var titleEndsSentence = false
        /// The word in the number's place of a `firstWord` caption, lower-cased (`kwanza`, `primero`, `chied`).
        var numberWord: String? = nil
        /// Whether that word is written as the caption's name is: all in capitals after a name in capitals
        /// (`TÍTULO PRIMERO`), with a capital (or a caseless letter) first after a capitalized name (`Ibara ya Kwanza`).
        var numberWordAgrees = false
    }

    /// `firstWord`: a word no table reads standing where the number stands (`Ibara ya Kwanza`, the ordinal
    /// "first" before `Ibara ya 2`), read as 1 and kept only as the first caption of a sequence whose next caption
    /// is numbered 2 (`NumberedCaptionSequence.sequences`).
    enum Style: Sendable, Hashable { case roman, digits, letter, ordinal, word, firstWord }

    /// Longest caption line (scalars).
    static let maximumLength = 400
    /// Longest caption word (scalars).
    static let maximumWordLength = 24

    /// The caption `text` (a unit's first line, markup removed) reads as, if any.
    static func match(_ text: [Unicode.Scalar]) -> Match? {
        guard let first = text.first, text.count <= maximumLength else { return nil }
        if ScalarClass.isCaselessLetter(first), !ScalarClass.isHan(first), !ScalarClass.isArabic(first), let match = unspaced(text) {
            return match
        }
        guard ScalarClass.isUppercase(first) || ScalarClass.isArabic(first) || ScalarClass.isCaselessLetter(first) else { return nil }
        var index = wordEnd(text, from: 0)
        let word = text[0..<index]
        // `Art. 1 Definiziuns`, `Čl. 3 Cieľ`: the word abbreviated, its point before the white space.
        if index < text.count, text[index] == "." { index += 1 }
        guard word.count >= 2, word.count <= maximumWordLength, index < text.count, ScalarClass.isWhitespace(text[index]) else { return nil }
        // A word in capitals or with a capital first (`ANEXO`, `Додаток`), not a lower-case word after a capital.
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        var labelStart = index
        var keyEnd = word.endIndex
        var words = 1
        var found: (Int, Style)?
        // A word no table reads in the number's place, ending the line or before a separator and a title
        // (`Ibara ya Kwanza`, `Ibara ya Kwanza – Madhumuni`): the caption numbered by an ordinal word for 1, if
        // nothing else reads the line.
        var firstWord: Match?
        /// A further word of the name starts with a capital after a first word in lower case after its capital
        /// (`Gima Idwaro 1: …`, `Sini Autu 2: …`): a name in title case, read only before a separator and a title.
        var titleCaseName = false
        while found == nil {
            labelStart = index
            while index < text.count, !ScalarClass.isWhitespace(text[index]) {
                // A hyphen between digits and their ordinal ending (`1-nji`) is part of the label.
                if isSeparator(text[index]) {
                    guard isJoiningHyphen(text[index]), index > labelStart, ScalarClass.digit(text[index - 1]) != nil,
                          index + 1 < text.count, ScalarClass.isLowercase(text[index + 1]) else { break }
                }
                index += 1
            }
            guard index > labelStart else { return firstWord }
            if let value = labelValue(text[labelStart..<index]) {
                // After more than one word, only a numeral or a letter: `Хушса ҫырни I`, `KAROLO YA II`, `Ingingo ya 3`.
                guard words == 1 || value.1 == .roman || value.1 == .digits || value.1 == .letter else { return firstWord }
                found = value
                break
            }
            if firstWord == nil {
                firstWord = wordInNumberPlace(text, name: text[0..<keyEnd], words: words, labelStart: labelStart, labelEnd: index)
            }
            // The caption's name may be of a few words, the numeral after them (`KAROLO YA I`, `ᱥᱟᱞᱟᱜ ᱦᱟᱹᱴᱤᱧ II`):
            // a further word of letters, white space after it.
            guard words < maximumCaptionWords, index < text.count, ScalarClass.isWhitespace(text[index]),
                  wordEnd(text, from: labelStart) == index, text[labelStart].properties.isAlphabetic,
                  index - labelStart <= maximumWordLength else { return firstWord }
            // Its further words are particles in lower case (`Ibara ya`, `Phụ lục`) or the whole name is in capitals
            // (`SURA YA`): a capitalized word after the first starts a caption of its own ("Dalam Pasal 5") — unless
            // the name is in title case and its number comes before a separator and a title (`Gima Idwaro 1: …`).
            if ScalarClass.isUppercase(text[labelStart]) {
                if word.contains(where: ScalarClass.isLowercase) || text[labelStart..<index].contains(where: ScalarClass.isLowercase) {
                    guard text[labelStart + 1..<index].allSatisfy({ !ScalarClass.isUppercase($0) }),
                          word.dropFirst().allSatisfy({ !ScalarClass.isUppercase($0) }) else { return firstWord }
                    titleCaseName = true
                }
            }
            words += 1
            keyEnd = index
            while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        }
        guard let (number, style) = found else { return firstWord }
        if style == .digits { index = ordinalParticleEnd(text, index) ?? index }
        guard let (labelLength, hasRest, titleEndsSentence) = rest(text, index) else { return firstWord }
        // A name of several words ends the line or comes before a separator and a title: "Table of the costs 2 …" is text.
        if words > 1, hasRest, !text[index..<labelLength].contains(where: isSeparator) { return firstWord }
        if titleCaseName, !hasRest { return firstWord }
        // A number word (`परिशिष्ट एक`) ends the line or comes before a separator: "Appendix to the report" is no caption.
        if style == .word, hasRest, !text[index..<labelLength].contains(where: isSeparator) { return firstWord }
        if titleEndsSentence, style == .word { return firstWord }
        return Match(key: captionKey(text[0..<keyEnd]), number: number, style: style, labelLength: labelLength, hasRest: hasRest,
                     titleEndsSentence: titleEndsSentence)
    }

    /// Where an ordinal particle after a caption's number ends: white space, one to `maximumParticleLength` letters of
    /// a script written without capitals, then a separator (Tibetan `དོན་ཚན་ ༡ པ། དམིགས་ཡུལ།`, "article 1 -th: aim").
    private static func ordinalParticleEnd(_ text: [Unicode.Scalar], _ numberEnd: Int) -> Int? {
        var index = numberEnd
        guard index < text.count, ScalarClass.isWhitespace(text[index]) else { return nil }
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        let start = index
        while index < text.count, index - start <= maximumParticleLength, ScalarClass.isCaselessLetter(text[index]) { index += 1 }
        guard index > start, index - start <= maximumParticleLength, index < text.count, isSeparator(text[index]) else { return nil }
        return index
    }

    /// Longest ordinal particle after a caption's number (letters).
    static let maximumParticleLength = 3

    /// A caption's name as its key: its words lower-cased, one space apart however the line spaces them.
    private static func captionKey(_ name: ArraySlice<Unicode.Scalar>) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in name where !(ScalarClass.isWhitespace(scalar) && (scalars.last == " ")) {
            scalars.append(ScalarClass.isWhitespace(scalar) ? " " : scalar)
        }
        return ScalarText.string(scalars[...]).lowercased()
    }

    /// The caption `name` numbered by the word at `labelStart..<labelEnd` that no table reads as a number
    /// (`Ibara ya Kwanza`, `Artigo primeiro`): a word of letters starting with a letter of any case, then the end of
    /// the line or a separator and a title that ends no sentence (`Ibara ya Kwanza – Madhumuni`; "Tume ya Pamoja
    /// itakutana …" is text). It is read as 1 (`Style.firstWord`): an ordinal for "first" is the one number written
    /// in words where the later captions write digits, and the sequence keeps it only before caption 2.
    private static func wordInNumberPlace(_ text: [Unicode.Scalar], name: ArraySlice<Unicode.Scalar>, words: Int,
                                          labelStart: Int, labelEnd: Int) -> Match? {
        guard labelEnd - labelStart >= 2, labelEnd - labelStart <= maximumWordLength, words <= maximumCaptionWords,
              wordEnd(text, from: labelStart) == labelEnd, text[labelStart].properties.isAlphabetic,
              let (labelLength, hasRest, titleEndsSentence) = rest(text, labelEnd), !titleEndsSentence,
              !hasRest || text[labelEnd..<labelLength].contains(where: isSeparator) else { return nil }
        let word = text[labelStart..<labelEnd]
        let nameInCapitals = !name.contains(where: ScalarClass.isLowercase)
        let agrees = nameInCapitals ? !word.contains(where: ScalarClass.isLowercase) : !ScalarClass.isLowercase(word.first!)
        return Match(key: captionKey(name), number: 1, style: .firstWord, labelLength: labelLength, hasRest: hasRest,
                     numberWord: ScalarText.string(word).lowercased(), numberWordAgrees: agrees)
    }

    /// The caption a line reads as, word first (`match`) or number first (`matchNumberFirst`, read on
    /// `numberFirstLine`): a word in the number's place (`Style.firstWord`) only when the line is no number-first
    /// caption (`II. melléklet` is annex II, not a caption `ii` numbered by the word `melléklet`).
    static func matchEitherWay(_ line: [Unicode.Scalar], numberFirstLine: [Unicode.Scalar]) -> Match? {
        let wordFirst = match(line)
        if let wordFirst, wordFirst.style != .firstWord { return wordFirst }
        return matchNumberFirst(numberFirstLine) ?? wordFirst
    }

    /// Most words of a caption's name before its numeral (`Хушса ҫырни I`, `KAROLO YA I`): a name of more
    /// words is a phrase of running text.
    static let maximumCaptionWords = 3

    /// A caption whose word comes AFTER its number, as Hungarian, Finnish,
    /// Estonian, Latvian and Lithuanian write articles and chapters: `1. cikk`,
    /// `12 artikla`, `3. pants` — digits, an optional point, ONE word of
    /// letters, then the end of the line or a separator and a title
    /// (`2. pants – Mērķis`). The key is `#` and the word, lower-cased (`#pants`),
    /// so it never joins a sequence of word-first captions. A name of two
    /// words alone on its line (`1 kaq Rakiy`) is read too (`numberFirstName`). Only a sequence of
    /// such lines with the same word is a caption: `1. Bevezetés` alone is a
    /// numbered paragraph or heading as before. The number may be a Roman
    /// numeral in capitals (`I SKYRIUS`, `II. FEJEZET`, `I NODAĻA`, `I. melléklet`):
    /// the caption's label is then written in Roman numerals.
    static func matchNumberFirst(_ text: [Unicode.Scalar]) -> Match? {
        guard text.count <= maximumLength, let (number, style, numberEnd) = leadingNumeral(text) else { return nil }
        var index = numberEnd
        // A name of two words is read only after a number set apart by white space (`1 kaq Rakiy`): not after an
        // ordinal ending or a joining hyphen (`1-Ci Goal`).
        var spaced = false
        if style == .digits, let afterEnding = ordinalEndingEnd(text, numberEnd) {
            // `1-nji maksat.`, `2-ci məqsəd`, `3rd Goal`: an ordinal ending on the number, then the word.
            index = afterEnding
            while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        } else if style == .digits, index + 1 < text.count, isJoiningHyphen(text[index]), isWordScalar(text[index + 1]) {
            // `1-modda`, `3-бап`: the word joined to its number by a hyphen. A letter there (`۱-الف`, the first
            // letter written out) is a target's decimal label, as `1-a` is: no caption word.
            if DecimalLabel.parse(text + [" ", "x"]) != nil { return nil }
            index += 1
        } else {
            if index < text.count, text[index] == "." || text[index] == "．" || LabelParser.isLabelMark(text[index]) { index += 1 }
            guard index < text.count, ScalarClass.isWhitespace(text[index]) else { return nil }
            while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
            spaced = true
        }
        let wordStart = index
        while index < text.count, isWordScalar(text[index]) { index += 1 }
        guard index - wordStart >= 2, index - wordStart <= maximumWordLength, text[wordStart].properties.isAlphabetic,
              index == text.count || ScalarClass.isWhitespace(text[index]) || isSeparator(text[index]) else { return nil }
        let word = text[wordStart..<index]
        if spaced, let (key, length) = numberFirstName(text, firstWordEnd: index) {
            return Match(key: "#" + key, number: number, style: style, labelLength: length, hasRest: false)
        }
        // After the word: the end, or a separator and a title (no second word run into it).
        var end = index
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        if end == text.count { return Match(key: "#" + ScalarText.string(word).lowercased(), number: number, style: style, labelLength: end, hasRest: false) }
        guard isSeparator(text[end]) else { return nil }
        end += 1
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        guard end < text.count else {
            return Match(key: "#" + ScalarText.string(word).lowercased(), number: number, style: style, labelLength: end, hasRest: false)
        }
        let rest = text[end...]
        if ScalarText.endsSentence(Array(rest)) || SpeakerLine.hasDotLeader(rest) { return nil }
        return Match(key: "#" + ScalarText.string(word).lowercased(), number: number, style: style, labelLength: end, hasRest: true)
    }

    /// `1 kaq Rakiy`, `2 kaq Rakiy`: a caption name of two words after its number, alone on its line (as a name
    /// of a few words comes before it in `SURA YA I`; three would read "1. Adopts the report"). The word after the first
    /// (which ends at `firstWordEnd`) are words of letters, each of two scalars or more, and the line ends after the
    /// last: no title follows on the line ("1. Adopts the report" is no caption). The key is the words, lower-cased,
    /// one space apart, and the label the whole line.
    static func numberFirstName(_ text: [Unicode.Scalar], firstWordEnd: Int) -> (key: String, length: Int)? {
        var words = 1
        var cursor = firstWordEnd
        var nameStart = firstWordEnd
        while nameStart > 0, isWordScalar(text[nameStart - 1]) { nameStart -= 1 }
        var name = Array(text[nameStart..<firstWordEnd])
        while words < numberFirstNameWords {
            var next = cursor
            while next < text.count, ScalarClass.isWhitespace(text[next]) { next += 1 }
            guard next > cursor, next < text.count, text[next].properties.isAlphabetic else { return nil }
            var wordEnd = next
            while wordEnd < text.count, isWordScalar(text[wordEnd]) { wordEnd += 1 }
            guard wordEnd - next >= 2, wordEnd - next <= maximumWordLength,
                  wordEnd == text.count || ScalarClass.isWhitespace(text[wordEnd]) else { return nil }
            words += 1
            name += [" "] + text[next..<wordEnd]
            cursor = wordEnd
            var rest = wordEnd
            while rest < text.count, ScalarClass.isWhitespace(text[rest]) { rest += 1 }
            if rest == text.count { return (ScalarText.string(name).lowercased(), text.count) }
        }
        return nil
    }

    /// Most words of a caption's name after its number (`numberFirstName`).
    static let numberFirstNameWords = 2

    /// Where the ordinal ending written on the number that ends at `numberEnd`
    /// ends, when white space and a word follow it: one to
    /// `maximumOrdinalEndingLength` lower-case letters after a joining hyphen
    /// or an apostrophe (`1-nji`, `2-ci`, `3-шы`, `1'inci`), or two to four run
    /// into the digits (`3rd`, `1af`). The ending changes with the number, so
    /// it is no part of the caption's key. `1-modda` (the word itself after the
    /// hyphen, nothing after it) is read as the caption's word.
    static func ordinalEndingEnd(_ text: [Unicode.Scalar], _ numberEnd: Int) -> Int? {
        var index = numberEnd
        guard index < text.count else { return nil }
        let joined = isJoiningHyphen(text[index]) || text[index] == "'" || text[index] == "\u{2019}"
        if joined { index += 1 }
        let start = index
        while index < text.count, index - start <= maximumOrdinalEndingLength, isWordScalar(text[index]), ScalarClass.isLowercase(text[index]) {
            index += 1
        }
        let length = index - start
        guard length >= (joined ? 1 : 2), length <= maximumOrdinalEndingLength, index + 1 < text.count,
              ScalarClass.isWhitespace(text[index]) else { return nil }
        var next = index
        while next < text.count, ScalarClass.isWhitespace(text[next]) { next += 1 }
        return next < text.count && isWordScalar(text[next]) ? index : nil
    }

    /// The hyphens that join a number to the word after it (`1-modda`, `2‑бап`), not the dashes that set a title apart.
    static func isJoiningHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// Longest Roman numeral read before a caption's word (`XXVIII`).
    static let maximumRomanLength = 7

    /// The number a number-first caption starts with: one to three digits of
    /// any script, or a Roman numeral in capitals; its value, style and end.
    private static func leadingNumeral(_ text: [Unicode.Scalar]) -> (Int, Style, Int)? {
        var index = 0
        while index < text.count, index < 4, ScalarClass.digit(text[index]) != nil { index += 1 }
        if index > 0 {
            guard index <= 3, let number = Numerals.decimalValue(text[0..<index]) else { return nil }
            return (number, .digits, index)
        }
        while index < text.count, index <= maximumRomanLength, isRomanCapital(text[index]) { index += 1 }
        guard index > 0, index <= maximumRomanLength, let number = RomanNumeral.value(of: text[0..<index]) else { return nil }
        return (number, .roman, index)
    }

    /// A Roman numeral in capitals with or without a point, alone (`II.`, `IV`): a label set on its own line.
    static func isRomanLabel(_ line: [Unicode.Scalar]) -> Bool {
        let numeral = line.last == "." ? line.dropLast() : line[...]
        return !numeral.isEmpty && numeral.count <= maximumRomanLength && numeral.allSatisfy(isRomanCapital) && RomanNumeral.value(of: numeral) != nil
    }

    private static func isRomanCapital(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "I", "V", "X", "L", "C", "D", "M": return true
        default: return false
        }
    }

    /// A caseless letter or a combining mark (`គោលដៅទី`, `เป้าหมายที่`).
    private static func isCaselessWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isCaselessLetter(scalar) || (!scalar.isASCII && !ScalarClass.isWhitespace(scalar) && isWordScalar(scalar)
            && scalar.properties.generalCategory != .lowercaseLetter && scalar.properties.generalCategory != .uppercaseLetter
            && scalar.properties.generalCategory != .titlecaseLetter)
    }

    /// Whether `scalar` joins the syllables of one word (Tibetan tsheg `་`, the middle dot `·`): punctuation
    /// outside ASCII that ends nothing (no Terminal_Punctuation: no full stop, comma, colon or Ethiopic
    /// word space), known by its Unicode properties, not by a list.
    static func isWordJoiner(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        let properties = scalar.properties
        return properties.generalCategory == .otherPunctuation && !properties.isTerminalPunctuation && !properties.isSentenceTerminal
    }

    /// Whether `scalar` is an apostrophe or an ASCII tone letter that a Latin orthography writes inside or at the end of a
    /// word: the glottal stop of `Hk'a_`, `Kʼicheʼ`, the Lahu tones `^` `_` (`Taw^ 1`, `HK'A_ II`), the grave and tilde
    /// some romanizations type for a tone. After a letter only: on its own it is punctuation or a symbol.
    static func isToneOrApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "^" || scalar == "_" || scalar == "`" || scalar == "~" || scalar == "\u{2019}"
    }

    /// Where the word of letters and marks that starts at `start` ends: its syllables may be joined by a
    /// joiner (`isWordJoiner`), which may also close it (`དམིགས་ཡུལ་ ༡.`).
    static func wordEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < text.count {
            if isWordScalar(text[index]) {
                index += 1
            } else if index > start, isWordJoiner(text[index]) || isToneOrApostrophe(text[index]), isWordScalar(text[index - 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// A letter or a combining mark (a word of a script that writes vowels and
    /// viramas as marks: Bengali `অভীষ্ট`, Thai, Tamil `இலக்கு`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII: the letters are the only alphabetic scalars, and none is a mark.
        if scalar.value < 0x80 { return ScalarClass.isLatinLetter(scalar) }
        return NumberTokenizer.isLetterOrMarkByProperties(scalar)
    }

    /// Whether the first scalars of a line (`prefix`) may open a caption: one
    /// word and a white space, or caseless letters and a digit. A cheap test
    /// before the whole line is read.
    static func mayStart(_ prefix: [Unicode.Scalar]) -> Bool {
        var index = 0
        if let first = prefix.first, first.isASCII, ScalarClass.digit(first) != nil || isRomanCapital(first), mayStartNumberFirst(prefix) {
            return true
        }
        if let first = prefix.first, first.isASCII, ScalarClass.digit(first) != nil { return false }
        index = wordEnd(prefix, from: 0)
        guard index < prefix.count else { return false }
        if ScalarClass.digit(prefix[index]) != nil { return index <= 3 || ScalarClass.isCaselessLetter(prefix[0]) }
        let wordLength = index
        // An abbreviated word (`Art.`, `Čl.`).
        if prefix[index] == ".", index + 1 < prefix.count { index += 1 }
        return wordLength >= 2 && wordLength <= maximumWordLength && ScalarClass.isWhitespace(prefix[index])
    }

    /// `1. cikk`, `12 artikla – …`, `II. FEJEZET`: digits or a Roman numeral, a point, one word, then the end (of the prefix) or a separator.
    private static func mayStartNumberFirst(_ prefix: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < prefix.count, index < 4, ScalarClass.digit(prefix[index]) != nil { index += 1 }
        if index == 0 {
            while index < prefix.count, index <= maximumRomanLength, isRomanCapital(prefix[index]) { index += 1 }
            guard index > 0, index <= maximumRomanLength else { return false }
        }
        guard index <= 3 || ScalarClass.digit(prefix[0]) == nil else { return false }
        if ScalarClass.digit(prefix[0]) != nil, let afterEnding = ordinalEndingEnd(prefix, index) {
            index = afterEnding
            while index < prefix.count, ScalarClass.isWhitespace(prefix[index]) { index += 1 }
        } else if ScalarClass.digit(prefix[0]) != nil, index + 1 < prefix.count, isJoiningHyphen(prefix[index]), isWordScalar(prefix[index + 1]) {
            index += 1
        } else {
            if index < prefix.count, prefix[index] == "." { index += 1 }
            guard index < prefix.count, ScalarClass.isWhitespace(prefix[index]) else { return false }
            while index < prefix.count, ScalarClass.isWhitespace(prefix[index]) { index += 1 }
        }
        let wordStart = index
        while index < prefix.count, isWordScalar(prefix[index]) { index += 1 }
        guard index - wordStart >= 2 else { return false }
        let wordEnd = index
        while index < prefix.count, ScalarClass.isWhitespace(prefix[index]) { index += 1 }
        // A second word of the name (`1 kaq Rakiy`, `numberFirstName`): the whole line decides.
        if index > wordEnd, index < prefix.count, prefix[index].properties.isAlphabetic { return true }
        return index == prefix.count || isSeparator(prefix[index])
    }

    /// `제1장`, `제12조 목적`: caseless letters, digits, caseless letters. Or,
    /// in a script written without spaces between words, a word (letters and
    /// the vowel signs written as marks) with its ordinal prefix and the
    /// number joined to it, then a separator or the end: Khmer `…ទី១.`, Thai
    /// `…ที่๒.`, Lao `…ທີ໓:`.
    private static func unspaced(_ text: [Unicode.Scalar]) -> Match? {
        var index = 0
        while index < text.count, index < maximumWordLength, isCaselessWordScalar(text[index]) { index += 1 }
        let prefixEnd = index
        while index < text.count, index - prefixEnd < 3, ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index > prefixEnd, let number = Numerals.decimalValue(text[prefixEnd..<index]) else { return nil }
        let suffixStart = index
        while index < text.count, index - suffixStart < 3, ScalarClass.isCaselessLetter(text[index]) { index += 1 }
        // Without a suffix the number ends the word: a separator (or the end of the line) must follow it.
        if index == suffixStart {
            guard prefixEnd >= 2, index == text.count || isSeparator(text[index]) else { return nil }
        } else if prefixEnd > 3 {
            return nil
        }
        guard index == text.count || ScalarClass.isWhitespace(text[index]) || isSeparator(text[index]),
              let (labelLength, hasRest, titleEndsSentence) = rest(text, index), !titleEndsSentence
        else { return nil }
        let key = ScalarText.string(text[0..<prefixEnd]) + "#" + ScalarText.string(text[suffixStart..<index])
        return Match(key: key, number: number, style: .digits, labelLength: labelLength, hasRest: hasRest)
    }

    /// The value of a label: a Roman numeral in capitals, digits of any
    /// script, one capital letter, Ethiopic numerals or an alphabet's letters read
    /// as numerals (`AlphabeticNumeral`), an Arabic ordinal adjective, or a cardinal
    /// number word a CLDR table reads (`एक`, `બે`: `CaptionNumberWords`).
    static func labelValue(_ label: ArraySlice<Unicode.Scalar>) -> (Int, Style)? {
        if label.allSatisfy({ ScalarClass.digit($0) != nil }) {
            return label.count <= 3 ? Numerals.decimalValue(label).map { ($0, .digits) } : nil
        }
        if let value = ordinalDigitsValue(label) { return (value, .digits) }
        if label.count == 1, let scalar = label.first, scalar != "I", scalar != "V", scalar != "X",
           ScalarClass.isUppercase(scalar), let position = Numerals.latinPosition(scalar) {
            return (position, .letter)
        }
        if label.allSatisfy(ScalarClass.isUppercase), let value = RomanNumeral.value(of: label) { return (value, .roman) }
        // Numerals of an additive system that count as Roman numerals do: Ethiopic (`ምዕራፍ ፲፱`), and letters of an
        // alphabet read as numerals (`AlphabeticNumeral`: Armenian `Գլուխ Բ`, Georgian `თავი ბ`, Hebrew `פרק ב׳`;
        // Greek and Cyrillic with their marks), in the shapes numbers take and words do not.
        if let first = label.first, EthiopicNumeral.isNumeral(first), let value = EthiopicNumeral.value(of: label) { return (value, .roman) }
        if label.count <= 4, let value = AlphabeticNumeral.labelValue(label) { return (value, .roman) }
        if let first = label.first, ScalarClass.isArabic(first), let value = ArabicNumbering.ordinalAdjectiveValue(label) {
            return (value, .ordinal)
        }
        if label.allSatisfy(isWordScalar), let value = CaptionNumberWords.value(label) { return (value, .word) }
        return nil
    }

    /// Most letters of an ordinal ending written on a number (`1aad`, `3ydd`, `4th`).
    static let maximumOrdinalEndingLength = 4

    /// The value of digits with an ordinal ending run into them, as many
    /// languages number captions (`Qodobka 1aad`, Welsh `Erthygl 3ydd`,
    /// `2nd`): one to three digits, then two to four lower-case letters. The
    /// ending changes with the number (`1af`, `2il`, `3ydd`), so it is no part
    /// of the caption's key; one letter (`Artikel 1a`, an inserted article) is
    /// no ordinal ending, unless a hyphen sets it apart (`1-я`).
    static func ordinalDigitsValue(_ label: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let digitsEnd = label.firstIndex(where: { ScalarClass.digit($0) == nil }) else { return nil }
        let digits = label[label.startIndex..<digitsEnd]
        var ending = label[digitsEnd...]
        // `Maksat 1-nji`, `Статья 1-я`: the ending after a hyphen may be one letter.
        let hyphenated = ending.first.map(isJoiningHyphen) ?? false
        if hyphenated { ending = ending.dropFirst() }
        guard (1...3).contains(digits.count), ((hyphenated ? 1 : 2)...maximumOrdinalEndingLength).contains(ending.count),
              ending.allSatisfy({ isWordScalar($0) && ScalarClass.isLowercase($0) }) else { return nil }
        return Numerals.decimalValue(digits)
    }

    /// Most words of a title that ends with a full stop on its caption's line (`Neni 1. Qëllimi.`).
    static let maximumSentenceTitleWords = 10

    /// After the label at `index`: the end of the line, a separator and a
    /// title, or white space and text (`do listu z dnia …`) with no dot
    /// leader. Text that ends a sentence is taken only after a separator, in
    /// a capital and short (`maximumSentenceTitleWords`), and said so: a title with its full stop,
    /// or a one-line paragraph. The label's length, whether text follows, and
    /// whether it ends a sentence.
    private static func rest(_ text: [Unicode.Scalar], _ index: Int) -> (Int, Bool, Bool)? {
        var end = index
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        if end == text.count { return (end, false, false) }
        let separated = isSeparator(text[end])
        if separated {
            end += 1
            while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
            if end == text.count { return (end, false, false) }
        } else if end == index {
            return nil
        }
        let rest = text[end...]
        if SpeakerLine.hasDotLeader(rest) { return nil }
        if ScalarText.endsSentence(Array(rest)) {
            // Only after a separator and starting with a capital, or with a letter of a script written without
            // capitals (`ᑐᕌᒐᖅ 1. …᙮`, `ዕላማ 1. …።`): "Pasal 5 mengatur …" is a sentence.
            guard separated, ScalarText.firstLetter(Array(rest)).map(startsTitle) ?? false,
                  wordCount(rest) <= maximumSentenceTitleWords else { return nil }
            return (end, true, true)
        }
        return (end, true, false)
    }

    /// Whether a title may start with `letter`: a capital, or a letter of a script written without capitals
    /// (Ethiopic, syllabics, Georgian as `CaselessScripts` measures it), where no letter is a capital.
    static func startsTitle(_ letter: Unicode.Scalar) -> Bool {
        ScalarClass.isUppercase(letter) || ScalarClass.isCaselessLetter(letter)
    }

    /// Runs of non-white-space scalars in `text`.
    private static func wordCount(_ text: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var inWord = false
        for scalar in text {
            let white = ScalarClass.isWhitespace(scalar)
            if !white, !inWord { count += 1 }
            inWord = !white
        }
        return count
    }

    /// Whether `scalar` sets a caption's label apart from its title: a point, a colon (also another script's:
    /// the Khmer `៖`, the Ethiopic `፥` `፦`), a dash, or another script's full stop (`LabelParser.isLabelMark`).
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == ":" || scalar == "：" || scalar == "．" || ScalarClass.isDash(scalar) || LabelParser.isLabelMark(scalar)
            || isScriptColon(scalar)
    }

    /// A colon of a script other than Latin: the Khmer `៖` (camnuc pii kuuh), the Ethiopic colon `፥` and preface colon `፦`;
    /// and the Tibetan shad `།`, which closes a phrase (Unicode counts it no sentence terminal) and so sets a caption's
    /// number apart from its title (`དོན་ཚན་ ༡ པ། དམིགས་ཡུལ།`).
    private static func isScriptColon(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{17D6}" || scalar == "\u{1365}" || scalar == "\u{1366}" || scalar == "\u{0F0D}"
    }

    /// The paragraph number a line starts with (`3.`, `3)`, `٣ -`, `§ 3.`), if any:
    /// digits then a point, a parenthesis, a dash or another script's full stop (`৩।`, `၃။`,
    /// `LabelParser.isLabelMark`), then white space or the end of the line.
    static func leadingNumber(_ text: [Unicode.Scalar]) -> Int? {
        // `§ 1.`: a paragraph number after the section sign (`LabelParser.sectionSignNumber`).
        if let (value, end) = LabelParser.sectionSignNumber(text) {
            return end == text.count || ScalarClass.isWhitespace(text[end]) ? value : nil
        }
        var index = 0
        while index < text.count, index < 4, ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index > 0, index < 4, let value = Numerals.decimalValue(text[0..<index]) else { return nil }
        var end = index
        if end < text.count, text[end] == " " { end += 1 }
        guard end < text.count, text[end] == "." || text[end] == ")" || text[end] == "．" || ScalarClass.isDash(text[end])
                || LabelParser.isLabelMark(text[end]) else { return nil }
        end += 1
        return end == text.count || ScalarClass.isWhitespace(text[end]) ? value : nil
    }
}
