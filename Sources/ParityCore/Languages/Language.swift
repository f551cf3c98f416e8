/// A language, identified by a BCP 47 tag: `en`, `de`, `pt-BR`, `zh-Hant`,
/// `sr-Latn`, `hi`. Any well-formed tag whose primary language subtag is an
/// ISO 639 code is a language; the six official languages of the United
/// Nations are the static members `.english` … `.chinese`.
///
/// Tags are normalized: the primary subtag is the shortest ISO 639 code
/// (`deu`, `ger` → `de`; `cmn` → `zh`), subtags take their conventional case
/// (`pt-br` → `pt-BR`, `zh-hant` → `zh-Hant`) and `_` becomes `-`. A UN
/// language keeps the two-letter code Parity has always identified its
/// versions by: its region and its usual script are dropped (`en-GB`,
/// `es-419`, `zh-Hans`, `zh-Hans-CN` → `en`, `es`, `zh`), another script is
/// kept (`zh-Hant`). Any other language keeps its tag as written (`pt-BR`).
///
/// Two languages are equal when their normalized tags are. What a language
/// writes in its documents (header words, numbering, month names) is its
/// ``LanguageConventions`` (`conventions`), looked up by primary subtag.
public struct Language: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    /// The normalized BCP 47 tag: `en`, `pt-BR`, `zh-Hant`.
    public let tag: String

    /// The tag, as language codes are written in exports and JSON.
    public var rawValue: String { tag }

    public var description: String { tag }

    /// Reads a tag (see `init?(code:)`).
    public init?(rawValue: String) { self.init(code: rawValue) }

    /// A language whose tag is already normalized (a tag read back from a ``Language``'s own `tag`).
    init(normalizedTag: String) { tag = normalizedTag }

    public static let english = Language(normalizedTag: "en")
    public static let french = Language(normalizedTag: "fr")
    public static let spanish = Language(normalizedTag: "es")
    public static let russian = Language(normalizedTag: "ru")
    public static let arabic = Language(normalizedTag: "ar")
    public static let chinese = Language(normalizedTag: "zh")

    /// The six official languages of the United Nations, in the UN's order of listing in Parity.
    public static let unOfficial: [Language] = [.english, .french, .spanish, .russian, .arabic, .chinese]

    /// Reads a language code in any common form: `es`, `spa`, `es-ES`,
    /// `zh-Hans`, `cmn`, `arb`, `de`, `deu`, `pt-BR`, `hi`, case-insensitively;
    /// `nil` for a malformed tag or an unknown language (see ``parse(_:)`` for why).
    public init?(code: String) {
        guard case .success(let language) = Language.parse(code) else { return nil }
        self = language
    }

    /// Reads a BCP 47 tag, or says in one line what is wrong with it.
    public static func parse(_ code: String) -> Result<Language, LanguageTagError> {
        LanguageTagParser.parse(code).map { Language(normalizedTag: $0) }
    }

    /// The primary language subtag: `pt` for `pt-BR`.
    public var primary: String {
        guard let dash = tag.firstIndex(of: "-") else { return tag }
        return String(tag[..<dash])
    }

    /// The script subtag, if the tag has one (`Hant` for `zh-Hant`).
    public var scriptSubtag: String? {
        subtags.dropFirst().first { $0.count == 4 && $0.first!.isLetter }
    }

    /// The region subtag, if the tag has one (`BR` for `pt-BR`, `419` for `es-419`).
    public var regionSubtag: String? {
        for subtag in subtags.dropFirst() {
            if subtag.count == 1 { return nil }  // extensions and private use follow
            if subtag.count == 2 && subtag.allSatisfy(\.isLetter) { return subtag }
            if subtag.count == 3 && subtag.allSatisfy(\.isNumber) { return subtag }
        }
        return nil
    }

    private var subtags: [String] { tag.split(separator: "-").map(String.init) }

    /// The language without script, region or other subtags (`pt` for `pt-BR`).
    public var base: Language { Language(normalizedTag: primary) }

    /// Whether the language is one of the six official languages of the United Nations.
    public var isUNOfficial: Bool { LanguageTagParser.unLanguages.contains(primary) }

    /// Whether the language is written right to left: by its script subtag
    /// when it has one (`ar`, `fa`, `he`, `ur`, `ps`, `yi`… but not `ku-Latn`), else by its primary subtag.
    public var isRightToLeft: Bool {
        if let script = scriptSubtag { return WritingScript.rightToLeftScriptCodes.contains(script) }
        return WritingScript.rightToLeftLanguages.contains(primary)
    }

    /// The English name of the language (`English`, `German`, `Portuguese`);
    /// the tag itself for a language ISO 639-1 has no code for.
    public var englishName: String {
        ISO639.englishName(ofPrimary: primary) ?? tag
    }

    /// What this language writes in its documents; the general conventions
    /// (digits, Roman numerals, Latin letters) for a language without its own.
    public var conventions: LanguageConventions { LanguageConventions.of(self) }

    /// Reads a language name as documents write it in their header
    /// ("Español", "English", "Français", "Русский", "Arabic", "中文",
    /// "inglés", "Deutsch", "Português", "日本語", "हिन्दी", ...).
    public init?(name: String) {
        let key = name.trimmingWhitespace().lowercased()
        guard let language = LanguageConventions.languageNamed[key] else { return nil }
        self = language
    }
}

extension Language: Codable {
    /// Decodes the tag string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch Language.parse(text) {
        case .success(let language): self = language
        case .failure(let error):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the tag string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }
}

/// Why a string is not a language tag.
public enum LanguageTagError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The string is empty or white space.
    case empty
    /// The string does not have the shape of a BCP 47 tag.
    case malformed(tag: String, reason: String)
    /// The shape is right but ISO 639 has no such language.
    case unknownLanguage(tag: String, primary: String)

    public var description: String {
        switch self {
        case .empty:
            return "empty language tag"
        case .malformed(let tag, let reason):
            return "malformed language tag '\(tag)': \(reason)"
        case .unknownLanguage(let tag, let primary):
            return tag == primary ? "unknown language '\(tag)': not an ISO 639 language code"
                : "unknown language '\(tag)': '\(primary)' is not an ISO 639 language code"
        }
    }
}
