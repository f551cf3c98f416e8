/// Recognizes the lines of a UN document header — organ, symbol,
/// distribution, date, language, original language, session, agenda item —
/// in any language with a table (`LanguageConventions.all`).
enum HeaderLineRecognizer {
    /// What a header line carries.
    enum Recognition: Equatable {
        /// A metadata field.
        case field(MetadataField)
        /// "United Nations" above the organ name.
        case organization
    }

    /// The field `text` (one header line, markup removed) carries, if any.
    static func recognize(_ text: String) -> Recognition? {
        let scalarCount = text.unicodeScalars.count
        guard scalarCount > 0, scalarCount <= 200 else { return nil }
        let lower = text.lowercased()
        if isSymbol(text) { return .field(.symbol) }
        if lower.hasPrefix("distr") { return .field(.distribution) }
        if originalLanguageValue(text) != nil { return .field(.originalLanguage) }
        if scalarCount <= 24, Language(name: text) != nil { return .field(.language) }
        if scalarCount <= 60 {
            // White space is ignored: extractors space out the letters of Chinese names ("联 合 国").
            let compact = Self.compacted(lower)
            if Self.compactOrganNames.contains(compact) { return .field(.organ) }
            if Self.compactOrganizationNames.contains(compact) { return .organization }
        }
        if isDate(text, lower: lower) { return .field(.date) }
        if isAgendaItem(text, lower: lower) { return .field(.agendaItem) }
        if scalarCount <= 100, isSession(lower), !ScalarText.endsSentence(Array(text.unicodeScalars)) { return .field(.session) }
        return nil
    }

    private static let compactOrganNames = Set(LanguageConventions.all.flatMap(\.organNames).map(compacted))
    private static let compactOrganizationNames = Set(LanguageConventions.all.flatMap(\.organizationNames).map(compacted))

    /// `text` without white space.
    private static func compacted(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !ScalarClass.isWhitespace(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// A document symbol: `A/61/187`, `E/CN.4/2006/1`, `S/RES/1701 (2006)`,
    /// `A/HRC/7/L.1/Rev.1`, `CEDAW/C/GC/37`, `UNODC/CCPCJ/EG.4/2021/1` (a
    /// series of one to eight capitals, as ``PageFurnitureRecognizer/isSymbol(_:)``
    /// reads it), or a joint symbol of two (`A/81/512–S/2026/877`), optionally
    /// followed by a footnote marker.
    static func isSymbol(_ text: String) -> Bool {
        jointSymbols(text) != nil || isSingleSymbol(text)
    }

    /// The symbol a metadata field keeps of `text`: the first of a joint symbol, else `text`.
    static func primarySymbol(_ text: String) -> String {
        jointSymbols(text)?.first ?? text
    }

    /// The two symbols of a joint symbol (`A/81/512–S/2026/877`, spaces
    /// allowed around the dash), if `text` is one.
    private static func jointSymbols(_ text: String) -> (first: String, second: String)? {
        let view = text.unicodeScalars
        guard let dash = view.firstIndex(where: { $0 == "–" || $0 == "—" }) else { return nil }
        let first = String(String.UnicodeScalarView(view[..<dash].reversed().drop { $0 == " " }.reversed()))
        let second = String(String.UnicodeScalarView(view[view.index(after: dash)...].drop { $0 == " " }))
        guard isSingleSymbol(first), isSingleSymbol(second) else { return nil }
        return (first, second)
    }

    private static func isSingleSymbol(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == "*" || SuperscriptDigits.value(of: last) != nil { scalars.removeLast() }
        // Optional " (2006)" year suffix, or the part of a series (" (Sect. 14)").
        if let open = parenthesizedPartStart(scalars) {
            scalars.removeSubrange(open...)
            while let last = scalars.last, last == " " { scalars.removeLast() }
        }
        guard scalars.count >= 3, scalars.count <= 40 else { return false }
        let parts = scalars.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, (1...8).contains(head.count),
              head.allSatisfy({ (0x41...0x5A).contains($0.value) })
        else { return false }
        for part in parts.dropFirst() {
            guard !part.isEmpty, part.allSatisfy({ scalar in
                (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                    || (0x30...0x39).contains(scalar.value) || scalar == "." || scalar == "-"
            }) else { return false }
        }
        return parts.dropFirst().contains { $0.contains { (0x30...0x39).contains($0.value) } }
    }

    /// Where the part in parentheses that ends a symbol starts: a resolution's
    /// year (`S/RES/1701 (2006)`) or the part of a document issued in parts — a
    /// programme budget's fascicle `A/87/6 (Sect. 14)`, `A/87/6 (Part II)`,
    /// `A/87/6 (Income sect. 1)`, in the words and
    /// digits of any script (`A/87/6 (खंड १४)`, `A/87/6（第14款）`). The symbol's
    /// shape, not a list of words, tells it: see ``isPartName(_:)``.
    static func parenthesizedPartStart(_ scalars: [Unicode.Scalar]) -> Int? {
        guard scalars.count > 7, let close = scalars.last, close == ")" || close == "）" else { return nil }
        let opener: Unicode.Scalar = close == ")" ? "(" : "（"
        // An ASCII parenthesis follows a space; a full-width one may follow the symbol directly.
        guard let open = scalars.lastIndex(of: opener), open > 0, scalars[open - 1] == " " || opener == "（" else { return nil }
        let inner = scalars[(open + 1)..<(scalars.count - 1)]
        if Numerals.decimalValue(inner) != nil || isPartName(inner) { return open }
        return nil
    }

    /// The name of a part: one to four words of letters (a word may hold an
    /// abbreviation's full stops and hyphens) and exactly one number — digits of
    /// any script, at most four, alone (`Sect. 14`, `खंड १४`) or among a word's
    /// letters (`第14款`), or a Roman numeral after a word (`Part II`).
    private static func isPartName(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (1...40).contains(inner.count) else { return false }
        let words = inner.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        var numbers = 0
        for (position, word) in words.enumerated() {
            if position > 0, position == words.count - 1, RomanNumeral.value(of: word) != nil {
                numbers += 1
                continue
            }
            var letters = 0, digitRuns = 0, run = 0
            for scalar in word {
                if ScalarClass.digit(scalar) != nil {
                    if run == 0 { digitRuns += 1 }
                    run += 1
                    guard run <= 4 else { return false }
                } else if ScalarClass.isWordLetter(scalar) {
                    letters += 1
                    run = 0
                } else if scalar == "." || scalar == "-" {
                    run = 0
                } else {
                    return false
                }
            }
            guard letters > 0 || digitRuns == 1, digitRuns <= 1 else { return false }
            numbers += digitRuns
        }
        return numbers == 1
    }

    /// The value after "Original:" / "Язык оригинала:" / "الأصل:" / "原文：", if `text` is such a line.
    static func originalLanguageValue(_ text: String) -> String? {
        let lower = text.lowercased()
        for conventions in LanguageConventions.all {
            for prefix in conventions.originalLanguagePrefixes where lower.hasPrefix(prefix) {
                var rest = Substring(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count).map(Character.init))
                rest = rest.drop { $0 == " " }
                guard let first = rest.first, first == ":" || first == "：" else { continue }
                let value = String(rest.dropFirst()).trimmingWhitespace()
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// The value after "Distr." (`general`, `Limited`), or the whole line.
    static func distributionValue(_ text: String) -> String {
        var rest = Substring(text)
        if let dot = rest.firstIndex(of: ".") { rest = rest[rest.index(after: dot)...] } else { rest = rest.dropFirst(5) }
        rest = rest.drop { $0 == " " || $0 == ":" || $0 == "：" }
        return String(rest).trimmingWhitespace()
    }

    /// The language an original-language value names (`inglés`, `anglais`, `بالإنكليزية`, `英文`).
    static func language(named value: String) -> Language? {
        if let language = Language(name: value) { return language }
        let scalars = Array(value.unicodeScalars)
        // Arabic "بالإنكليزية" = "in English": drop the preposition.
        if scalars.first == "ب", scalars.count > 2 {
            return Language(name: ScalarText.string(scalars.dropFirst()))
        }
        // Russian adjectives can be capitalised or carry "язык".
        let first = value.split(separator: " ").first.map(String.init) ?? value
        return first == value ? nil : Language(name: first)
    }

    private static func isDate(_ text: String, lower: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 48 else { return false }
        var digitRun = 0
        var hasYear = false
        for scalar in scalars {
            if ScalarClass.digit(scalar) != nil {
                digitRun += 1
                if digitRun == 4 { hasYear = true }
            } else {
                digitRun = 0
            }
        }
        // "2024年6月12日"; a sentence that holds a date ("…在2024年6月12日举行的会议上商定的。") is none, nor a title
        // that begins with its date ("2028年4月5日鲁里塔尼亚常驻联合国代表给"): the date must cover the line (`DateLineShare`).
        if text.containsBytes("年") && text.containsBytes("月") {
            return hasYear && !ScalarText.endsSentence(scalars) && DateLineShare.isDateLine(scalars)
        }
        // A date in Roman numerals and nothing else ("12.V.2026", "die XII mensis Maii, anno MMXXVI").
        if isDateAlone(text, scalars) { return true }
        // Without a year only as "place, days month" ("New York, 12-16 May").
        guard hasYear || placeBeforeDays(scalars) else { return false }
        // Whatever the date's form, it is the line's content: "5 Nisan 2028 tarihli Ruritanya …", "2028. április 5-i
        // levél …" are titles that begin with their date.
        guard DateLineShare.isDateLine(scalars) else { return false }
        // A date line starts with its day, a place and a comma, or a month:
        // "Letter dated 9 August 2024 from …" is a title that holds a date.
        let beforeDigits = lower.unicodeScalars.prefix { ScalarClass.digit($0) == nil }
        var prefix = String(String.UnicodeScalarView(beforeDigits)).trimmingWhitespace()
        if let last = prefix.last, last == "," || last == "،" { prefix = "" }
        for conventions in LanguageConventions.spaced {
            for month in conventions.monthNames where lower.containsBytes(month) && (prefix.isEmpty || prefix.hasPrefix(month)) {
                return true
            }
        }
        // A month no table knows: "Wtorek, 22 września 2026 r., godz. 10.00", "14 may 2026"; a wrapped line of
        // a sentence ("3. ožujka 2024.,") goes on after a comma.
        guard let last = scalars.last, last != ",", last != ";", last != "،", last != "，" else { return false }
        guard prefix.isEmpty else { return false }
        // "2027년 9월 16일": a whole date (year, month, day) the number reader reads where the line starts or after a place.
        return startsWithDayWordYear(scalars) || (hasYear && opensWithWholeDate(text, scalars))
    }

    /// Whether the number reader reads a whole date (a year, a month and a day) from the line's first figure.
    private static func opensWithWholeDate(_ text: String, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.firstIndex(where: { ScalarClass.digit($0) != nil }) else { return false }
        return NumberExtractor(language: nil).extract(text).contains { value in
            value.kind == .date && value.scalarRange.lowerBound == first && value.canonical.utf8.count == 10 && !value.canonical.hasPrefix("-")
        }
    }

    /// Whether the line is one complete date and nothing else, as the
    /// number reader of the general convention reads it: a day-first date
    /// with the month in Roman numerals (`12.V.2026`, `12 V 2026`,
    /// `12. V. 2026.`), or a date in Roman numerals with the words a
    /// language writes between its parts (Latin `die XII mensis Maii, anno
    /// MMXXVI`). Outside the date only punctuation and date link words.
    private static func isDateAlone(_ text: String, _ scalars: [Unicode.Scalar]) -> Bool {
        // Two parts at least in figures or Roman capitals (a day, a month, a year) before the number reader runs.
        var numeralParts = 0, inPart = false, partIsNumeral = true
        for scalar in scalars + [" "] {
            if scalar.properties.isAlphabetic || ScalarClass.digit(scalar) != nil {
                if !inPart { inPart = true; partIsNumeral = true }
                if ScalarClass.digit(scalar) == nil, !"IVXLCDM".unicodeScalars.contains(scalar) { partIsNumeral = false }
            } else if inPart {
                if partIsNumeral { numeralParts += 1 }
                inPart = false
            }
        }
        guard numeralParts >= 2 else { return false }
        let values = NumberExtractor(language: nil).extract(text)
        guard values.count == 1, let date = values.first, date.kind == .date, !date.canonical.hasPrefix("--"), date.canonical.utf8.count == 10
        else { return false }
        var index = 0
        while index < scalars.count {
            if date.scalarRange.contains(index) {
                index = date.scalarRange.upperBound
                continue
            }
            guard scalars[index].properties.isAlphabetic else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, ScalarClass.isWordLetter(scalars[end]), !date.scalarRange.contains(end) { end += 1 }
            let word = ScalarText.string(scalars[index..<end]).lowercased()
            guard dateLinkWords.contains(word) else { return false }
            index = end
        }
        return true
    }

    /// The words written between or before the parts of a date in any language (`de`, `of`, Latin `die`, `mensis`).
    private static let dateLinkWords = Set(MonthNameTable.dateLinkWords.values.joined()).union(NumberValueReader.dateLinkWords)

    /// Whether the line's first digits are a day (one or two digits, a point allowed) followed by ONE
    /// word of letters (the month) and a year of four digits, 1900 to 2099.
    private static func startsWithDayWordYear(_ scalars: [Unicode.Scalar]) -> Bool {
        guard var index = scalars.firstIndex(where: { ScalarClass.digit($0) != nil }) else { return false }
        let dayStart = index
        while index < scalars.count, ScalarClass.digit(scalars[index]) != nil { index += 1 }
        guard (1...2).contains(index - dayStart), let day = Numerals.decimalValue(scalars[dayStart..<index]), (1...31).contains(day) else { return false }
        if index < scalars.count, scalars[index] == "." { index += 1 }
        guard index < scalars.count, ScalarClass.isWhitespace(scalars[index]) else { return false }
        while index < scalars.count, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
        let wordStart = index
        while index < scalars.count, ScalarClass.isWordLetter(scalars[index]) { index += 1 }
        guard index - wordStart >= 3, index < scalars.count, ScalarClass.isWhitespace(scalars[index]) else { return false }
        while index < scalars.count, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
        let yearStart = index
        while index < scalars.count, ScalarClass.digit(scalars[index]) != nil { index += 1 }
        guard index - yearStart == 4, let year = Numerals.decimalValue(scalars[yearStart..<index]) else { return false }
        return (1900...2099).contains(year) && (index == scalars.count || !ScalarClass.isWordLetter(scalars[index]))
    }

    /// "New York, 12-16 May": a comma, then a day number of one or two digits.
    private static func placeBeforeDays(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let comma = scalars.firstIndex(where: { $0 == "," || $0 == "،" }), comma > 0 else { return false }
        var index = comma + 1
        while index < scalars.count, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
        var digits = 0
        while index < scalars.count, ScalarClass.digit(scalars[index]) != nil {
            digits += 1
            index += 1
        }
        return (1...2).contains(digits) && !scalars[..<comma].contains { ScalarClass.digit($0) != nil }
    }

    /// Whether `text` starts with the name of a subsidiary or treaty body
    /// ("Committee on …", "Comisión de …"; Chinese "…委员会").
    static func startsWithBodyWord(_ text: String) -> Bool {
        let lower = text.lowercased()
        for conventions in LanguageConventions.all {
            for word in conventions.bodyWords {
                if !conventions.writesSpacesBetweenWords {
                    if text.unicodeScalars.count <= 30, text.hasSuffix(word) { return true }
                } else if lower.hasPrefix(word + " ") || lower == word {
                    return true
                }
            }
        }
        return false
    }

    /// Whether `text` names a body by words set before a body word of any table, in a language that sets spaces
    /// between words: "Second Committee", "Human Rights Committee", "Второй комитет", "Deuxième Commission" — two to
    /// four words, the body word last, each word before it opening with a capital (a title's "Report of the Second
    /// Committee" has words in lower case).
    static func endsWithBodyWord(_ text: String) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard (2...4).contains(words.count) else { return false }
        let lower = text.lowercased()
        for conventions in LanguageConventions.all where conventions.writesSpacesBetweenWords {
            for word in conventions.bodyWords where lower.hasSuffix(" " + word) {
                let bodyWordCount = word.split(separator: " ").count
                guard words.count > bodyWordCount else { continue }
                let before = words.dropLast(bodyWordCount)
                if before.allSatisfy({ $0.unicodeScalars.first.map(ScalarClass.isUppercase) == true }) { return true }
            }
        }
        return false
    }

    private static func isAgendaItem(_ text: String, lower: String) -> Bool {
        guard text.unicodeScalars.contains(where: { ScalarClass.digit($0) != nil }) else { return false }
        for conventions in LanguageConventions.all {
            for word in conventions.agendaItemWords {
                if !conventions.writesSpacesBetweenWords {
                    if text.containsBytes(word) { return true }
                } else if lower.hasPrefix(word + " ") || lower.hasPrefix(word + "\u{A0}") {
                    return true
                }
            }
        }
        return false
    }

    /// Whether `lower` (lower-cased) ends with a session word of any language ("Hundred and tenth session",
    /// "Septuagésimo noveno período de sesiones").
    static func endsWithSessionWord(_ lower: String) -> Bool {
        LanguageConventions.all.contains { conventions in conventions.sessionWords.contains { lower.hasSuffix($0) } }
    }

    private static func isSession(_ lower: String) -> Bool {
        for conventions in LanguageConventions.all {
            for word in conventions.sessionWords where lower.containsBytes(word) { return true }
        }
        return false
    }
}
