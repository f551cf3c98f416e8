// Writes Sources/ParityCore/Languages/CLDRLanguageTables.swift from the CLDR
// data that ICU carries (through Foundation's DateFormatter and
// NumberFormatter), so that ParityCore, which imports no Foundation, reads
// month names, number words and scale words of every CLDR language.
//
// Usage: swift scripts/generate-cldr-tables.swift [--check]
// With --check, writes nothing and exits 1 when the checked-in file differs
// from what this machine's CLDR data gives.
//
// For each language (a primary subtag ICU lists without a region):
//   m  month names, January first: the format (genitive) and standalone full
//      forms, lower case, with a leading preposition removed (`de gener`,
//      `d’abril` → `gener`, `abril`: a first word unless the word after it
//      ends another month's form too), in every script the language is
//      written in (`sr_Latn`);
//      forms are one to six words (Irish `meán fómhair`, Luo `dwe mar achiel`)
//      of letters and marks, an apostrophe between letters included (`ng’atyaato`).
//   a  abbreviations CLDR writes with a final point (`gen.`), three letters or
//      more and no full form of any month: read only with their point.
//   l  the prepositions removed from month forms (`de`, `d`).
//   w  number words from the language's spell-out rules (not its English
//      fallback): each one-word cardinal 0–99 and hundreds, the word for
//      hundred and the forms of thousand.
//   s  scale words: what the spell-out writes after the multiplier for
//      k × 10^p (p = 3, 5, 6, 7, 9, 12; several k for the plural forms),
//      with its power of ten.
//   b  scale words written before the multiplier (Swahili `milioni kumi`,
//      `elfu tatu`): one word, with its power of ten; such a language
//      writes the figure after the scale word too (`milioni 12`).
//   Where a language's spell-out rules write another language's words
//   (Slovenian), `spellOutCorrections` gives the words it writes.
//   d  `,` when the decimal mark is a comma.
//   g  `s` when digits are grouped with a space (a space, no-break space or
//      narrow no-break space: `1 120` in French, Russian, Polish, Swedish);
//      absent when they are grouped with a mark (`1.120`, `1,120`).
//   p  `.` when the language writes a point after the day before the month's
//      name (`27. Mai`, `27. toukokuuta`: the `dMMMM` pattern or the long
//      date writes `d. MMMM`);
//      absent where the day stands bare (`27 mai`, `May 27`, `27 de mayo`).
import Foundation

let english = NumberFormatter()
english.locale = Locale(identifier: "en")
english.numberStyle = .spellOut

func clean(_ text: String, _ locale: Locale) -> String {
    text.replacingOccurrences(of: "\u{00AD}", with: "").lowercased(with: locale)
        .trimmingCharacters(in: .whitespaces)
}

/// Letters and combining marks only (joiners allowed): no digits, no Han.
func isWordForm(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return !scalars.isEmpty && scalars.indices.allSatisfy { index in
        let scalar = scalars[index]
        // An apostrophe after a letter is a letter of the word (Kalenjin `Ng’atyaato`, `aeng’`).
        if scalar == "’" || scalar == "'" {
            return index > 0 && scalars[index - 1].properties.isAlphabetic
                && (index == scalars.count - 1 || scalars[index + 1].properties.isAlphabetic)
        }
        let properties = scalar.properties
        if scalar.value == 0x200C || scalar.value == 0x200D { return true }
        if properties.isIdeographic { return false }
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }
}

let reserved: Set<Character> = [";", "=", "|", ",", ":"]
func storable(_ text: String) -> Bool { !text.contains(where: reserved.contains) }

/// A month form without its leading preposition, and the preposition. The
/// first word of two is a preposition only in a form `prepositions` holds
/// (Catalan `de gener`: the forms whose last word ends no other month's
/// form); otherwise the month is written in two words (Irish `meán
/// fómhair`, `deireadh fómhair`).
func stripPreposition(_ form: String, prepositions: Set<String>) -> (String, String?) {
    var words = form.split(separator: " ").map(String.init)
    var link: String?
    if words.count == 2, prepositions.contains(form) { link = words.removeFirst() }
    if words.count == 2, words.allSatisfy(isWordForm) { return (form, nil) }
    guard words.count == 1 else { return (form, nil) }
    let word = words[0]
    for apostrophe in ["’", "'"] {
        // An elided preposition is one letter (`d’abril`); a letter written with an apostrophe (Kalenjin `ng’`,
        // `Ng’atyaato`, February) is part of the month's name.
        if let range = word.range(of: apostrophe), word.distance(from: word.startIndex, to: range.lowerBound) == 1 {
            return (String(word[range.upperBound...]), String(word[..<range.lowerBound]))
        }
    }
    return (word, link)
}

/// Languages whose spell-out rules in ICU write words of another language:
/// Bosnian's (below) and Slovenian's give Croatian and Czech forms (`tisuću`, `dvjesto`, `milijun`,
/// `miliardy`) and misspellings (`štrinajst`, `asemnajst`, `dvaset`; `šesto`
/// is "sixth"). The words to replace (an empty replacement removes the word),
/// the words to add, and the language's scale words in every form a count
/// takes (Slovenian: singular, dual, plural of 3–4, genitive plural of 5 up).
let spellOutCorrections: [String: (words: [String: String], addedWords: [(String, Int)], scales: [(String, Int)])] = [
    "sl": (words: ["štrinajst": "štirinajst", "asemnajst": "osemnajst", "dvaset": "dvajset", "dvjesto": "dvesto",
                   "šesto": "šeststo", "tisuću": "", "tisuće": ""],
           addedWords: [("tisoč", 1000)],
           scales: [("tisoč", 3), ("milijon", 6), ("milijona", 6), ("milijoni", 6), ("milijonov", 6),
                    ("milijarda", 9), ("milijardi", 9), ("milijarde", 9), ("milijard", 9),
                    ("bilijon", 12), ("bilijona", 12), ("bilijoni", 12), ("bilijonov", 12)]),
    // Bosnian's give `jedenaest`, `šestnaest`, Serbian `dvesta`, `šesto` ("sixth") for 600 and `miliard` (a form no
    // count takes); Bosnian writes `jedanaest`, `šesnaest`, `dvjesto`, `šeststo`, `hiljadu`/`hiljade`/`hiljada` (also
    // `tisuća`), `milion`, `milijarda`, in every form a count takes (CLDR's own compact forms: `12 miliona`, `2,8 milijardi`).
    "bs": (words: ["jedenaest": "jedanaest", "šestnaest": "šesnaest", "dvesta": "dvjesto", "šesto": "šeststo"],
           addedWords: [("dvjesta", 200), ("tristo", 300), ("hiljadu", 1000), ("hiljade", 1000), ("tisuća", 1000), ("tisuću", 1000),
                        ("tisuće", 1000)],
           scales: [("hiljada", 3), ("hiljade", 3), ("hiljadu", 3), ("tisuća", 3), ("tisuće", 3), ("tisuću", 3),
                    ("milion", 6), ("miliona", 6), ("milioni", 6), ("milijarda", 9), ("milijarde", 9), ("milijardi", 9),
                    ("bilion", 12), ("biliona", 12), ("bilioni", 12)]),
]

/// The identifiers of each language written in another script than its
/// default one (`sr` → `sr_Latn`, `bs` → `bs_Cyrl`): a language and a
/// script subtag of four letters, no region.
let scriptVariants: [String: [String]] = {
    var result: [String: [String]] = [:]
    for identifier in Locale.availableIdentifiers.sorted() {
        let parts = identifier.split(separator: "_")
        guard parts.count == 2, parts[1].count == 4, parts[1].first!.isUppercase else { continue }
        let language = String(parts[0])
        let defaultScript = Locale(identifier: language).language.script?.identifier
        if defaultScript != String(parts[1]) { result[language, default: []].append(identifier) }
    }
    return result
}()

func record(_ code: String) -> String? {
    let locale = Locale(identifier: code)
    let dates = DateFormatter()
    dates.locale = locale
    var months: [[String]] = Array(repeating: [], count: 12)
    var links: Set<String> = []
    // The language's months in each script it is written in (Serbian Cyrillic and Latin, `sr_Latn`).
    var full = [dates.monthSymbols, dates.standaloneMonthSymbols]
    for variant in scriptVariants[code] ?? [] {
        let other = DateFormatter()
        other.locale = Locale(identifier: variant)
        // The Gregorian months (`uz_Arab` counts in the Persian calendar by default).
        other.calendar = Calendar(identifier: .gregorian)
        // A script whose months fall back to English says nothing of the language.
        guard other.monthSymbols.first.map({ clean($0, locale) }) != "january" else { continue }
        full += [other.monthSymbols, other.standaloneMonthSymbols]
    }
    for list in full where list.count == 12 {
        // A first word is a preposition unless the word after it is also what another month's form ends with.
        let lastWords = list.map { clean($0, locale).split(separator: " ") }.filter { $0.count == 2 }.map { String($0[1]) }
        let prepositions = Set(list.map { clean($0, locale) }.filter { form in
            let words = form.split(separator: " ")
            return words.count == 2 && lastWords.filter { $0 == words[1] }.count == 1
        })
        for (index, raw) in list.enumerated() {
            let (form, link) = stripPreposition(clean(raw, locale), prepositions: prepositions)
            let formWords = form.split(separator: " ")
            guard (1...6).contains(formWords.count), formWords.allSatisfy({ isWordForm(String($0)) }), storable(form) else { continue }
            if let link, isWordForm(link), storable(link) { links.insert(link) }
            if !months[index].contains(form) { months[index].append(form) }
        }
    }
    // A month list that is all English (a fallback) or incomplete says nothing of the language.
    let englishMonths = ["january", "february", "march"]
    if code != "en", months.prefix(3).map({ $0.first ?? "" }) == englishMonths { months = Array(repeating: [], count: 12) }
    if months.contains(where: \.isEmpty) { months = Array(repeating: [], count: 12) }
    // Two months with one form (a language that writes a month by its number): no month names.
    let allForms = months.flatMap { $0 }
    if Set(allForms).count != allForms.count { months = Array(repeating: [], count: 12) }

    var abbreviations: [[String]] = Array(repeating: [], count: 12)
    if !months[0].isEmpty {
        let fullForms = Set(allForms)
        for list in [dates.shortMonthSymbols, dates.shortStandaloneMonthSymbols] where list.count == 12 {
            for (index, raw) in list.enumerated() {
                let form = clean(raw, locale)
                guard form.hasSuffix(".") else { continue }
                let stem = String(form.dropLast())
                guard stem.count >= 3, isWordForm(stem), storable(stem), !fullForms.contains(stem),
                      !abbreviations[index].contains(stem) else { continue }
                abbreviations[index].append(stem)
            }
        }
        // An abbreviation of two months is no abbreviation.
        let counts = Dictionary(abbreviations.flatMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +)
        abbreviations = abbreviations.map { $0.filter { counts[$0] == 1 } }
    }

    let spell = NumberFormatter()
    spell.locale = locale
    spell.numberStyle = .spellOut
    func spelled(_ value: Int) -> String? { spell.string(from: NSNumber(value: value)).map { clean($0, locale) } }
    func spelledEnglish(_ value: Int) -> String? { english.string(from: NSNumber(value: value)).map { clean($0, Locale(identifier: "en")) } }
    let hasSpellOut = code == "en" || [17, 21, 45, 1000].contains { spelled($0) != spelledEnglish($0) }

    var words: [(String, Int)] = []
    var scales: [(String, Int)] = []
    var scalesBefore: [(String, Int)] = []
    if hasSpellOut {
        var seen: [String: Int] = [:]
        func addWord(_ word: String, _ value: Int) {
            guard isWordForm(word), storable(word) else { return }
            if let old = seen[word] {
                if old != value { seen[word] = -1 }
                return
            }
            seen[word] = value
            words.append((word, value))
        }
        for value in Array(0...99) + stride(from: 100, through: 900, by: 100) {
            guard let text = spelled(value), !text.contains(" "), !text.contains("-") else { continue }
            addWord(text, value)
        }
        for value in [100, 1000, 2000, 5000] {
            guard let text = spelled(value), let last = text.split(whereSeparator: { $0 == " " || $0 == "-" }).last else { continue }
            // The word of hundred or thousand itself: the whole of 100 or 1000, or the last of several words.
            guard value == 100 || value == 1000 || text.split(separator: " ").count > 1 else { continue }
            let word = String(last)
            if seen[word] == nil { addWord(word, value >= 1000 ? 1000 : 100) }
        }
        words = words.filter { seen[$0.0] != -1 }

        var scaleSeen: [String: Int] = [:]
        for power in [3, 5, 6, 7, 9, 12] {
            for k in [1, 2, 3, 4, 5, 7, 10, 11, 20, 21, 22, 25] {
                guard let text = spelled(k * Int(pow(10.0, Double(power)))), let multiplier = spelled(k) else { continue }
                var phrase: String?
                // Written before the multiplier (`milioni kumi`): one word that is no number word below a thousand.
                if !text.hasPrefix(multiplier + " "), text.hasSuffix(" " + multiplier) {
                    let before = String(text.dropLast(multiplier.count + 1))
                    if !before.contains(" "), !before.contains("-"), isWordForm(before), storable(before), (seen[before] ?? 1000) >= 1000,
                       !scalesBefore.contains(where: { $0.0 == before }) {
                        scalesBefore.append((before, power))
                    }
                    continue
                }
                if text.hasPrefix(multiplier + " ") {
                    phrase = String(text.dropFirst(multiplier.count + 1))
                } else if k == 1, !text.contains("-") {
                    // One: the scale word alone (`milion`, `duisend`), or after a form of one (`un milió`, `jedna miliarda`).
                    let parts = text.split(separator: " ")
                    if parts.count == 1 {
                        phrase = text
                    } else if parts.count == 2, (seen[String(parts[0])] ?? 1) == 1 {
                        phrase = String(parts[1])
                    }
                }
                // A scale phrase holds no number word below a thousand (not `hundred thousand`).
                guard let phrase, !phrase.isEmpty, !phrase.contains("-"),
                      phrase.split(separator: " ").allSatisfy({ isWordForm(String($0)) && (seen[String($0)] ?? 1000) >= 1000 }),
                      storable(phrase) else { continue }
                if let old = scaleSeen[phrase] {
                    if old != power { scaleSeen[phrase] = -1 }
                    continue
                }
                scaleSeen[phrase] = power
                scales.append((phrase, power))
            }
        }
        scales = scales.filter { scaleSeen[$0.0] != -1 }
        // A word written before multipliers of two powers (`elfu mia`, `elfu kumi`) is kept with the smaller.
        scalesBefore = scalesBefore.filter { word, power in !scalesBefore.contains { $0.0 == word && $0.1 < power } }
        if let correction = spellOutCorrections[code] {
            words = words.compactMap { word, value in
                guard let replacement = correction.words[word] else { return (word, value) }
                return replacement.isEmpty ? nil : (replacement, value)
            } + correction.addedWords
            scales = correction.scales
        }
    }

    let decimal = NumberFormatter()
    decimal.locale = locale
    decimal.numberStyle = .decimal
    let decimalComma = decimal.decimalSeparator == ","
    let groupsWithSpace = (decimal.groupingSeparator ?? "").unicodeScalars.first.map { $0.properties.isWhitespace } ?? false

    guard !months[0].isEmpty || !words.isEmpty || !scales.isEmpty || !scalesBefore.isEmpty else { return nil }
    var fields: [String] = []
    if !months[0].isEmpty {
        fields.append("m=" + months.map { $0.joined(separator: ",") }.joined(separator: "|"))
        if abbreviations.contains(where: { !$0.isEmpty }) {
            fields.append("a=" + abbreviations.map { $0.joined(separator: ",") }.joined(separator: "|"))
        }
        if !links.isEmpty { fields.append("l=" + links.sorted().joined(separator: ",")) }
    }
    if !words.isEmpty { fields.append("w=" + words.map { "\($0.0):\($0.1)" }.joined(separator: ",")) }
    if !scales.isEmpty { fields.append("s=" + scales.map { "\($0.0):\($0.1)" }.joined(separator: ",")) }
    if !scalesBefore.isEmpty { fields.append("b=" + scalesBefore.map { "\($0.0):\($0.1)" }.joined(separator: ",")) }
    if decimalComma { fields.append("d=,") }
    // A point after the day before the month's name (`27. Mai`, `27. toukokuuta`): the day-and-month pattern or the long
    // date writes one.
    let longDate = DateFormatter()
    longDate.locale = locale
    longDate.dateStyle = .long
    let dayMonth = [DateFormatter.dateFormat(fromTemplate: "dMMMM", options: 0, locale: locale) ?? "", longDate.dateFormat ?? ""]
    if dayMonth.contains(where: { $0.range(of: #"d\.\s*M"#, options: .regularExpression) != nil }) { fields.append("p=.") }
    if groupsWithSpace { fields.append("g=s") }
    return fields.joined(separator: ";")
}

func swiftLiteral(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        default:
            // Invisible joiners and marks that stand alone are written as escapes.
            if scalar.value == 0x200C || scalar.value == 0x200D || scalar.value == 0x200B || scalar.value == 0xFEFF {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}

let codes = Locale.availableIdentifiers.filter { !$0.contains("_") && !$0.contains("-") }.sorted()
var cases: [String] = []
var vocabularyCases: [String] = []
var vocabularies: [String] = []
var languages: [String] = []
for code in codes {
    guard let entry = record(code) else { continue }
    languages.append(code)
    cases.append("        case \"\(code)\": return \(swiftLiteral(entry))")
    let name = "v_" + code
    vocabularyCases.append("        case \"\(code)\": return \(name)")
    vocabularies.append("    private static let \(name) = NumberVocabulary.make(\"\(code)\", cldr: CLDRLanguageData(record(\"\(code)\")!))")
}

let output = """
// Generated by scripts/generate-cldr-tables.swift from the CLDR data of this
// machine's ICU (through Foundation): do not edit; run the script again.
// \(languages.count) languages.

/// Month names, number words, scale words, the decimal mark and the digit grouping of every
/// language CLDR describes, one compact record per language, read by
/// ``CLDRLanguageTable`` when a text in that language is first read (the
/// format is described in the generator).
enum CLDRLanguageTables {
    /// Primary subtags of the languages that have a record.
    static let languages: [String] = [\(languages.map { "\"\($0)\"" }.joined(separator: ", "))]

    /// The record of the language with primary subtag `code`.
    static func record(_ code: String) -> String? {
        switch code {
\(cases.joined(separator: "\n"))
        default: return nil
        }
    }

    /// The number vocabulary of the language with primary subtag `code`:
    /// its hand tables with its CLDR record, made once, when first asked for.
    static func vocabulary(_ code: String) -> NumberVocabulary? {
        switch code {
\(vocabularyCases.joined(separator: "\n"))
        default: return nil
        }
    }

\(vocabularies.joined(separator: "\n"))
}

"""

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let target = root.appendingPathComponent("Sources/ParityCore/Languages/CLDRLanguageTables.swift")
if CommandLine.arguments.contains("--check") {
    let current = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
    if current != output {
        FileHandle.standardError.write("\(target.path) is not current: run swift scripts/generate-cldr-tables.swift\n".data(using: .utf8)!)
        exit(1)
    }
    print("\(target.path) is current (\(languages.count) languages)")
} else {
    try output.write(to: target, atomically: true, encoding: .utf8)
    print("wrote \(target.path) (\(languages.count) languages)")
}
