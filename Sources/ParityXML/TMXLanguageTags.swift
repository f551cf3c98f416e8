import ParityCore

/// The `xml:lang` a TMX file writes for each of Parity's languages.
///
/// By default a version's own tag (`es`, `zh`, `pt-BR`): the UN's versions are
/// not regional variants, and CAT tools match a bare language code against any
/// regional project language (OmegaT's TMX reader takes, per unit, the variant
/// with the project's language and country, else the one with the language
/// alone, else one with the language and another country). A project that
/// wants regional or script tags maps them (`es=es-ES,zh=zh-CN`; the CLI's
/// `--tmx-lang`).
public struct TMXLanguageTags: Hashable, Sendable {
    /// A mapping that cannot be used, in one line.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, naming the entry.
        public var description: String
    }

    /// Our language → the tag to write.
    public private(set) var mapping: [Language: String]

    /// No mapping: every version's own tag.
    public init() { mapping = [:] }

    /// Reads `es=es-ES,zh=zh-CN`: comma-separated `ours=tag` entries, where
    /// `ours` is a language code as Parity reads it and `tag` a well-formed
    /// BCP 47 tag of the same language (written with conventional case:
    /// `es-es` → `es-ES`, `zh-hans` → `zh-Hans`).
    public init(parsing text: String) throws(ParseError) {
        mapping = [:]
        for entry in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = entry.split(separator: "=", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ParseError(description: "'\(entry)' is not of the form code=tag (e.g. es=es-ES)")
            }
            let ours: Language
            switch Language.parse(parts[0]) {
            case .success(let language): ours = language
            case .failure(let error): throw ParseError(description: "'\(entry)': \(error)")
            }
            let target: Language
            switch Language.parse(parts[1]) {
            case .success(let language): target = language
            case .failure(let error): throw ParseError(description: "'\(entry)': \(error)")
            }
            guard target.primary == ours.primary else {
                throw ParseError(description: "'\(entry)': \(parts[1]) is not a tag of the language \(ours.rawValue)")
            }
            guard mapping[ours] == nil else { throw ParseError(description: "'\(entry)': \(ours.rawValue) is mapped twice") }
            mapping[ours] = Self.conventionalCase(parts[1])
        }
    }

    /// The tag written for `language`: its mapping, else its own tag.
    public func tag(for language: Language) -> String { mapping[language] ?? language.rawValue }

    /// `es_es` → `es-ES`, `ZH-HANS-cn` → `zh-Hans-CN`: the case BCP 47 recommends.
    static func conventionalCase(_ tag: String) -> String {
        var result: [String] = []
        var afterSingleton = false
        for (index, subtag) in tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).enumerated() {
            let lower = subtag.lowercased()
            if index == 0 || afterSingleton {
                result.append(lower)
            } else if subtag.count == 1 {
                afterSingleton = true
                result.append(lower)
            } else if subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                result.append(lower.prefix(1).uppercased() + lower.dropFirst())
            } else if subtag.count == 2, subtag.allSatisfy(\.isLetter) {
                result.append(lower.uppercased())
            } else {
                result.append(lower)
            }
        }
        return result.joined(separator: "-")
    }
}
