import ParityCore

/// The one-line message for a `--lang` value that is not a language tag.
enum LanguageOptionMessage {
    /// "--lang: unknown language 'xx': not an ISO 639 language code (give a BCP 47 tag: en, fr, es, ru, ar, zh, de, pt-BR, …)",
    /// "malformed language tag '12': the language subtag '12' is not letters (…)".
    static func problem(_ error: LanguageTagError, option: String? = nil) -> String {
        let place = option.map { "\($0): " } ?? ""
        return "\(place)\(error) (give a BCP 47 tag: en, fr, es, ru, ar, zh, de, pt-BR, ja, hi, …)"
    }
}
