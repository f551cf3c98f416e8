/// The CLDR data of one language, parsed from its record in
/// ``CLDRLanguageTables`` (written by `scripts/generate-cldr-tables.swift`,
/// which describes the fields): month names, month abbreviations read with
/// their point, the prepositions CLDR writes before a month (`de`, `d’`),
/// number words, scale words (after the figure and before it), whether the decimal mark is a comma and whether
/// digits are grouped with a space. Lower
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
    /// Scale words written before the figure → power of ten (Swahili `milioni` 6: `milioni 12`).
    var scaleWordsBefore: [String: Int] = [:]
    /// Whether the decimal mark is a comma.
    var decimalComma = false
    /// Whether digits are grouped with a space (`1 120`), not with a mark (`1.120`, `1,120`).
    var groupsWithSpace = false
    /// Whether a point follows the day before the month's name (`27. Mai`).
    var pointAfterDay = false

    /// Parses `record` (fields `key=value` separated by `;`). The record is
    /// cut at Unicode scalars, not at characters: a separator followed by a
    /// combining scalar (the zero-width non-joiner CLDR writes before Meitei
    /// `ওগষ্ট`, August) makes one grapheme cluster with it, and a cut at
    /// characters would miss it (September was then read as the eighth month).
    init(_ record: String) {
        for field in Self.split(Substring(record), at: ";") {
            guard let equals = field.unicodeScalars.firstIndex(of: "=") else { continue }
            let key = Substring(field.unicodeScalars[..<equals]), value = Substring(field.unicodeScalars[field.unicodeScalars.index(after: equals)...])
            switch key {
            case "m": months = Self.monthLists(value)
            case "a": monthAbbreviations = Self.monthLists(value)
            case "l": monthLinkWords = Self.split(value, at: ",").map(String.init)
            case "w": numberWords = Self.valued(value)
            case "s": scaleWords = Self.valued(value)
            case "b": scaleWordsBefore = Self.valued(value)
            case "d": decimalComma = value == ","
            case "g": groupsWithSpace = value == "s"
            case "p": pointAfterDay = value == "."
            default: break
            }
        }
    }

    /// The number words of `record` alone (`numberWords` of `init(_:)`),
    /// without parsing its other fields. The record is cut at the UTF-8
    /// bytes of `;`, `,` and `:` (in the generated records each stands
    /// before an ASCII key, a word or a value, never before a mark that
    /// would make it part of a larger character; `CLDRNumberWordsTests`
    /// checks every record against `init(_:)`).
    static func numberWords(_ record: String) -> [String: Int] {
        var result: [String: Int] = [:]
        let bytes = Array(record.utf8)
        var fieldStart = 0
        while fieldStart < bytes.count {
            let fieldEnd = bytes[fieldStart...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.count
            if fieldEnd - fieldStart >= 2, bytes[fieldStart] == UInt8(ascii: "w"), bytes[fieldStart + 1] == UInt8(ascii: "=") {
                result = valued(bytes[(fieldStart + 2)..<fieldEnd])
            }
            fieldStart = fieldEnd + 1
        }
        return result
    }

    /// Calls `body` with each word of `record`'s number-word field (the
    /// last one, as ``numberWords(_:)`` reads it) whose value lies in
    /// `values`, in the record's order, reading the record at its bytes: a
    /// word or value outside the range becomes no string. A word written
    /// twice in one field is given each time (``numberWords(_:)`` keeps its
    /// last value; the generated records write each word once, which
    /// `CLDRNumberWordsTests` checks).
    static func forEachNumberWord(_ record: String, valuedIn values: ClosedRange<Int>, _ body: (String, Int) -> Void) {
        var record = record
        record.withUTF8 { bytes in
            var field: Range<Int>?
            var fieldStart = 0
            while fieldStart < bytes.count {
                var fieldEnd = fieldStart
                while fieldEnd < bytes.count, bytes[fieldEnd] != UInt8(ascii: ";") { fieldEnd += 1 }
                if fieldEnd - fieldStart >= 2, bytes[fieldStart] == UInt8(ascii: "w"), bytes[fieldStart + 1] == UInt8(ascii: "=") {
                    field = (fieldStart + 2)..<fieldEnd
                }
                fieldStart = fieldEnd + 1
            }
            guard let field else { return }
            var pairStart = field.lowerBound
            while pairStart < field.upperBound {
                var pairEnd = pairStart
                var colon = -1
                while pairEnd < field.upperBound, bytes[pairEnd] != UInt8(ascii: ",") {
                    if bytes[pairEnd] == UInt8(ascii: ":") { colon = pairEnd }
                    pairEnd += 1
                }
                if colon >= pairStart, let value = Self.value(bytes, (colon + 1)..<pairEnd), values.contains(value) {
                    body(String(decoding: UnsafeBufferPointer(rebasing: bytes[pairStart..<colon]), as: UTF8.self), value)
                }
                pairStart = pairEnd + 1
            }
        }
    }

    /// The integer written at `range` of `bytes`, as `Int(String)` reads it: plain digits are read here, anything else by `Int`.
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else {
            return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        }
        var value = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// `valued(_:)` on the UTF-8 bytes of a field's value.
    private static func valued(_ bytes: ArraySlice<UInt8>) -> [String: Int] {
        var result: [String: Int] = [:]
        var pairStart = bytes.startIndex
        while pairStart < bytes.endIndex {
            let pairEnd = bytes[pairStart...].firstIndex(of: UInt8(ascii: ",")) ?? bytes.endIndex
            let pair = bytes[pairStart..<pairEnd]
            if let colon = pair.lastIndex(of: UInt8(ascii: ":")),
               let value = Int(String(decoding: pair[(colon + 1)...], as: UTF8.self)) {
                result[String(decoding: pair[..<colon], as: UTF8.self)] = value
            }
            pairStart = pairEnd + 1
        }
        return result
    }

    /// Twelve lists separated by `|`, forms by `,` (a list may be empty).
    private static func monthLists(_ text: Substring) -> [[String]] {
        split(text, at: "|", omittingEmpty: false).map { split($0, at: ",").map(String.init) }
    }

    /// `word:value` pairs separated by `,`.
    private static func valued(_ text: Substring) -> [String: Int] {
        var result: [String: Int] = [:]
        for pair in split(text, at: ",") {
            guard let colon = pair.unicodeScalars.lastIndex(of: ":"),
                  let value = Int(Substring(pair.unicodeScalars[pair.unicodeScalars.index(after: colon)...])) else { continue }
            result[String(pair.unicodeScalars[..<colon])] = value
        }
        return result
    }

    /// `text` cut at every `separator` scalar (never at a grapheme cluster:
    /// a separator a combining scalar follows is still one); the parts are
    /// sliced from the scalar view, as a character subscript would round a
    /// cut inside a cluster down to the cluster's start.
    static func split(_ text: Substring, at separator: Unicode.Scalar, omittingEmpty: Bool = true) -> [Substring] {
        let scalars = text.unicodeScalars
        var parts: [Substring] = [], start = scalars.startIndex, index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == separator {
                if !omittingEmpty || start < index { parts.append(Substring(scalars[start..<index])) }
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if !omittingEmpty || start < scalars.endIndex { parts.append(Substring(scalars[start..<scalars.endIndex])) }
        return parts
    }
}
