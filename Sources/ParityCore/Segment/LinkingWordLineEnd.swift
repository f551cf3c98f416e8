/// Whether a hard-wrapped line stops on a word that cannot end a title or a
/// sentence (`LanguageConventions.linkingWords`: "of", "the", "de", "и",
/// "في"), written in lower case: the next line continues it, even when that
/// line starts with a capital ("addressed to the" / "President of the
/// Security Council").
enum LinkingWordLineEnd {
    private static let words = Set(LanguageConventions.spaced.flatMap(\.linkingWords))

    /// Whether the line `bytes[start..<end]` ends with a linking word.
    static func endsWithLinkingWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var wordStart = end
        // Linking words are short: look at most 16 bytes back.
        while wordStart > start, end - wordStart <= 16, bytes[wordStart - 1] != 0x20, bytes[wordStart - 1] != 0x09 {
            wordStart -= 1
        }
        guard wordStart > start, end - wordStart <= 16 else { return false }
        let word = String(decoding: bytes[wordStart..<end], as: UTF8.self)
        return words.contains(word)
    }
}
