/// How each language writes "per cent" in words, keyed by language code.
/// A figure followed by one of these (or by `%`, `٪`, `％`) is a
/// percentage; Chinese and Japanese write `百分之` before the figure.
public enum PercentWords {
    /// One- or two-word forms written after the figure, lower case (Arabic
    /// normalized when read). Russian inflects: every word starting with
    /// `процент` counts (see ``prefixes``).
    public static let after: [String: [String]] = [
        "en": ["percent", "per cent", "pc"],
        "fr": ["pour cent", "pourcent", "p. cent"],
        "es": ["por ciento", "por cien"],
        "ru": ["процент", "процента", "процентов"],
        "ar": ["في المائة", "في المئة", "بالمائة", "بالمئة"],
        "zh": ["个百分点"],
        "ja": ["パーセント"],
        "de": ["prozent"],
        "pt": ["por cento"],
        "hi": ["प्रतिशत", "फ़ीसदी", "फीसदी"],
        "el": ["τοις εκατό", "τοις εκατόν"],
    ]

    /// Word beginnings that make a percentage in any of their inflections,
    /// also as an adjective joined to the figure by a hyphen ("95-процентный",
    /// "95-prozentige").
    public static let prefixes: [String] = ["процент", "prozent"]

    /// Written before the figure: `百分之二十`.
    public static let before: [String] = ["百分之"]
}
