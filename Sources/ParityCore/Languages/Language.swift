/// The six official languages of the United Nations.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable {
    case english = "en"
    case french = "fr"
    case spanish = "es"
    case russian = "ru"
    case arabic = "ar"
    case chinese = "zh"

    /// Reads a language code in any common form: `es`, `spa`, `es-ES`,
    /// `zh-Hans`, `cmn`, `arb`, case-insensitively.
    public init?(code: String) {
        let lower = code.lowercased()
        let primary = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
        switch primary {
        case "en", "eng": self = .english
        case "fr", "fra", "fre": self = .french
        case "es", "spa": self = .spanish
        case "ru", "rus": self = .russian
        case "ar", "ara", "arb": self = .arabic
        case "zh", "zho", "chi", "cmn": self = .chinese
        default: return nil
        }
    }

    /// Reads a language name as UN documents write it in their header
    /// ("Español", "English", "Français", "Русский", "Arabic", "中文", "inglés", ...).
    public init?(name: String) {
        let key = name.trimmingWhitespace().lowercased()
        for language in Language.allCases where language.names.contains(key) {
            self = language
            return
        }
        return nil
    }

    /// Names of the language, in lower case, as the six language versions write them.
    public var names: [String] {
        switch self {
        case .english: return ["english", "anglais", "inglés", "ingles", "английский", "الإنكليزية", "الانكليزية", "الإنجليزية", "英文", "英语", "eng"]
        case .french: return ["french", "français", "francais", "francés", "frances", "французский", "الفرنسية", "法文", "法语", "fra"]
        case .spanish: return ["spanish", "espagnol", "español", "espanol", "испанский", "الإسبانية", "الاسبانية", "西班牙文", "西班牙语", "spa"]
        case .russian: return ["russian", "russe", "ruso", "русский", "الروسية", "俄文", "俄语", "rus"]
        case .arabic: return ["arabic", "arabe", "árabe", "арабский", "العربية", "عربي", "阿拉伯文", "阿拉伯语", "arb"]
        case .chinese: return ["chinese", "chinois", "chino", "китайский", "الصينية", "中文", "汉语", "cmn"]
        }
    }

    /// Whether the language is written right to left.
    public var isRightToLeft: Bool { self == .arabic }

    /// The English name of the language.
    public var englishName: String {
        switch self {
        case .english: return "English"
        case .french: return "French"
        case .spanish: return "Spanish"
        case .russian: return "Russian"
        case .arabic: return "Arabic"
        case .chinese: return "Chinese"
        }
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode `White_Space`).
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
