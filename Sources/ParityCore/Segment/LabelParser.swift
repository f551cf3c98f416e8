/// Reads the label at the start of a block's text, in any of the six UN
/// languages' conventions. Pure and cheap: looks at a few leading scalars.
enum LabelParser {
    /// The label at the start of `text`, if any. `language` only breaks ties
    /// (Latin letters that look like Cyrillic ones in a Russian text).
    static func parse(_ text: [Unicode.Scalar], language: Language?) -> BlockLabel? {
        guard let first = text.first else { return nil }
        if let marker = footnoteMarker(text) { return marker }
        if let bullet = bullet(text, first) { return bullet }
        if first == "(" || first == "（" { return parenthesized(text) }
        if let sub = parenthesizedIdeograph(text) { return sub }
        if ScalarClass.digit(first) != nil { return inserted(text) ?? number(text) }
        if first == "§" { return sectionSign(text) }
        if EthiopicNumeral.isNumeral(first) { return ethiopicNumeral(text) }
        if ScalarClass.isArabic(first) { return arabic(text) }
        if ChineseNumeral.isLabelNumeral(first) { return chineseOrdinal(text) }
        if let sub = closingParenthesisOnly(text) { return sub }
        return sectionLetter(text, language: language)
    }

    // MARK: - Pieces

    /// Whether the label ends properly at `index`: white space (taken), end of
    /// text is not allowed (a label needs text after it), or a Han ideograph
    /// when `allowHan`.
    private static func labelEnd(_ text: [Unicode.Scalar], _ index: Int, allowHan: Bool = false) -> Int? {
        guard index < text.count else { return nil }
        if ScalarClass.isWhitespace(text[index]) {
            var end = index
            while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
            return end < text.count ? end : nil
        }
        if allowHan, ScalarClass.isHan(text[index]) || text[index] == "“" || text[index] == "《" { return index }
        return nil
    }

    private static func make(_ form: BlockLabel.Form, _ text: [Unicode.Scalar], _ labelEnd: Int, _ end: Int) -> BlockLabel {
        BlockLabel(form: form, written: ScalarText.string(ScalarText.trimmed(text[0..<labelEnd])), length: end)
    }

    private static func footnoteMarker(_ text: [Unicode.Scalar]) -> BlockLabel? {
        var index = 0
        if SuperscriptDigits.value(of: text[0]) != nil {
            while index < text.count, SuperscriptDigits.value(of: text[index]) != nil { index += 1 }
        } else if text[0] == "*" {
            while index < text.count, text[index] == "*" { index += 1 }
            guard index <= 3 else { return nil }
        } else if text[0] == "(", text.count > 2, text[1] == "*" {
            // `(*)`, `(**)`: a star note's marker in parentheses, the note `*` is.
            index = 1
            while index < text.count, text[index] == "*" { index += 1 }
            guard index <= 4, index < text.count, text[index] == ")", let end = labelEnd(text, index + 1) else { return nil }
            let stars = ScalarText.string(text[1..<index])
            return BlockLabel(form: .footnoteMarker(stars), written: ScalarText.string(text[0...index]), length: end)
        } else if text[0] == "†" || text[0] == "‡" || SuperscriptLetters.letter(of: text[0]) != nil {
            // A superscript letter marks a table note ("ᵃ Authorized strength …").
            index = 1
        } else if ScalarClass.digit(text[0]) != nil, (0x30...0x39).contains(text[0].value) {
            // Older UN documents: "1/ A/60/871."
            while index < text.count, index < 3, (0x30...0x39).contains(text[index].value) { index += 1 }
            guard index < text.count, text[index] == "/" else { return nil }
            index += 1
        } else {
            return nil
        }
        guard let end = labelEnd(text, index) else { return nil }
        let written = ScalarText.string(text[0..<index])
        return BlockLabel(form: .footnoteMarker(written), written: written, length: end)
    }

    private static func bullet(_ text: [Unicode.Scalar], _ first: Unicode.Scalar) -> BlockLabel? {
        switch first {
        case "-", "–", "—", "•", "·", "▪", "◦", "‒", "●", "■", "○": break
        default: return nil
        }
        guard text.count > 1, ScalarClass.isWhitespace(text[1]), let end = labelEnd(text, 1) else { return nil }
        return make(.bullet, text, 1, end)
    }

    /// `(a)`, `(ii)`, `(а)`, `(أ)`, `(1)`, `（一）`.
    private static func parenthesized(_ text: [Unicode.Scalar]) -> BlockLabel? {
        var close = 1
        while close < text.count, close <= 6, text[close] != ")", text[close] != "）" { close += 1 }
        guard close < text.count, close <= 6, close > 1 else { return nil }
        let inner = text[1..<close]
        guard let end = labelEnd(text, close + 1, allowHan: true) else { return nil }
        if let value = ChineseNumeral.labelValue(inner) {
            return make(.letter(value), text, close + 1, end)
        }
        if let key = subparagraphKey(inner) {
            return make(.subparagraph(key: key), text, close + 1, end)
        }
        return nil
    }

    /// `㈠`, `㈡` … `㈩` (U+3220–U+3229, one character each): the Chinese version's label of the
    /// subparagraphs the other versions number `(i)`, `(ii)` … `(x)`; keyed as those Roman numerals.
    private static func parenthesizedIdeograph(_ text: [Unicode.Scalar]) -> BlockLabel? {
        let value = Int(text[0].value) - 0x3220 + 1
        guard (1...10).contains(value), let end = labelEnd(text, 1, allowHan: true) else { return nil }
        return make(.subparagraph(key: RomanNumeral.spelling(value).lowercased()), text, 1, end)
    }

    /// `a)`, `ii)`, `а)` (Cyrillic), `ა)` (Georgian, written without capitals), `அ)`, `가)` (Korean), at the start of the text.
    private static func closingParenthesisOnly(_ text: [Unicode.Scalar]) -> BlockLabel? {
        var close = 0
        while close < text.count, close <= 5, text[close] != ")" { close += 1 }
        guard close > 0, close < text.count, close <= 5 else { return nil }
        let inner = text[0..<close]
        let caselessLetter = inner.count == 1 && (ScriptLetterItems.mayBeItemLetter(inner.first!) || HangulNumbering.position(inner.first!) != nil)
        guard caselessLetter || inner.allSatisfy({ ScalarClass.isLowercase($0) }), let key = subparagraphKey(inner),
              let end = labelEnd(text, close + 1)
        else { return nil }
        return make(.subparagraph(key: key), text, close + 1, end)
    }

    /// Normalized key of a subparagraph label's inside: Latin letter or lower-case
    /// Roman numeral, Cyrillic, Arabic or Devanagari letter (as its Latin counterpart), digits.
    static func subparagraphKey(_ inner: ArraySlice<Unicode.Scalar>) -> String? {
        if inner.count == 1, let position = Numerals.latinPosition(inner.first!), ScalarClass.isLowercase(inner.first!) {
            return Numerals.latinLetter(position).lowercased()
        }
        if inner.allSatisfy({ "ivxlc".unicodeScalars.contains($0) }), RomanNumeral.lowercaseValue(of: inner) != nil {
            return ScalarText.string(inner)
        }
        if inner.count == 1, let position = CyrillicNumbering.position(inner.first!), ScalarClass.isLowercase(inner.first!) {
            return Numerals.latinLetter(position).lowercased()
        }
        // `ґ)`, `ә)`: a Cyrillic letter Russian does not label with takes its place from its list (`CyrillicItemLetters`).
        if inner.count == 1, CyrillicItemLetters.isExtraLetter(inner.first!) {
            return ScriptLetterItems.provisionalKey(inner.first!)
        }
        if inner.count == 1, let position = GreekNumbering.position(inner.first!), ScalarClass.isLowercase(inner.first!) {
            return Numerals.latinLetter(position).lowercased()
        }
        if let position = ArabicNumbering.letterPosition(inner) {
            return Numerals.latinLetter(position).lowercased()
        }
        // `(ئا)`, `(پ)`, `(الف)`: a letter of another Arabic-script alphabet, placed by its run (`ArabicScriptItemLetters`).
        if let key = ArabicScriptItemLetters.provisionalKey(inner) { return key }
        // Hindi `(क)`, `(ख)`: a Devanagari consonant, as its Latin counterpart.
        if inner.count == 1, let position = DevanagariNumbering.position(inner.first!), position <= 26 {
            return Numerals.latinLetter(position).lowercased()
        }
        // Korean `(가)`, `(나)`: a syllable of the 가나다 order, as its Latin counterpart.
        if inner.count == 1, let position = HangulNumbering.position(inner.first!) {
            return Numerals.latinLetter(position).lowercased()
        }
        if let value = Numerals.decimalValue(inner) {
            return String(value)
        }
        // `(அ)`, `(ક)`: one letter of a caseless script no table reads; its place is decided by the
        // items around it (`ScriptLetterItems`), so the key is provisional.
        if inner.count == 1, let letter = inner.first, ScriptLetterItems.mayBeItemLetter(letter) || ScriptLetterItems.mayBeCasedItemLetter(letter) {
            return ScriptLetterItems.provisionalKey(letter)
        }
        return nil
    }

    /// Whether `scalar` ends a label after a number or a letter as a full stop
    /// does in its script: a sentence terminator (Unicode Sentence_Terminal)
    /// that asks and exclaims nothing — the Urdu `۔`, the danda `।` and `॥`,
    /// the Myanmar `။`, the Ethiopic `።`, the Armenian `։`, the ideographic
    /// `。` … The ASCII `.` and the full-width `．` are read apart.
    static func isLabelMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x80, scalar != "．", scalar.properties.isSentenceTerminal else { return false }
        guard let name = scalar.properties.name else { return false }
        return !name.contains("QUESTION") && !name.contains("EXCLAMATION") && !name.contains("INTERROBANG")
    }

    /// `12.`, `１．`, `1．`, `١٢ -`, `1-`, `1 — ` (Portuguese), `۱۔` (Urdu), `১।` (Bengali), `၁။` (Myanmar), `3)`.
    private static func number(_ text: [Unicode.Scalar]) -> BlockLabel? {
        var index = 0
        while index < text.count, index < 6, ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index < text.count, let value = Numerals.decimalValue(text[0..<index]) else { return nil }
        let arabicIndic = (0x0660...0x06F9).contains(text[0].value)
        let separator = text[index]
        if separator == "." {
            let next = index + 1
            guard next < text.count, ScalarClass.digit(text[next]) == nil, let end = labelEnd(text, next, allowHan: true),
                  !isDayMonthYear(text[end...])
            else { return nil }
            return make(.number(value), text, next, end)
        }
        // Another script's full stop (`۱۔`, `১।`, `၁။`) or a closing parenthesis (`1)`, at most three
        // digits) has white space after it, as `.` has.
        if isLabelMark(separator) || (separator == ")" && index <= 3) {
            guard let end = labelEnd(text, index + 1) else { return nil }
            return make(.number(value), text, index + 1, end)
        }
        if separator == "．" || separator == "、" {
            let next = index + 1
            guard next < text.count else { return nil }
            var end = next
            while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
            guard end < text.count else { return nil }
            return make(.number(value), text, next, end)
        }
        // Arabic style: digits, optional space, dash, space.
        var dash = index
        while dash < text.count, dash < index + 2, text[dash] == " " { dash += 1 }
        if dash < text.count, ScalarClass.isDash(text[dash]), dash + 1 < text.count {
            guard let end = labelEnd(text, dash + 1) else { return nil }
            if arabicIndic || ScalarClass.isArabic(text[end]) { return make(.number(value), text, dash + 1, end) }
            // Portuguese law style: `1 — O presente Acordo`: at most three digits, a space, an en or em
            // dash, a space, then a capital ("2024 - 2025" and "3-4" are no labels).
            guard index <= 3, dash == index + 1, text[dash] == "—" || text[dash] == "–",
                  ScalarClass.isWhitespace(text[dash + 1]), ScalarClass.isUppercase(text[end]) else { return nil }
            return make(.number(value), text, dash + 1, end)
        }
        return nil
    }

    /// `3 bis`, `3bis.`, `12 quater`: a paragraph inserted after paragraph 3 (`InsertedParagraphLabel`).
    private static func inserted(_ text: [Unicode.Scalar]) -> BlockLabel? {
        guard let match = InsertedParagraphLabel.match(text) else { return nil }
        return make(.inserted(number: match.number, suffix: match.suffix), text, match.labelEnd, match.length)
    }

    /// `§ 1.`, `§2.`: a paragraph number after the section sign, as Latin, Polish and
    /// Portuguese legal texts number the paragraphs of an article. The point is
    /// required: `§ 3 Geltungsbereich` (a German section heading) and `§ 3 Abs. 2`
    /// (a citation) are no paragraph labels.
    private static func sectionSign(_ text: [Unicode.Scalar]) -> BlockLabel? {
        guard let (value, pointEnd) = sectionSignNumber(text) else { return nil }
        guard let end = labelEnd(text, pointEnd) else { return nil }
        return make(.number(value), text, pointEnd, end)
    }

    /// The number of a `§ 1.` label and the end of its point: the section sign, one
    /// optional space, one to three digits, a point not followed by a digit.
    static func sectionSignNumber(_ text: [Unicode.Scalar]) -> (Int, Int)? {
        guard text.first == "§" else { return nil }
        var index = 1
        if index < text.count, text[index] == " " || text[index] == "\u{00A0}" { index += 1 }
        let digitsStart = index
        while index < text.count, index - digitsStart < 4, ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index > digitsStart, index - digitsStart <= 3, index < text.count, text[index] == ".",
              let value = Numerals.decimalValue(text[digitsStart..<index]) else { return nil }
        return (value, index + 1)
    }

    /// Whether the text after a `27.` is only a month and a year (`Juli 2006`):
    /// then `27.` is the day of a date as German writes it, not a label.
    private static func isDayMonthYear(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard rest.count <= 24 else { return false }
        let words = rest.split(whereSeparator: ScalarClass.isWhitespace)
        guard words.count == 2, words[1].count == 4, Numerals.decimalValue(words[1]) != nil else { return false }
        return MonthNames.single[ScalarText.string(words[0]).lowercased()] != nil
    }

    /// `أولا -`, `ثانياً -`, `حادي عشر -` (ordinal) and `ألف -`, `بـاء -` (letter); the
    /// dash may be a label mark (`ألف۔`).
    private static func arabic(_ text: [Unicode.Scalar]) -> BlockLabel? {
        var dash = 0
        while dash < text.count, dash < 16, !ScalarClass.isDash(text[dash]), text[dash] != ":", !isLabelMark(text[dash]) { dash += 1 }
        guard dash < text.count, dash < 16, let end = labelEnd(text, dash + 1) else { return nil }
        let word = ScalarText.trimmed(text[0..<dash])
        guard !word.isEmpty else { return nil }
        if let value = ArabicNumbering.ordinalValue(word) { return make(.ordinal(value), text, dash + 1, end) }
        if let position = ArabicNumbering.letterNamePosition(word) { return make(.letter(position), text, dash + 1, end) }
        // Persian and Urdu write the letter itself after `الف` (`الف۔` / `ب۔` / `ج۔`, in the abjad order), set close to
        // its mark: a letter alone before a dash, a colon or a full stop of the script.
        if word.count == 1, dash == 1, let position = ArabicNumbering.letterPosition(word) { return make(.letter(position), text, dash + 1, end) }
        return nil
    }

    /// `一、`, `二.`, `十一．`.
    private static func chineseOrdinal(_ text: [Unicode.Scalar]) -> BlockLabel? {
        var index = 0
        while index < text.count, index < 3, ChineseNumeral.isLabelNumeral(text[index]) { index += 1 }
        guard index < text.count, let value = ChineseNumeral.labelValue(text[0..<index]) else { return nil }
        let separator = text[index]
        guard separator == "、" || separator == "." || separator == "．" else { return nil }
        // `一.二`: a decimal label written with Chinese numerals (`DecimalLabel`), no ordinal.
        if separator != "、", index + 1 < text.count, ChineseNumeral.isLabelNumeral(text[index + 1]) { return nil }
        var end = index + 1
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        guard end < text.count else { return nil }
        return make(.ordinal(value), text, index + 1, end)
    }

    /// `፩.`, `፲፱.`, `፪።`: an Ethiopic numeral (`EthiopicNumeral`) and a full stop or a label mark, the
    /// counterpart of `一、` — a level-1 ordinal, or a paragraph's number where the document's numeral labels
    /// number its paragraphs (`NumeralParagraphLabels`). `፲፱.፩` is a decimal label (`DecimalLabel`).
    private static func ethiopicNumeral(_ text: [Unicode.Scalar]) -> BlockLabel? {
        guard let (value, end) = EthiopicNumeral.run(text, at: 0, limit: 6), end < text.count else { return nil }
        let separator = text[end]
        guard separator == "." || separator == "．" || isLabelMark(separator),
              let labelEnd = labelEnd(text, end + 1) else { return nil }
        return make(.ordinal(value), text, end + 1, labelEnd)
    }

    /// `IV.`, `A.`, `C.`, `Б.`, `В．`, `Β.` (Greek), `क.` (Devanagari, a caseless script); any
    /// label mark in place of the full stop (`क।`).
    private static func sectionLetter(_ text: [Unicode.Scalar], language: Language?) -> BlockLabel? {
        if text.count > 2, text[1] == "." || isLabelMark(text[1]), let position = DevanagariNumbering.position(text[0]), position <= 26,
           let end = labelEnd(text, 2) {
            return make(.section(roman: nil, letters: [position]), text, 2, end)
        }
        // Telugu `అ.`, Kannada `ಅ.`, Hebrew `א.`, Syriac `ܐ.`: a letter of another caseless script, read by its sequence;
        // so is a capital of a cased alphabet other than Latin and Cyrillic (Greek `Α.`, Armenian `Ա.`).
        if text.count > 2, text[1] == "." || isLabelMark(text[1]),
           ScriptLetterItems.mayBeItemLetter(text[0]) || ScriptLetterItems.mayBeCasedHeadingLetter(text[0]), !ScalarClass.isArabic(text[0]),
           let end = labelEnd(text, 2) {
            return make(.scriptLetter(text[0]), text, 2, end)
        }
        var index = 0
        while index < text.count, index < 8, ScalarClass.isUppercase(text[index]) { index += 1 }
        guard index > 0, index < text.count, text[index] == "." || text[index] == "．" || isLabelMark(text[index]) else { return nil }
        guard let end = labelEnd(text, index + 1, allowHan: true) else { return nil }
        let letters = text[0..<index]
        let roman = RomanNumeral.value(of: letters)
        var candidates: [Int] = []
        if index == 1 {
            let letter = letters.first!
            if let latin = Numerals.latinPosition(letter) {
                let lookalike = CyrillicNumbering.cyrillicLookalike(ofLatin: letter).flatMap(CyrillicNumbering.position)
                if language?.conventions.readsLatinLookalikesAsOwnLetters == true, let lookalike {
                    candidates = [lookalike, latin]
                } else {
                    candidates = [latin]
                    if let lookalike { candidates.append(lookalike) }
                }
            } else if let cyrillic = CyrillicNumbering.position(letter) {
                candidates = [cyrillic]
            } else if let greek = GreekNumbering.position(letter) {
                candidates = [greek]
            }
        }
        guard roman != nil || !candidates.isEmpty else { return nil }
        return make(.section(roman: roman, letters: candidates), text, index + 1, end)
    }
}
