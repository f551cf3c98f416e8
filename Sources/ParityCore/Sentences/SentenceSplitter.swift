/// Splits the text of a block into sentences, losslessly: the sentences are
/// consecutive ranges of the text that together cover every character exactly
/// once (white space after a sentence belongs to it; white space before the
/// first one too).
///
/// A sentence ends after `.`, `!`, `?`, `…` (or `...`), the CJK full stops
/// `。！？；`, the Arabic question mark `؟` and full stop `۔`, the Devanagari
/// danda `।`, together with the closing quotes and brackets that follow, when
///
/// - white space follows (CJK and Arabic terminators need none), and
/// - for `.`: the next word starts with a capital, an opening quote or bracket
///   followed by one, or a letter of a script without case; and the word
///   before is no abbreviation of the language (`Mr.`, `párr.`, `M.`, `т.е.`,
///   `e.g.`), no single-letter initial and no token with an inner full stop.
///   A figure after the stop (`art. 5`) continues the sentence.
///
/// Operative clauses: `;` or `:` followed by a subparagraph label (`(a)`,
/// `(ii)`, `b)`) ends a unit, so that each lettered clause is a sentence of its
/// own. The Arabic comma `،` and the Arabic semicolon `؛` never end a sentence
/// on their own.
public struct SentenceSplitter: Sendable {
    /// The language whose abbreviations are known; `nil` uses the general rule only.
    public var language: Language?
    private let abbreviations: Set<String>

    /// Creates a splitter for `language`.
    public init(language: Language? = nil) {
        self.language = language
        abbreviations = SentenceAbbreviations.forLanguage(language?.primary)
    }

    /// The sentences of `text` as consecutive ranges covering all of it.
    /// Empty text gives no sentence.
    public func ranges(_ text: String) -> [Range<String.Index>] {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        var ends = boundaries(scalars)
        if ends.last != scalars.count { ends.append(scalars.count) }
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var position = 0
        var index = text.unicodeScalars.startIndex
        for end in ends {
            index = text.unicodeScalars.index(index, offsetBy: end - position)
            position = end
            result.append(start..<index)
            start = index
        }
        return result
    }

    /// The sentences of `text`, each with its trailing white space.
    public func split(_ text: String) -> [String] {
        ranges(text).map { String(text[$0]) }
    }

    /// Scalar offsets at which a sentence ends (exclusive), increasing.
    func boundaries(_ s: [Unicode.Scalar]) -> [Int] {
        var ends: [Int] = []
        var i = 0
        let n = s.count
        // Only white space so far: nothing to end yet.
        var hasContent = false
        while i < n {
            let c = s[i]
            if !Self.isSpace(c) { hasContent = true }
            guard hasContent else { i += 1; continue }
            var end = -1
            if Self.isUncasedTerminator(c) {
                end = closeCluster(s, from: i + 1)
            } else if c == "!" || c == "?" || c == "…" || c == "." {
                var j = i + 1
                while j < n, s[j] == "." || s[j] == "!" || s[j] == "?" || s[j] == "…" { j += 1 }
                let after = closeCluster(s, from: j)
                if after < n, Self.isSpace(s[after]) || after > j, startsSentence(s, at: skipSpace(s, from: after)) {
                    let isFullStopOnly = c == "." && j == i + 1
                    if !isFullStopOnly || !endsInAbbreviation(s, dotAt: i) { end = after }
                }
                if end < 0 { i = j; continue }
            } else if c == ";" || c == ":" || c == "；" || c == "：" {
                let next = skipSpace(s, from: i + 1)
                if next > i + 1 || c == "；" || c == "：", isSubparagraphLabel(s, at: next) { end = i + 1 }
                if c == "；" && end < 0 { end = i + 1 }
            }
            if end > 0 {
                let next = skipSpace(s, from: end)
                if next < n {
                    ends.append(next)
                    hasContent = false
                }
                i = next
            } else {
                i += 1
            }
        }
        return ends
    }

    /// CJK, Arabic and Devanagari terminators, which need no following space.
    static func isUncasedTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "؟", "۔", "।", "॥", "｡": return true
        default: return false
        }
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", ")", "]", "»", "”", "’", "」", "』", "）", "】", "›", "〉", "》": return true
        default: return false
        }
    }

    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "(", "[", "«", "“", "‘", "„", "「", "『", "（", "【", "‹", "¿", "¡", "〈", "《", "-", "–", "—": return true
        default: return false
        }
    }

    /// The offset after the closing quotes and brackets at `from` (French
    /// spacing `. »` included).
    func closeCluster(_ s: [Unicode.Scalar], from: Int) -> Int {
        var j = from
        while j < s.count {
            if Self.isClosing(s[j]) { j += 1; continue }
            // ". »": a closing guillemet after a space, followed by space or the end.
            if Self.isSpace(s[j]), j + 1 < s.count, s[j + 1] == "»" || s[j + 1] == "”",
               j + 2 == s.count || Self.isSpace(s[j + 2]) {
                j += 2
                continue
            }
            break
        }
        return j
    }

    func skipSpace(_ s: [Unicode.Scalar], from: Int) -> Int {
        var j = from
        while j < s.count, Self.isSpace(s[j]) { j += 1 }
        return j
    }

    /// Whether a sentence may start at `i`: a capital, or openers then a
    /// capital, or a letter of an uncased script.
    func startsSentence(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i
        while j < s.count, Self.isOpening(s[j]) || Self.isSpace(s[j]) { j += 1 }
        guard j < s.count else { return false }
        let p = s[j].properties
        if p.isUppercase || p.generalCategory == .titlecaseLetter { return true }
        if p.isLowercase { return false }
        if p.isAlphabetic { return !p.changesWhenCaseMapped }
        return false
    }

    /// Whether the word ending at the full stop at `dot` is an abbreviation.
    func endsInAbbreviation(_ s: [Unicode.Scalar], dotAt dot: Int) -> Bool {
        var start = dot
        while start > 0, !Self.isSpace(s[start - 1]), !Self.isOpening(s[start - 1]) || s[start - 1] == "-" { start -= 1 }
        let word = s[start..<dot]
        guard !word.isEmpty else { return false }
        if word.contains(".") { return true }
        let letters = word.filter { $0.properties.isAlphabetic }
        if letters.count == 1 && word.count == 1 && word.first!.properties.isUppercase { return true }
        var lowered = ""
        for scalar in word { lowered += scalar.properties.lowercaseMapping }
        return abbreviations.contains(lowered)
    }

    /// Whether `(a)`, `(ii)`, `b)` or `(1)` (or `（a）`) starts at `i`, or
    /// after one short linking word (`and (c)`, `et c)`, `y d)`).
    func isSubparagraphLabel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        if isLabel(s, at: i) { return true }
        var j = i
        while j < s.count, j - i < 4, s[j].properties.isLowercase { j += 1 }
        guard j > i, j < s.count, Self.isSpace(s[j]) else { return false }
        return isLabel(s, at: skipSpace(s, from: j))
    }

    private func isLabel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i
        if j < s.count, s[j] == "(" || s[j] == "（" { j += 1 }
        let start = j
        while j < s.count, j - start < 5, s[j].properties.isLowercase || ("0"..."9").contains(s[j]) { j += 1 }
        return j > start && j < s.count && (s[j] == ")" || s[j] == "）")
    }
}
