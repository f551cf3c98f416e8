/// Footnotes known by the document's own citations of them. A version may set
/// its numbered footnotes without a rule above them, or with the rule in the
/// same unit, and write their markers as plain text: `(1) …` or `1 …` at the
/// start of a unit, cited in the body as `… Network.(1)` or `… desertification.1`
/// (the marker glued to the word or the full stop before it, as a superscript
/// becomes in plain text). Such a unit is a footnote when its number is cited
/// before it, continues the numbered footnotes read so far (1 first, then the
/// next), and does not continue the paragraphs' counter; an item `(1)` of a
/// list stands under a lead-in that ends with a colon, and a paragraph number
/// is never glued to the word before it.
enum CitedFootnoteMarker {
    /// The number and the length (scalars, with the space or tab after it) of the marker
    /// a unit starts with: `(1) `, `1 `, `1<tab>`, in any script's digits; `nil` for a
    /// paragraph label (`1.`, `1)`, `1 - `) or no marker.
    static func leadingMarker(_ scalars: [Unicode.Scalar]) -> (number: Int, length: Int, parenthesized: Bool)? {
        var index = 0
        let parenthesized = scalars.first == "("
        if parenthesized { index = 1 }
        var number = 0
        let digitsStart = index
        while index < scalars.count, index - digitsStart < 3, let digit = ScalarClass.digit(scalars[index]) {
            number = number * 10 + digit
            index += 1
        }
        guard index > digitsStart, number > 0 else { return nil }
        if parenthesized {
            guard index < scalars.count, scalars[index] == ")" else { return nil }
            index += 1
        }
        guard index < scalars.count, scalars[index] == " " || scalars[index] == "\t" else { return nil }
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count else { return nil }
        // `1 - …` is a paragraph label in the Arabic style (a spaced dash), not marker 1 before a note.
        if !parenthesized, scalars[index] == "-" || scalars[index] == "\u{2013}" || scalars[index] == "\u{2014}",
           index + 1 < scalars.count, scalars[index + 1] == " " || scalars[index + 1] == "\t" { return nil }
        // `1 250 000` is one figure, not marker 1 before a note: a group of three digits after a bare number.
        if !parenthesized {
            var end = index
            while end < scalars.count, ScalarClass.digit(scalars[end]) != nil { end += 1 }
            if end - index == 3, end == scalars.count || ScalarClass.isWhitespace(scalars[end]) || scalars[end] == "," { return nil }
        }
        return (number, index, parenthesized)
    }

    /// The markers cited in UTF-8 `bytes` and the byte offset of their first citation (`citations(in:)`).
    static func citations(inUTF8 bytes: [UInt8]) -> [Int: Int] {
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count)
        var offset = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += scalar.utf8.count
        }
        return citations(in: scalars).mapValues { offsets[$0] }
    }

    /// The markers cited in `text` and the scalar offset of their first citation: `(n)` glued
    /// to a letter or punctuation before it or to a document symbol (`89/144(1)`; `article 5(1)` cites
    /// a paragraph, not a note), before white space or a stop (`metais(2).`), or `n` glued to a full stop, comma or semicolon that
    /// follows a letter (`States.2`; not `2026.1`, which cites a footnote only when the document
    /// has that footnote: `plainCitation`), followed by a space, a line end or the end.
    static func citations(in text: [Unicode.Scalar]) -> [Int: Int] {
        var cited: [Int: Int] = [:]
        var index = 1
        while index < text.count {
            let scalar = text[index]
            if scalar == "(", isGlue(text[index - 1]) || endsSymbol(text, index) {
                var end = index + 1, number = 0
                while end < text.count, end - index <= 3, let digit = ScalarClass.digit(text[end]) { number = number * 10 + digit; end += 1 }
                if end > index + 1, number > 0, end < text.count, text[end] == ")",
                   endsCitation(text, end + 1) || endsCitationBeforePunctuation(text, end + 1) {
                    if cited[number] == nil { cited[number] = index }
                    index = end + 1
                    continue
                }
            } else if ScalarClass.digit(scalar) != nil, index >= 2, text[index - 1] == "." || text[index - 1] == "," || text[index - 1] == ";",
                      ScalarClass.isWordLetter(text[index - 2]) {
                var end = index, number = 0
                while end < text.count, end - index < 3, let digit = ScalarClass.digit(text[end]) { number = number * 10 + digit; end += 1 }
                if number > 0, endsCitation(text, end) {
                    if cited[number] == nil { cited[number] = index }
                    index = end
                    continue
                }
            } else if ScalarClass.digit(scalar) != nil, text[index - 1] == ".", ScalarClass.digit(text[index - 2]) != nil {
                // `81/207.1 It covers`: a marker after the stop of a symbol or a figure, before a new sentence.
                var end = index, number = 0
                while end < text.count, end - index < maximumFigureStopMarkerDigits, let digit = ScalarClass.digit(text[end]) {
                    number = number * 10 + digit
                    end += 1
                }
                if number > 0, gluedAfterFigureStop(text, index, end) {
                    if cited[number] == nil { cited[number] = index }
                    index = end
                    continue
                }
            } else if ScalarClass.digit(scalar) != nil, gluedToWord(text, index) {
                var end = index, number = 0
                while end < text.count, end - index < 2, let digit = ScalarClass.digit(text[end]) { number = number * 10 + digit; end += 1 }
                if number > 0, endsCitation(text, end) || endsCitationBeforePunctuation(text, end) {
                    if cited[number] == nil { cited[number] = index }
                    index = end
                    continue
                }
            }
            index += 1
        }
        return cited
    }

    /// The last place in `text` where marker `number` — a footnote the document has — is cited as plain
    /// digits glued to a full stop, comma or semicolon (`gluedAsCitation`: `States.2`, `since 1950,1`)
    /// or straight to a word (`gluedToWord`: `Mipakani1`); the range holds the digits only.
    static func plainCitation(_ number: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        wordCitation(number, in: text)
    }

    /// The last place in `text` where marker `number` — a footnote the document has that no block cites otherwise
    /// (`plainCitation` found none) — stands glued to the full stop of a symbol or a figure before a new sentence
    /// (`gluedAfterFigureStop`: `81/207.1 It covers`); the range holds the digits only.
    static func figureStopCitation(_ number: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        let digits = Array(String(number).unicodeScalars)
        var start = text.count - digits.count
        while start >= 2 {
            let end = start + digits.count
            if text[start..<end].elementsEqual(digits), gluedAfterFigureStop(text, start, end) {
                return start..<end
            }
            start -= 1
        }
        return nil
    }

    /// `plainCitation`: glued to a word's stop or to a word, in the digits of any script (`States.2`, `आहे२.`: a
    /// version that numbers its notes in its own digits cites them so).
    private static func wordCitation(_ number: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        let digits = String(number).utf8.map { Int($0) - 0x30 }
        var start = text.count - digits.count
        while start >= 2 {
            let end = start + digits.count
            let holds = holdsDigits(text, start, digits)
            if holds, gluedAsCitation(text, start), endsCitation(text, end) {
                return start..<end
            }
            if holds, gluedToWord(text, start) || gluedToCaselessWord(text, start),
               endsCitation(text, end) || endsCitationBeforePunctuation(text, end),
               end == text.count || ScalarClass.digit(text[end]) == nil {
                return start..<end
            }
            start -= 1
        }
        return nil
    }

    /// Whether the scalars from `start` on are decimal digits of any script with the values `digits` (`12`, `१२`).
    private static func holdsDigits(_ text: [Unicode.Scalar], _ start: Int, _ digits: [Int]) -> Bool {
        for (offset, value) in digits.enumerated() where ScalarClass.digit(text[start + offset]) != value { return false }
        return true
    }

    /// Whether digits starting at `start` are glued the way a plain-text marker is: to a full stop, comma or
    /// semicolon that follows a letter or a closing bracket or quote (`States.2`, `(2026).1`, `»,1`), or that
    /// follows a year — four digits, 1000 to 2199, not part of a longer figure (`by 2023.1`, `since 1950,1`:
    /// a superscript after a year, flattened by PDF extraction). A decimal (`4.6`, `2,5`) or a grouped figure
    /// (`12,500`, `1.2024.1`) does not end in a year standing alone, so stays a figure.
    ///
    /// Another script's full stop (`。`, `۔`, `।`, `။`, `።`) never stands in a figure: digits glued to it are a marker
    /// whatever precedes it. `afterYear: false` leaves the year out, for a reader that does not know whether the
    /// document has that footnote (`2026.12` may be a year and a month).
    static func gluedAsCitation(_ text: [Unicode.Scalar], _ start: Int, afterYear: Bool = true) -> Bool {
        guard start >= 2 else { return false }
        let stop = text[start - 1]
        if stop.value >= 0x80, stop != "\u{FF0E}", ScalarClass.isSentenceEnd(stop), LabelParser.isLabelMark(stop) { return true }
        guard stop == "." || stop == "," || stop == ";" else { return false }
        let before = text[start - 2]
        if ScalarClass.isWordLetter(before) { return true }
        switch before {
        case ")", "]", "\u{201D}", "\u{2019}", "\"", "»": return true
        default: break
        }
        // A comma or semicolon after a document symbol (`resolution 82/231,1 in which`): a symbol's number
        // has no decimal part, so digits after its comma are a marker.
        if stop != ".", endsSymbol(text, start - 1) { return true }
        return afterYear && endsYear(text, start - 1)
    }

    /// Whether the token that ends at `end` is a document symbol ending in digits: digits after a slash that
    /// follows a letter or a digit (`82/231`, `A/RES/82/231`), the token opened by white space, a bracket or
    /// the start of the text.
    static func endsSymbol(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        var index = end
        while index > 0, ScalarClass.digit(text[index - 1]) != nil { index -= 1 }
        guard index < end, index >= 2, text[index - 1] == "/",
              ScalarClass.isWordLetter(text[index - 2]) || ScalarClass.digit(text[index - 2]) != nil else { return false }
        return true
    }

    /// Most digits of a marker glued to the full stop of a symbol or a figure (`gluedAfterFigureStop`).
    static let maximumFigureStopMarkerDigits = 2

    /// Whether the digits `start..<end` are a marker glued to the full stop that ends a document symbol or a
    /// figure, as a superscript becomes in plain text: `… resolution 81/207.1 It covers …`, `… A/RES/2026/27.2`
    /// at a paragraph's end, `… a total of 4,350.3 The …`. Read so only for a footnote the document has and
    /// cites nowhere else (`FootnoteLinker`, `BlockClassifier.citedFootnote`, `PDFFootnoteFinder`): the digits
    /// stand right after a full stop that follows a digit, at most `maximumFigureStopMarkerDigits` of them, then
    /// white space, and what follows starts a new sentence — a word in capitals followed by a lower-case letter or
    /// a space (`It`, `A`), or, after a symbol (a token holding `/`), a letter of a script without case or the
    /// end of the paragraph (of the text, or a blank line). So `2.5 million`, `para. 3.1 of`, `3.1.` and `2.5 GW` stay figures; `81/207 and` was never
    /// in question.
    static func gluedAfterFigureStop(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 2, end > start, end - start <= maximumFigureStopMarkerDigits, text[start - 1] == ".",
              ScalarClass.digit(text[start - 2]) != nil else { return false }
        guard end == text.count || ScalarClass.isWhitespace(text[end]) else { return false }
        // The token the stop ends: a symbol holds a slash; a figure holds digits and group marks only.
        var tokenStart = start - 1
        var isSymbol = false
        while tokenStart > 0, !ScalarClass.isWhitespace(text[tokenStart - 1]) {
            tokenStart -= 1
            let scalar = text[tokenStart]
            if scalar == "/" { isSymbol = true } else if scalar == "(" || scalar == "[" { tokenStart += 1; break }
        }
        if !isSymbol {
            // A figure opening its line (after its indent) is a label there (`1.2 Le api …`, `   2.1.1 La prima …`), no
            // figure a marker follows; so is one at the start of the text looked at.
            var lineStart = tokenStart
            while lineStart > 0, text[lineStart - 1] == " " || text[lineStart - 1] == "\t" { lineStart -= 1 }
            if lineStart == 0 || text[lineStart - 1] == "\n" || text[lineStart - 1] == "\u{0C}" {
                // Save a year that a wrap set first on the paragraph's last line, under a word (`… launched in` /
                // `2101.1`): no label is a year with nothing after it.
                return wrappedYearEndsParagraph(text, lineStart: lineStart, tokenStart: tokenStart, stop: start - 1, end: end)
            }
            // A figure set apart by a column gap (a tab, three spaces) is a table's cell (`Non-post   1,398.5   1,322.1`),
            // whose decimals stand in every row: running text sets one space before a figure.
            if tokenStart >= 3, text[tokenStart - 1] == "\t" || text[(tokenStart - 3)..<tokenStart].allSatisfy({ $0 == " " }) {
                return false
            }
            for scalar in text[tokenStart..<(start - 1)] where ScalarClass.digit(scalar) == nil {
                guard scalar == "," || scalar == "." || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "$"
                else { return false }
            }
        }
        // A blank line ends the paragraph as the end of the text does.
        let (next, lineBreaks) = whiteSpace(text, from: end)
        guard next < text.count, lineBreaks < 2 else { return isSymbol || isYearAfterWord(text, tokenStart, start - 1) }
        // So does the next paragraph's number opening the next line (`… its decision 2100/214.3` / `8.     The …`).
        if lineBreaks == 1, opensNumberedLine(text, next) { return isSymbol || isYearAfterWord(text, tokenStart, start - 1) }
        let first = text[next]
        if ScalarClass.isUppercase(first) {
            guard next + 1 < text.count else { return true }
            let second = text[next + 1]
            return ScalarClass.isWhitespace(second) || ScalarClass.isLowercase(second)
        }
        return isSymbol && ScalarClass.isCaselessLetter(first)
    }

    /// Whether `text[start...]` opens with a paragraph number, one to three ASCII digits and a full stop, then white space.
    private static func opensNumberedLine(_ text: [Unicode.Scalar], _ start: Int) -> Bool {
        var index = start
        while index < text.count, index - start < 3, (0x30...0x39).contains(text[index].value) { index += 1 }
        guard index > start, index + 1 < text.count, text[index] == "." else { return false }
        return text[index + 1] == " " || text[index + 1] == "\t"
    }

    /// Whether the token `text[tokenStart..<stop]` that opens its line at `lineStart` is a year in four ASCII digits
    /// under a line that ends on a word, and the marker `..<end` after its stop ends the paragraph (the text, or a
    /// blank line): the last line of a paragraph that a wrap broke before its year (`… launched in` / `2101.1`).
    private static func wrappedYearEndsParagraph(_ text: [Unicode.Scalar], lineStart: Int, tokenStart: Int, stop: Int, end: Int) -> Bool {
        guard lineStart > 0, text[lineStart - 1] == "\n", isFourDigitYear(text, tokenStart, stop) else { return false }
        var before = lineStart - 1
        while before > 0, ScalarClass.isWhitespace(text[before - 1]), text[before - 1] != "\n" { before -= 1 }
        guard before > 0, ScalarClass.isWordLetter(text[before - 1]) else { return false }
        let (next, lineBreaks) = whiteSpace(text, from: end)
        return next == text.count || lineBreaks >= 2
    }

    /// The white space of `text` from `start` on: where the next scalar that is none stands, and how many line
    /// (or page) breaks it holds (two: a blank line).
    private static func whiteSpace(_ text: [Unicode.Scalar], from start: Int) -> (next: Int, lineBreaks: Int) {
        var next = start, lineBreaks = 0
        while next < text.count, ScalarClass.isWhitespace(text[next]) {
            if text[next] == "\n" || text[next] == "\u{0C}" { lineBreaks += 1 }
            next += 1
        }
        return (next, lineBreaks)
    }

    /// Whether `text[start..<end]` is a year in four ASCII digits, the first 1 or 2.
    private static func isFourDigitYear(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        end - start == 4 && text[start..<end].allSatisfy({ (0x30...0x39).contains($0.value) }) && (text[start] == "1" || text[start] == "2")
    }

    /// Whether `text[start..<end]` is a year in four ASCII digits after a word and one space (`… than in 2093`): a
    /// paragraph ends with no decimal figure so set, so the digits glued to its full stop there are a marker.
    private static func isYearAfterWord(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        start >= 2 && text[start - 1] == " " && ScalarClass.isWordLetter(text[start - 2]) && isFourDigitYear(text, start, end)
    }

    /// Whether `bytes[start..<end]` ends with a full stop after a digit and at most `maximumFigureStopMarkerDigits`
    /// digits glued to it (`A/RES/2026/27.2`): a symbol that ends a sentence, its footnote marker after the stop —
    /// a line of running text, never a masthead's symbol alone (`MastheadLineSplitter`, `RawBlockBuilder`).
    static func endsWithFigureStopMarker(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var end = end
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        var digits = end
        while digits > start, end - digits < maximumFigureStopMarkerDigits, (0x30...0x39).contains(bytes[digits - 1]) { digits -= 1 }
        guard digits < end, digits - start >= 2, bytes[digits - 1] == UInt8(ascii: "."),
              (0x30...0x39).contains(bytes[digits - 2]) else { return false }
        return true
    }

    /// Most scalars of a footnote marker after a sentence's stop (`endsSentenceBeforeMarker`).
    static let maximumMarkerLength = 3

    /// Whether `text` ends a sentence, a footnote marker after its stop left aside — the one rule of the front matter
    /// (`ScalarText.endsSentenceBeforeFootnoteMarker`), of the annex captions known by their echo
    /// (`BlockClassifier.endsSentenceBeforeMarkers`) and of citations (`gluedAsCitation`): superscript digits,
    /// asterisks or daggers (at most `maximumMarkerLength`) after the stop, "… 79/222.¹", "… session.*", or plain
    /// digits glued to it as a citation is (`gluedAsCitation` without the year: "… vermektedir.12", "…
    /// (A/82/150).3", "…。1"); a decimal ("rose to 2.5"), a symbol ("79/222.1") or a year and month ("2026.12") is none.
    static func endsSentenceBeforeMarker(_ text: [Unicode.Scalar]) -> Bool {
        if ScalarText.endsSentence(text) { return true }
        var end = text.count
        while end > 0, ScalarClass.isWhitespace(text[end - 1]) { end -= 1 }
        var start = end
        while start > 0, end - start < maximumMarkerLength, isSymbolMarkScalar(text[start - 1]) { start -= 1 }
        // "…किया।(1)": a marker of one to three digits in parentheses glued to the stop.
        if start == end, end >= 3, text[end - 1] == ")" {
            var open = end - 2
            while open > 0, end - 1 - open <= maximumMarkerLength, ScalarClass.digit(text[open]) != nil { open -= 1 }
            if text[open] == "(", open < end - 2, end - 2 - open < maximumMarkerLength + 1, open > 0 {
                return ScalarText.endsSentence(Array(text[0..<open]))
            }
        }
        if start == end {
            while start > 0, end - start < maximumMarkerLength, (0x30...0x39).contains(text[start - 1].value) { start -= 1 }
            guard start < end, gluedAsCitation(text, start, afterYear: false) else { return false }
        }
        guard start < end, start > 0 else { return false }
        return ScalarText.endsSentence(Array(text[0..<start]))
    }

    /// A scalar of a footnote marker that is no plain digit: a superscript digit, an asterisk, a dagger.
    static func isSymbolMarkScalar(_ scalar: Unicode.Scalar) -> Bool {
        SuperscriptDigits.value(of: scalar) != nil || scalar == "*" || scalar == "\u{2020}" || scalar == "\u{2021}"
    }

    /// Whether the four scalars before `end` are the digits of a year (1000–2199) with no digit or
    /// digit-group mark right before them.
    private static func endsYear(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end >= 4 else { return false }
        var year = 0
        for index in (end - 4)..<end {
            guard let digit = ScalarClass.digit(text[index]) else { return false }
            year = year * 10 + digit
        }
        guard (1000...2199).contains(year) else { return false }
        let first = end - 4
        guard first > 0 else { return true }
        let previous = text[first - 1]
        if ScalarClass.digit(previous) != nil { return false }
        if previous == "." || previous == "," || previous == "\u{00A0}" || previous == "\u{202F}" || previous == "'" {
            return !(first >= 2 && ScalarClass.digit(text[first - 2]) != nil)
        }
        return true
    }

    /// Shortest word a marker of plain digits may be glued to with no stop between (`gluedToWord`).
    static let shortestGluedWord = 3

    /// Whether digits starting at `start` are glued straight to a word, as a superscript becomes in plain text with no
    /// stop before it (`Mipakani1`, `Agreement2,`): at least `shortestGluedWord` letters, the last in lower case, with
    /// no digit before them. `CO2`, `G20`, `A4` (a capital before the digits) and `H5N1` stay figures and names.
    static func gluedToWord(_ text: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start >= shortestGluedWord, ScalarClass.isLowercase(text[start - 1]) else { return false }
        var letters = 0
        var index = start - 1
        while index >= 0, ScalarClass.isWordLetter(text[index]) { letters += 1; index -= 1 }
        guard letters >= shortestGluedWord else { return false }
        return index < 0 || ScalarClass.digit(text[index]) == nil
    }

    /// Whether digits of a script's own (not ASCII) starting at `start` are glued straight to a word of a caseless
    /// script (`नुसार१`, `आहे२`): at least `shortestGluedWord` letters or marks, no digit before them. Read so only for
    /// a note the document has (`plainCitation`): such a script has no lower case to tell a word from a name.
    static func gluedToCaselessWord(_ text: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start >= shortestGluedWord, start < text.count, text[start].value >= 0x80, ScalarClass.digit(text[start]) != nil,
              ScriptLetterItems.mayBeItemLetter(text[start - 1]) else { return false }
        var letters = 0
        var index = start - 1
        while index >= 0, ScalarClass.isWordLetter(text[index]) { letters += 1; index -= 1 }
        guard letters >= shortestGluedWord else { return false }
        return index < 0 || ScalarClass.digit(text[index]) == nil
    }

    /// Whether a citation glued to a word ends at a comma, full stop, semicolon or colon before white space or the end,
    /// Latin or of another script (the Urdu `۔`, the danda `।`, the Arabic comma `،`: `تھیگی۱۔`).
    private static func endsCitationBeforePunctuation(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index < text.count else { return false }
        switch text[index] {
        case ",", ".", ";", ":", "\u{06D4}", "\u{0964}", "\u{0965}", "\u{060C}", "\u{061B}", "\u{1362}", "\u{1363}", "\u{104B}":
            return endsCitation(text, index + 1)
        default:
            return false
        }
    }

    /// A letter or closing punctuation a footnote marker is glued to.
    private static func isGlue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar {
        case ".", ",", ";", ":", "\u{201D}", "\u{2019}", "\"", "»", "\u{3002}", "\u{06D4}", ")", "%": return true
        default: return false
        }
    }

    private static func endsCitation(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        index == text.count || ScalarClass.isWhitespace(text[index])
    }
}
