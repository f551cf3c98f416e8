/// Checks and normalizes BCP 47 language tags (RFC 5646 syntax: language,
/// extlang, script, region, variants, extensions, private use); the primary
/// subtag must be an ISO 639 code.
enum LanguageTagParser {
    /// Primary subtags of the six UN languages.
    static let unLanguages: Set<String> = ["en", "fr", "es", "ru", "ar", "zh"]

    /// The script a UN language is written in, dropped from its tag (`zh-Hans` → `zh`).
    private static let usualScript: [String: String] = [
        "en": "Latn", "fr": "Latn", "es": "Latn", "ru": "Cyrl", "ar": "Arab", "zh": "Hans",
    ]

    /// The normalized tag, or why `code` is none.
    static func parse(_ code: String) -> Result<String, LanguageTagError> {
        let written = code.trimmingWhitespace()
        guard !written.isEmpty else { return .failure(.empty) }
        func malformed(_ reason: String) -> Result<String, LanguageTagError> { .failure(.malformed(tag: written, reason: reason)) }
        guard written.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
        else { return malformed("a tag has only letters, digits and hyphens (de, pt-BR, zh-Hant)") }
        let subtags = written.lowercased().split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }.map(String.init)
        if subtags.contains(where: \.isEmpty) { return malformed("empty subtag") }
        if let long = subtags.first(where: { $0.count > 8 }) { return malformed("subtag '\(long)' is longer than 8 characters") }
        let first = subtags[0]
        guard first.allSatisfy(\.isLetter) else { return malformed("the language subtag '\(first)' is not letters") }
        guard (2...3).contains(first.count) else {
            if first == "x" || first == "i" { return malformed("a private-use or grandfathered tag names no language") }
            return malformed("the language subtag '\(first)' is not 2 or 3 letters")
        }
        var rest = subtags.dropFirst()
        // extlang: zh-yue → yue (the canonical form uses the extended subtag alone).
        var primary = first
        var extlangs = 0
        while let next = rest.first, next.count == 3, next.allSatisfy(\.isLetter), extlangs < 3 {
            primary = next
            rest = rest.dropFirst()
            extlangs += 1
        }
        guard let shortest = ISO639.shortest(primary) else { return .failure(.unknownLanguage(tag: written, primary: primary)) }
        var output = [shortest]
        var script: String?, region: String?
        // Order: script, region, variants, then extensions and private use.
        var stage = 0
        var index = rest.startIndex
        while index < rest.endIndex {
            let subtag = rest[index]
            let letters = subtag.allSatisfy(\.isLetter), digits = subtag.allSatisfy(\.isNumber)
            if subtag.count == 1 {
                // Extensions and private use: copied as they are (lower case).
                let singleton = subtag
                var piece = [singleton]
                index += 1
                let minimum = singleton == "x" ? 1 : 2
                while index < rest.endIndex, rest[index].count >= minimum || singleton == "x", rest[index].count != 1 || singleton == "x" {
                    piece.append(rest[index])
                    index += 1
                }
                guard piece.count > 1 else { return malformed("'\(singleton)' is not followed by a subtag") }
                output.append(contentsOf: piece)
                stage = 4
                continue
            }
            if stage < 1, subtag.count == 4, letters {
                script = subtag.prefix(1).uppercased() + subtag.dropFirst()
                output.append(script!)
                stage = 1
            } else if stage < 2, (subtag.count == 2 && letters) || (subtag.count == 3 && digits) {
                region = subtag.uppercased()
                output.append(region!)
                stage = 2
            } else if stage < 4, subtag.count >= 5 || (subtag.count == 4 && subtag.first!.isNumber) {
                output.append(subtag)
                stage = 3
            } else {
                return malformed("'\(subtag)' is not a script, region or variant subtag in its place")
            }
            index += 1
        }
        if unLanguages.contains(shortest) {
            if let region { output.removeAll { $0 == region } }
            if let script, script == usualScript[shortest] { output.removeAll { $0 == script } }
        }
        return .success(output.joined(separator: "-"))
    }
}
