/// The speaker designation that opens a turn in a verbatim record, in any
/// of the six UN languages: `The President:`, `The President (spoke in
/// Russian):`, `Mr. Smith (France):`, `M. Dupont (France) :`, `Sr. Pérez
/// (España):`, `Г-н Иванов (Российская Федерация):`, `Председатель
/// (говорит по-английски):`, `الرئيس:`, `السيد نوفاك (روريتانيا):`,
/// `主席：`, `诺瓦克先生（鲁里塔尼亚）：`.
///
/// A designation starts with a speaker word (`LanguageConventions.speakerWords`:
/// an honorific or a presiding officer's title) — in Chinese, a name may
/// instead end with one (`先生`, `女士`) — goes on with at most a few words of
/// name and parenthesized notes, and ends with a colon; text follows. A
/// sentence that merely starts with "Mr." and has no colon soon after is none,
/// nor is "The President said: …" (a word in lower case before the colon),
/// nor is a masthead line with a dot leader ("President: Mr. X ....... (Country)").
enum SpeakerLine {
    /// Longest designation looked at (scalars, colon included).
    static let maximumLength = 120
    /// Most words outside parentheses (honorific or title and name).
    static let maximumWords = 5

    private static let words: [[Unicode.Scalar]] = LanguageConventions.all
        .flatMap(\.speakerWords).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    private static let wordFilter = LeadingWordFilter(words)
    /// Chinese honorifics that follow the name.
    private static let suffixes: [[Unicode.Scalar]] = [Array("先生".unicodeScalars), Array("女士".unicodeScalars)]

    /// Scalars taken by the designation at the start of `text`, colon and the
    /// white space after it included; `nil` when the text opens no turn.
    /// `speechOnTheLine: false` accepts a designation that ends its line (a
    /// hard-wrapped record puts the speech on the next one).
    static func designationLength(_ text: [Unicode.Scalar], speechOnTheLine: Bool = true) -> Int? {
        guard let colon = colonIndex(text) else { return nil }
        var end = colon + 1
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        guard end < text.count || !speechOnTheLine, !hasDotLeader(text[end...]) else { return nil }
        let designation = Array(text[0..<colon])
        guard startsWithSpeakerWord(designation) || endsWithChineseHonorific(designation) else { return nil }
        return end
    }

    /// The first colon outside parentheses within reach, if the designation
    /// before it has the shape of one (few words, no sentence punctuation).
    private static func colonIndex(_ text: [Unicode.Scalar]) -> Int? {
        var depth = 0
        var words = 0
        var inWord = false
        var wordStart = 0
        var index = 0
        /// A word of more than three letters in lower case ("said") makes a sentence, not a name.
        func endsNameWord(_ end: Int) -> Bool {
            guard inWord, end - wordStart > 3, ScalarClass.isLowercase(text[wordStart]) else { return true }
            return false
        }
        while index < text.count, index < maximumLength {
            let scalar = text[index]
            switch scalar {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            case ":", "：" where depth == 0:
                return index > 0 && endsNameWord(index) ? index : nil
            case ",", ";", "،", "，", "；", "。", "!", "?", "\"", "“", "«":
                if depth == 0 { return nil }
            default: break
            }
            if depth == 0 {
                let space = ScalarClass.isWhitespace(scalar) || scalar == "(" || scalar == "（"
                if space, !endsNameWord(index) { return nil }
                if !space, !inWord { words += 1; wordStart = index }
                inWord = !space
                if words > maximumWords { return nil }
            } else {
                inWord = false
            }
            index += 1
        }
        return nil
    }

    private static func startsWithSpeakerWord(_ designation: [Unicode.Scalar]) -> Bool {
        guard wordFilter.mayMatch(designation) else { return false }
        let prefix = ScalarLowercasing.lowercased(designation.prefix(32))
        guard prefix.count == min(designation.count, 32) else { return false }
        for word in words where prefix.count >= word.count && prefix[0..<word.count].elementsEqual(word) {
            // The word ends at white space, a parenthesis or the end of the designation.
            if word.count == prefix.count { return true }
            let next = prefix[word.count]
            if ScalarClass.isWhitespace(next) || next == "(" || next == "（" { return true }
            if ScalarClass.isHan(word.last!) { return true }
        }
        return false
    }

    /// `诺瓦克先生（鲁里塔尼亚）`: a short Chinese name ending with 先生 or 女士 before the notes.
    private static func endsWithChineseHonorific(_ designation: [Unicode.Scalar]) -> Bool {
        let name = designation.prefix { $0 != "（" && $0 != "(" }
        guard name.count <= 12, name.allSatisfy(ScalarClass.isHan) else { return false }
        return suffixes.contains { name.count > $0.count && Array(name.suffix($0.count)) == $0 }
    }

    /// Whether `text` holds a dot leader (four or more dots or ellipses in a row).
    static func hasDotLeader(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var run = 0
        for scalar in text {
            run = scalar == "." || scalar == "…" ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }

    private static let linkingWords: Set<String> = Set(LanguageConventions.all.flatMap(\.linkingWords))

    /// The speaker designation a numbered paragraph of a summary record opens
    /// with, in reported speech or with a colon: "Mr. Novak (Ruritania) said
    /// that …", "Le Président dit que …", "Mme Haddad (Rapporteuse) demande
    /// …", "السيد نوفاك (روريتانيا): قال …". Returns the designation's length
    /// in scalars (colon excluded, white space trimmed), `nil` when the text
    /// opens no turn. In reported speech the designation — a speaker word,
    /// at most a few capitalized name words and parenthesized notes — is
    /// followed by a verb in lower case that is no linking word ("The
    /// President of the Assembly said" names no speaker: "of" follows).
    static func reportedDesignationLength(_ text: [Unicode.Scalar]) -> Int? {
        if let length = designationLength(text), let colon = colonIndex(text), colon < length {
            return ScalarText.trimmed(text[0..<colon]).count
        }
        // `startsWithSpeakerWord`'s own first test, made before the head is copied.
        guard wordFilter.mayMatch(text) else { return nil }
        let head = Array(text.prefix(maximumLength))
        guard startsWithSpeakerWord(head) else { return nil }
        let lower = ScalarLowercasing.lowercased(head)
        guard lower.count == head.count,
              let word = words.first(where: {
                  lower.count > $0.count && lower[0..<$0.count].elementsEqual($0) && (ScalarClass.isWhitespace(lower[$0.count]) || lower[$0.count] == "(")
              }) else { return nil }
        var index = word.count
        var designationEnd = index
        var nameWords = 0
        while index < head.count {
            while index < head.count, ScalarClass.isWhitespace(head[index]) { index += 1 }
            guard index < head.count else { return nil }
            if head[index] == "(" || head[index] == "（" {
                guard let close = head[index...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
                index = close + 1
                designationEnd = index
                continue
            }
            var end = index
            while end < head.count, !ScalarClass.isWhitespace(head[end]), head[end] != "(" { end += 1 }
            let first = head[index]
            if ScalarClass.isLowercase(first) {
                // The verb, a comma after it allowed ("говорит, что", "sagt, die").
                if end - index > 2, head[end - 1] == "," || head[end - 1] == "،" { end -= 1 }
                let spelled = ScalarText.string(lower[index..<end])
                guard end - index >= 2, !linkingWords.contains(spelled),
                      head[index..<end].allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "’" || $0 == "'" })
                else { return nil }
                return designationEnd
            }
            // A name word: capitalized, no sentence punctuation inside or after it.
            guard ScalarClass.isUppercase(first), !head[index..<end].contains(where: { $0 == "," || $0 == ";" || $0 == ":" }),
                  nameWords < maximumWords else { return nil }
            nameWords += 1
            index = end
            designationEnd = end
        }
        return nil
    }
}
