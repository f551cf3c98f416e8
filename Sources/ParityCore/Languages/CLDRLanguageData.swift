/// The CLDR data of one language, parsed from its record in
/// ``CLDRLanguageTables`` (written by `scripts/generate-cldr-tables.swift`,
/// which describes the fields): month names, month abbreviations read with
/// their point, the prepositions CLDR writes before a month (`de`, `d’`),
/// number words, scale words and whether the decimal mark is a comma. Lower
/// case as CLDR gives them; normalized where they are looked up.
struct CLDRLanguageData: Sendable {
    /// Forms of each month, January first.
    var months: [[String]] = []
    /// Abbreviations of each month that CLDR writes with a final point (`gen.`), without it.
    var monthAbbreviations: [[String]] = []
    /// Prepositions before a month name (`de gener`, `d’abril`).
    var monthLinkWords: [String] = []
    /// Number words → value (0–99 and hundreds in one word, hundred, thousand).
    var numberWords: [String: Int] = [:]
    /// Scale phrases → power of ten (`milió` 6, `लाख` 5).
    var scaleWords: [String: Int] = [:]
    /// Whether the decimal mark is a comma.
    var decimalComma = false

    /// Parses `record` (fields `key=value` separated by `;`).
    init(_ record: String) {
        for field in record.split(separator: ";") {
            guard let equals = field.firstIndex(of: "=") else { continue }
            let key = field[..<equals], value = field[field.index(after: equals)...]
            switch key {
            case "m": months = Self.monthLists(value)
            case "a": monthAbbreviations = Self.monthLists(value)
            case "l": monthLinkWords = value.split(separator: ",").map(String.init)
            case "w": numberWords = Self.valued(value)
            case "s": scaleWords = Self.valued(value)
            case "d": decimalComma = value == ","
            default: break
            }
        }
    }

    /// The number words of `record` alone (`numberWords` of `init(_:)`),
    /// without parsing its other fields; the fields are found at the UTF-8
    /// bytes of `;` (every field starts with its ASCII key, so no `;` is
    /// part of a larger character).
    static func numberWords(_ record: String) -> [String: Int] {
        var result: [String: Int] = [:]
        let utf8 = record.utf8
        var fieldStart = utf8.startIndex
        while fieldStart < utf8.endIndex {
            let fieldEnd = utf8[fieldStart...].firstIndex(of: UInt8(ascii: ";")) ?? utf8.endIndex
            let field = record[fieldStart..<fieldEnd]
            if field.utf8.starts(with: "w=".utf8) { result = valued(field.dropFirst(2)) }
            fieldStart = fieldEnd == utf8.endIndex ? fieldEnd : utf8.index(after: fieldEnd)
        }
        return result
    }

    /// Twelve lists separated by `|`, forms by `,` (a list may be empty).
    private static func monthLists(_ text: Substring) -> [[String]] {
        text.split(separator: "|", omittingEmptySubsequences: false).map { $0.split(separator: ",").map(String.init) }
    }

    /// `word:value` pairs separated by `,`.
    private static func valued(_ text: Substring) -> [String: Int] {
        var result: [String: Int] = [:]
        for pair in text.split(separator: ",") {
            guard let colon = pair.lastIndex(of: ":"), let value = Int(pair[pair.index(after: colon)...]) else { continue }
            result[String(pair[..<colon])] = value
        }
        return result
    }
}
