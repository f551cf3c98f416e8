import ParityCore

/// The language a file name gives, as UN sites and corpus folders name their
/// files: `A_61_187-ES.pdf`, `A-61-187.es.txt`, `es.txt`, `udhr_eng.xml`,
/// `udhr_cmn_hans.xml`.
///
/// The rule: drop the extension (the last `.…`), split what is left at `.`,
/// `_` and `-`; the language is the last part, or the last two parts when
/// they form a tag with a script or region (`cmn_hans`, `pt_BR`), provided
/// the tag is a well-formed ISO 639 code, in two or three letters, in any
/// case (`es`, `spa`, `ES`, and languages no table of Parity's knows:
/// `skr`, `SKR`, `gom`, `bal`), optionally with a script or region subtag.
/// The codes for no particular language (`und`, `mul`, `mis`, `zxx`, local
/// use `qaa`–`qtz`) name none. What comes before it, without the
/// separator, is the document's symbol (`A_61_187`, `A-61-187`, `udhr`;
/// empty for `es.txt`). Any other name (`notes.md`, `draft_v2.txt`) gives
/// no language.
///
/// `InputLoader` takes a version's language from its file name when no
/// `--lang` is given and the file does not tag itself (UDHR XML's
/// `xml:lang`): a name is surer than a guess from the words. A code of a
/// language without a two-letter one (`isThreeLetterOnly`) may be an
/// ordinary word of a name (`report.new.txt`, `notes.old.txt`): the loader
/// takes it only for a text written in the code's script
/// (`LikelyScript.fileCode(_:canName:)`).
public enum FileNameLanguage {
    /// The symbol and language `fileName` (a name, not a path) gives, or nil.
    public static func split(_ fileName: String) -> (symbol: String, language: Language)? {
        var stem = Substring(fileName)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        let separators: Set<Character> = [".", "_", "-"]
        // Start index of each part.
        var starts: [Substring.Index] = [stem.startIndex]
        var index = stem.startIndex
        while index < stem.endIndex {
            if separators.contains(stem[index]) { starts.append(stem.index(after: index)) }
            index = stem.index(after: index)
        }
        func symbol(before start: Substring.Index) -> String {
            guard start > stem.startIndex else { return "" }
            return String(stem[..<stem.index(before: start)])
        }
        if starts.count >= 2 {
            let start = starts[starts.count - 2]
            let last = stem[starts[starts.count - 1]...]
            if last.count == 4 || (last.count == 2 && last.allSatisfy(\.isLetter)) || (last.count == 3 && last.allSatisfy(\.isNumber)),
                let language = language(String(stem[start...])) {
                return (symbol(before: start), language)
            }
        }
        let start = starts[starts.count - 1]
        guard let language = language(String(stem[start...])) else { return nil }
        return (symbol(before: start), language)
    }

    /// Whether `language` has only a three-letter code (`skr`, `gom`, `fil`): no ISO 639-1 code.
    public static func isThreeLetterOnly(_ language: Language) -> Bool { language.primary.utf8.count == 3 }

    /// ISO 639's codes for no particular language: undetermined, multiple, uncoded, no linguistic content.
    private static let noLanguage: Set<String> = ["und", "mul", "mis", "zxx"]

    /// The language a part of a name writes, if it is a well-formed tag whose primary subtag is an ISO 639 code
    /// of a particular language.
    private static func language(_ part: String) -> Language? {
        let tag = part.replacingOccurrences(of: ".", with: "-")
        let primary = tag.prefix { $0 != "-" && $0 != "_" }.lowercased()
        guard (2...3).contains(primary.count), !noLanguage.contains(primary),
              !(primary.count == 3 && primary.first == "q" && primary.dropFirst().first.map { $0 <= "t" } == true),
              let language = Language(code: tag)
        else { return nil }
        return language
    }
}
