/// The ISO 639 language codes a BCP 47 primary subtag may be
/// (`ISO639Registry.swift`, generated from the iso-codes package), their
/// shortest forms and English names.
enum ISO639 {
    /// Two-letter code → English name.
    private static let twoLetterNames: [String: String] = tables.names
    /// Three-letter code (639-2/T, 639-2/B, 639-3) → its ISO 639-1 equivalent.
    private static let threeToTwo: [String: String] = tables.shortest
    /// Three-letter codes without a two-letter equivalent.
    /// The three-letter codes of `threeLetterCodes`, each packed into the low 24 bits of an integer, in the
    /// registry's (alphabetical) order: read from the bytes once, looked up by binary search (a set of strings
    /// cost every run of the command line about 30 million instructions to build).
    private static let otherThreeLetter: [UInt32] = {
        var codes: [UInt32] = []
        codes.reserveCapacity(8192)
        var value: UInt32 = 0, length = 0
        for byte in threeLetterCodes.utf8 {
            if (0x61...0x7A).contains(byte) {
                value = value << 8 | UInt32(byte)
                length += 1
            } else {
                if length == 3 { codes.append(value) }
                value = 0
                length = 0
            }
        }
        if length == 3 { codes.append(value) }
        return codes.sorted()
    }()

    /// Whether `code` (three lower-case ASCII letters) is one of `otherThreeLetter`.
    private static func isOtherThreeLetter(_ code: String) -> Bool {
        var value: UInt32 = 0, length = 0
        for byte in code.utf8 {
            length += 1
            guard length <= 3 else { return false }
            value = value << 8 | UInt32(byte)
        }
        guard length == 3 else { return false }
        return otherThreeLetter.sortedIndex(of: value) != nil
    }

    private static let tables: (names: [String: String], shortest: [String: String]) = {
        var names: [String: String] = [:], shortest: [String: String] = [:]
        for line in twoLetterTable.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let codes = parts[0].split(separator: " ").map(String.init)
            guard let two = codes.first else { continue }
            names[two] = String(parts[1])
            for three in codes.dropFirst() { shortest[three] = two }
        }
        return (names, shortest)
    }()

    /// Deprecated ISO 639-1 codes and individual languages that BCP 47 (CLDR)
    /// writes by their macrolanguage: `iw` → `he`, `arb` → `ar`, `cmn` → `zh`.
    private static let aliases: [String: String] = [
        "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro",
        "arb": "ar", "cmn": "zh", "zsm": "ms", "swh": "sw", "pes": "fa", "ekk": "et", "lvs": "lv",
        "npi": "ne", "khk": "mn", "uzn": "uz", "azj": "az", "ydd": "yi", "ory": "or",
    ]

    /// Names clearer than the registry's ("Modern Greek (1453-)").
    private static let preferredNames: [String: String] = [
        "el": "Greek", "es": "Spanish", "ca": "Catalan", "nl": "Dutch", "gd": "Scottish Gaelic",
        "ht": "Haitian Creole", "ky": "Kyrgyz", "pa": "Punjabi", "ps": "Pashto", "si": "Sinhala",
        "ug": "Uyghur", "dv": "Dhivehi", "li": "Limburgish", "lb": "Luxembourgish", "nb": "Norwegian Bokmål",
        "nn": "Norwegian Nynorsk", "ii": "Sichuan Yi", "ny": "Chichewa", "os": "Ossetian",
    ]

    /// The shortest code for a lower-case 2- or 3-letter primary subtag, or
    /// `nil` when ISO 639 has no such language.
    static func shortest(_ code: String) -> String? {
        if let alias = aliases[code] { return alias }
        if code.count == 2 { return twoLetterNames[code] != nil ? code : nil }
        guard code.count == 3 else { return nil }
        if let two = threeToTwo[code] { return two }
        if isOtherThreeLetter(code) { return code }
        // qaa–qtz: reserved for local use.
        let scalars = Array(code.unicodeScalars)
        if scalars[0] == "q", scalars[1].value <= UInt32(("t" as Unicode.Scalar).value) { return code }
        return nil
    }

    /// The English name of a two-letter primary subtag.
    static func englishName(ofPrimary primary: String) -> String? {
        preferredNames[primary] ?? twoLetterNames[primary]
    }
}
