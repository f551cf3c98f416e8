/// Writing systems as language detection and the script check tell them
/// apart, with the language each one suggests on its own.
public enum WritingScript: String, Sendable, Hashable, CaseIterable {
    case latin, cyrillic, arabic, han, kana, hangul, greek, hebrew, devanagari, bengali, gurmukhi, gujarati,
         tamil, telugu, kannada, malayalam, sinhala, thai, lao, khmer, myanmar, georgian, armenian, ethiopic, tibetan

    /// The script of a letter, for the scripts beyond the UN four
    /// (`ScalarClass` tells Latin, Cyrillic, Arabic and Han); `nil` otherwise.
    static func additionalScript(of scalar: Unicode.Scalar) -> WritingScript? {
        let value = scalar.value
        switch value {
        case 0x0370...0x03FF, 0x1F00...0x1FFF: return .greek
        case 0x0530...0x058F: return .armenian
        case 0x0590...0x05FF: return .hebrew
        case 0x0900...0x097F, 0xA8E0...0xA8FF: return .devanagari
        case 0x0980...0x09FF: return .bengali
        case 0x0A00...0x0A7F: return .gurmukhi
        case 0x0A80...0x0AFF: return .gujarati
        case 0x0B80...0x0BFF: return .tamil
        case 0x0C00...0x0C7F: return .telugu
        case 0x0C80...0x0CFF: return .kannada
        case 0x0D00...0x0D7F: return .malayalam
        case 0x0D80...0x0DFF: return .sinhala
        case 0x0E00...0x0E7F: return .thai
        case 0x0E80...0x0EFF: return .lao
        case 0x0F00...0x0FFF: return .tibetan
        case 0x1000...0x109F: return .myanmar
        case 0x10A0...0x10FF, 0x2D00...0x2D2F: return .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x1200...0x139F: return .ethiopic
        case 0x1780...0x17FF: return .khmer
        // Hiragana and katakana, without the middle dot and the prolonged
        // sound mark that Chinese also writes (乔治・布什).
        case 0x3041...0x309F, 0x30A1...0x30FA, 0x31F0...0x31FF: return .kana
        default: return nil
        }
    }

    /// The language a text written mostly in this script is taken to be in,
    /// when nothing else (metadata, header) says: Devanagari → Hindi, kana →
    /// Japanese, Hangul → Korean. `nil` for Latin, which needs its words.
    var usualLanguage: Language? {
        let code: String?
        switch self {
        case .latin: code = nil
        case .cyrillic: code = "ru"
        case .arabic: code = "ar"
        case .han: code = "zh"
        case .kana: code = "ja"
        case .hangul: code = "ko"
        case .greek: code = "el"
        case .hebrew: code = "he"
        case .devanagari: code = "hi"
        case .bengali: code = "bn"
        case .gurmukhi: code = "pa"
        case .gujarati: code = "gu"
        case .tamil: code = "ta"
        case .telugu: code = "te"
        case .kannada: code = "kn"
        case .malayalam: code = "ml"
        case .sinhala: code = "si"
        case .thai: code = "th"
        case .lao: code = "lo"
        case .khmer: code = "km"
        case .myanmar: code = "my"
        case .georgian: code = "ka"
        case .armenian: code = "hy"
        case .ethiopic: code = "am"
        case .tibetan: code = "bo"
        }
        return code.flatMap(Language.init(code:))
    }

    /// ISO 15924 codes of the scripts written right to left.
    static let rightToLeftScriptCodes: Set<String> = [
        "Arab", "Aran", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend", "Yezi",
        "Phnx", "Avst", "Armi", "Nbat", "Palm", "Sogd", "Chrs", "Elym", "Hatr", "Khar", "Lydi", "Narb",
        "Phli", "Phlp", "Prti", "Sarb", "Cprt", "Mani", "Ougr", "Sogo",
    ]

    /// Primary subtags of languages written right to left by default.
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arb", "ary", "arz", "apc", "apd", "acm", "ajp", "aeb", "afb", "ayl", "acq", "ars",
        "fa", "prs", "ur", "he", "yi", "ps", "pbt", "pbu", "sd", "ug", "dv", "ckb", "syr", "pnb", "skr",
        "bal", "azb", "glk", "mzn", "lrc", "bqi", "haz", "khw", "ks", "nqo", "arc", "sam",
    ]

    /// The script a language is usually written in, for the languages the
    /// script check and detection need to know; `nil` when unsure (`sr`, `ku`).
    static func usualScript(of language: Language) -> WritingScript? {
        if let code = language.scriptSubtag { return scriptCodes[code] }
        return usualScripts[language.primary]
    }

    private static let scriptCodes: [String: WritingScript] = [
        "Latn": .latin, "Cyrl": .cyrillic, "Arab": .arabic, "Hans": .han, "Hant": .han, "Hani": .han, "Jpan": .han,
        "Hira": .kana, "Kana": .kana, "Hang": .hangul, "Kore": .hangul, "Grek": .greek, "Hebr": .hebrew,
        "Deva": .devanagari, "Beng": .bengali, "Guru": .gurmukhi, "Gujr": .gujarati, "Taml": .tamil,
        "Telu": .telugu, "Knda": .kannada, "Mlym": .malayalam, "Sinh": .sinhala, "Thai": .thai, "Laoo": .lao,
        "Khmr": .khmer, "Mymr": .myanmar, "Geor": .georgian, "Armn": .armenian, "Ethi": .ethiopic, "Tibt": .tibetan,
    ]

    private static let usualScripts: [String: WritingScript] = {
        var table: [String: WritingScript] = [:]
        let latin = "en fr es de pt it nl ca gl eu ast oc co sc rm lb fy af da sv nb nn no is fo fi et lv lt pl cs sk sl hr bs "
            + "ro hu sq mt ga gd cy br kw tr az uz tk id ms jv su tl ceb vi sw yo ig ha zu xh st tn so om rw mg eo la"
        for code in latin.split(separator: " ") { table[String(code)] = .latin }
        for code in ["ru", "uk", "be", "bg", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "os", "ce"] { table[code] = .cyrillic }
        for code in ["ar", "fa", "ur", "ps", "sd", "ug", "ckb", "ks", "prs", "pnb"] { table[code] = .arabic }
        for code in ["he", "yi"] { table[code] = .hebrew }
        for code in ["hi", "mr", "ne", "sa", "kok", "mai", "bho"] { table[code] = .devanagari }
        table["zh"] = .han; table["yue"] = .han
        table["ja"] = .han  // Kanji with kana: the script check counts kana with Han.
        table["ko"] = .hangul
        table["el"] = .greek
        table["bn"] = .bengali; table["as"] = .bengali
        table["pa"] = .gurmukhi; table["gu"] = .gujarati; table["ta"] = .tamil; table["te"] = .telugu
        table["kn"] = .kannada; table["ml"] = .malayalam; table["si"] = .sinhala; table["th"] = .thai
        table["lo"] = .lao; table["km"] = .khmer; table["my"] = .myanmar; table["ka"] = .georgian
        table["hy"] = .armenian; table["am"] = .ethiopic; table["ti"] = .ethiopic; table["bo"] = .tibetan; table["dz"] = .tibetan
        return table
    }()
}
