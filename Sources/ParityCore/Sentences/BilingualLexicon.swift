/// A bilingual word list for the sentence aligner: pairs of a source word and
/// a target word that translate each other. Read from a text file, one pair a
/// line, `source<TAB>target` or `source @ target`; `#` starts a comment. Words are compared as `SentenceWords` gives them
/// (lower case, accents folded); an entry of several words is used when each
/// side is a single word only.
public struct BilingualLexicon: Hashable, Sendable {
    /// Source word → target words.
    public private(set) var translations: [String: Set<String>] = [:]

    /// An empty lexicon.
    public init() {}

    /// A lexicon of `pairs` (source, target).
    public init(pairs: [(String, String)]) {
        for (source, target) in pairs { add(source, target) }
    }

    /// Parses a word list; lines that are not a pair are reported.
    /// - Returns: the lexicon, or the 1-based number of the first bad line.
    public static func parse(_ text: String) -> Result<BilingualLexicon, LineError> {
        var lexicon = BilingualLexicon()
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts: [Substring]
            if line.contains("\t") {
                parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            } else {
                parts = line.components(separatedByString: " @ ")
            }
            guard parts.count == 2 else { return .failure(LineError(line: number + 1)) }
            lexicon.add(String(parts[0]), String(parts[1]))
        }
        return .success(lexicon)
    }

    /// A line that is not `source<TAB>target` or `source @ target`.
    public struct LineError: Error, Equatable, Sendable {
        /// 1-based line number.
        public var line: Int

        /// Creates an error.
        public init(line: Int) { self.line = line }
    }

    /// Number of source words with a translation.
    public var count: Int { translations.count }

    mutating func add(_ source: String, _ target: String) {
        let s = SentenceWords.of(source), t = SentenceWords.of(target)
        guard s.count == 1, t.count == 1 else { return }
        translations[s[0], default: []].insert(t[0])
    }
}

extension String {
    /// Parts of the string between occurrences of `separator`.
    fileprivate func components(separatedByString separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
