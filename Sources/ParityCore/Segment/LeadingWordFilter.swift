/// A quick test run before lower-casing the start of a line to look for one
/// of many words there (division words, speaker titles): whether any of the
/// words begins with the line's first scalar, lower-cased. Most lines begin
/// with no such letter, and skip the lower-casing and the word-by-word search.
struct LeadingWordFilter: Sendable {
    private let firstScalars: Set<Unicode.Scalar>

    /// A filter for `words`, each already lower-cased.
    init<Words: Sequence>(_ words: Words) where Words.Element == [Unicode.Scalar] {
        firstScalars = Set(words.compactMap(\.first))
    }

    /// False when no word can start `text` (case-insensitively); true when
    /// one may, or when the first scalar does not lower-case to one scalar.
    func mayMatch<Text: Collection>(_ text: Text) -> Bool where Text.Element == Unicode.Scalar {
        guard let first = text.first else { return false }
        if first.isASCII {
            let value = first.value
            let lower = (65...90).contains(value) ? Unicode.Scalar(value + 32)! : first
            return firstScalars.contains(lower)
        }
        let mapping = first.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first else { return true }
        return firstScalars.contains(lower)
    }
}
