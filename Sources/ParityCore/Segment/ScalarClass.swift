/// Unicode-scalar character tests used by classification (fast paths for ASCII).
enum ScalarClass {
    /// White space, including no-break and ideographic spaces.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ByteClass.isASCIIWhitespace(UInt8(value)) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// An invisible bidirectional mark or embedding (LRM, RLM, ALM, LRE…PDF, LRI…PDI).
    @inline(__always)
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A lower-case letter (Latin, Cyrillic, Greek, ...), not one of a script
    /// the document writes without capitals (`CaselessScripts`).
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase && !CaselessScripts.current.contains(scalar)
    }

    /// A colon of any script, known by its Unicode properties rather than a
    /// list: `:`, and other punctuation (`Po`) whose name calls it a colon —
    /// full-width `：`, Ethiopic `፥` and preface colon `፦`, Mongolian `᠄`,
    /// small `﹕` — but no semicolon.
    static func isColon(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == ":" }
        if scalar == "：" { return true }
        let properties = scalar.properties
        guard properties.generalCategory == .otherPunctuation, let name = properties.name else { return false }
        return name.contains("COLON") && !name.contains("SEMICOLON")
    }

    /// The mark a script ends a clause with, known by its Unicode properties
    /// rather than a list: `,`, Arabic `،`, full-width `，`, ideographic `、`,
    /// and any other punctuation (`Po`) that ends a clause but no sentence
    /// (terminal punctuation that is no sentence terminal), colons and
    /// semicolons apart — Ethiopic `፣`, Mongolian `᠂`, Vai `꘍`, Lisu `꓾`, the
    /// Tibetan shad `།` (a script without a comma ends its clauses so) — or
    /// whose name calls it a comma (Armenian `՝`). The lesser of a script's
    /// two section signs is its comma too, though Unicode files it as a
    /// sentence terminal (`isScriptComma`: Myanmar `၊`).
    static func isClauseComma(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == "," }
        if scalar == "،" || scalar == "，" || scalar == "、" || isScriptComma(scalar) { return true }
        let properties = scalar.properties
        guard properties.generalCategory == .otherPunctuation, let name = properties.name,
              !name.contains("COLON") else { return false }
        if properties.isTerminalPunctuation { return !properties.isSentenceTerminal }
        return name.hasSuffix(" COMMA")
    }

    /// The commas Unicode files as sentence terminals (`Sentence_Terminal`), each the lesser of its script's two
    /// marks, as its script describes them: Myanmar U+104A `၊` (little section, the comma; U+104B `။` ends the
    /// sentence), Javanese U+A9C8 `꧈` (pada lingsa; U+A9C9 pada lungsi ends it), Balinese U+1B5E `᭞` (carik siki;
    /// U+1B5F carik pareren ends it). A closed set: they end a clause, never a sentence.
    @inline(__always)
    static func isScriptComma(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x104A, 0xA9C8, 0x1B5E: return true
        default: return false
        }
    }

    /// A comma of any script (`isClauseComma`).
    @inline(__always)
    static func isComma(_ scalar: Unicode.Scalar) -> Bool { isClauseComma(scalar) }

    /// A scalar inside a word of letters: a letter, or a combining mark written with it — the virama
    /// of Kannada `ಅಧ್ಯಕ್ಷರು`, the pulli of Tamil `தலைவர்`, which Unicode does not call alphabetic.
    @inline(__always)
    static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        let category = properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark
    }

    /// An upper-case letter.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// A combining mark (general category Mn, Mc or Me: a vowel sign, a virama, a nukta), part of the letter before it.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A letter of a script without case (Arabic, Han, ...), or of a script
    /// the document writes without capitals (Georgian, `CaselessScripts`).
    static func isCaselessLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return false }
        let properties = scalar.properties
        guard properties.isAlphabetic, !properties.isUppercase else { return false }
        return !properties.isLowercase || CaselessScripts.current.contains(scalar)
    }

    /// A Han ideograph (CJK unified ideographs and extension A).
    @inline(__always)
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
    }

    /// An Arabic-script character.
    @inline(__always)
    static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value)
            || (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
    }

    /// A Cyrillic character.
    @inline(__always)
    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x0400...0x052F).contains(scalar.value) }

    /// A Latin letter.
    @inline(__always)
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || ((0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7)
    }

    /// Punctuation that ends a sentence or a paragraph (`.`, `;`, `:`, `!`, `?`,
    /// `…`, `。`, `；`, `：`, `؟`, `؛`, `．`, and any other script's full stop,
    /// question or exclamation mark: `۔`, `।`, `။`, `።` …).
    static func isTerminalPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x2026, 0x3002, 0xFF0E, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x061F, 0x061B, 0x06D4, 0x0964, 0x0965: return true
        case 0..<0x80: return false
        // The Tibetan shad and its doubled and ornate forms end a clause or a sentence; Unicode files none as a terminal.
        case 0x0F0D...0x0F11: return true
        default: return scalar.properties.isSentenceTerminal && !isScriptComma(scalar)
        }
    }

    /// Punctuation that ends a sentence (like `isTerminalPunctuation` without `:` and `;`).
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF0E, 0xFF01, 0xFF1F, 0x061F, 0x06D4, 0x0964, 0x0965: return true
        case 0..<0x80: return false
        case 0x0F0D...0x0F11: return true
        // Any other script's full stop, question or exclamation mark (Ethiopic ።, Armenian ։, Myanmar ။, Khmer ។ …), not
        // a comma Unicode files so (Myanmar ၊).
        default: return scalar.properties.isSentenceTerminal && !isScriptComma(scalar)
        }
    }

    /// A full stop of any script, known by its Unicode properties rather than a list: `.`, `。`, `．`, and any other
    /// sentence terminal that is no question or exclamation mark (Armenian `։`, Ethiopic `።`, Devanagari `।`, Myanmar `။` …).
    static func isFullStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3002, 0xFF0E, 0x06D4, 0x0964: return true
        case 0..<0x80: return false
        default:
            guard scalar.properties.isSentenceTerminal, !isScriptComma(scalar), let name = scalar.properties.name else { return false }
            return !name.contains("QUESTION") && !name.contains("EXCLAMATION")
        }
    }

    /// Closing quotes and brackets that may follow final punctuation.
    static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A, 0xFF09, 0x300D, 0x300F, 0x201C: return true
        default: return false
        }
    }

    /// The value of a decimal digit of any script: ASCII, full-width,
    /// Arabic-Indic, Devanagari, every other Unicode decimal digit (Bengali,
    /// Thai, …) and the positional digits filed as other numbers (Medefaidrin):
    /// `DecimalDigit.value`, the one definition every reader uses.
    @inline(__always)
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        DecimalDigit.value(scalar)
    }

    /// A dash used as a label separator or range separator (`-`, `‐`, `‒`, `–`, `—`, `−`).
    @inline(__always)
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return true
        default: return false
        }
    }
}
