import ParityCore

/// The language a file name gives, as UN sites and corpus folders name their
/// files: `A_61_187-ES.pdf`, `A-61-187.es.txt`, `es.txt`, `udhr_eng.xml`,
/// `udhr_cmn_hans.xml`.
///
/// The rule: drop the extension (the last `.…`), split what is left at `.`,
/// `_` and `-`; the language is the last part, or the last two parts when
/// they form a tag with a script or region (`cmn_hans`, `pt_BR`), provided
/// the tag is a language ISO 639-1 has a two-letter code for (written in two
/// or three letters: `es`, `spa`, `ES`). What comes before it, without the
/// separator, is the document's symbol (`A_61_187`, `A-61-187`, `udhr`;
/// empty for `es.txt`). Any other name (`notes.md`, `draft_v2.txt`) gives
/// no language: Parity does not guess one from a word that merely looks
/// like a code of a rare language.
///
/// `InputLoader` takes a version's language from its file name when no
/// `--lang` is given and the file does not tag itself (UDHR XML's
/// `xml:lang`): a name is surer than a guess from the words.
public enum FileNameLanguage {
    /// The symbol and language `fileName` (a name, not a path) gives, or nil.
    ///
    /// `allowingThreeLetterCodes`: also a language with only a three-letter
    /// code (`fil`, `haw`). `InputLoader` takes one only for a text whose
    /// words name no language, since such a code may be an ordinary word.
    public static func split(_ fileName: String, allowingThreeLetterCodes: Bool = false) -> (symbol: String, language: Language)? {
        let language = { (part: String) in Self.language(part, allowingThreeLetterCodes: allowingThreeLetterCodes) }
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

    /// The language a part of a name writes, if it is a tag for a language
    /// with a two-letter ISO 639-1 code.
    private static func language(_ part: String, allowingThreeLetterCodes: Bool) -> Language? {
        let tag = part.replacingOccurrences(of: ".", with: "-")
        let primaryLength = tag.prefix { $0 != "-" && $0 != "_" }.count
        guard (2...3).contains(primaryLength), let language = Language(code: tag),
              language.primary.count == 2 || allowingThreeLetterCodes && primaryLength == 3 && tag.allSatisfy({ $0.isLowercase || !$0.isLetter })
        else { return nil }
        return language
    }
}
