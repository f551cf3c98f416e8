/// A quick test run on each word before the number-word reader makes a
/// string of it and looks it up: whether some number word or joiner of the
/// vocabulary has the word's length, first and last letter (after an Arabic
/// prefix, too: `والعشرين`). Most words of a text fail it.
struct NumberWordShapes: Sendable {
    private let shapes: Set<UInt64>

    /// Shapes of `words`, each lower case and Arabic normalized.
    init(_ words: [[Unicode.Scalar]]) {
        shapes = Set(words.compactMap { $0.isEmpty ? nil : Self.shape($0[...]) })
    }

    /// Arabic prefixes (article, conjunction, prepositions), normalized, as the reader strips them.
    static let arabicPrefixes: [[Unicode.Scalar]] = ["وال", "بال", "لل", "ال", "و", "ب", "ل"].map { Array($0.unicodeScalars) }

    private static func shape(_ word: ArraySlice<Unicode.Scalar>) -> UInt64 {
        UInt64(word.count) << 42 | UInt64(word.first!.value) << 21 | UInt64(word.last!.value)
    }

    /// Whether `word` (folded by ``appendFolded(_:to:)``) may be a number word or a joiner.
    func mayMatch(_ word: [Unicode.Scalar]) -> Bool {
        guard let first = word.first else { return false }
        if shapes.contains(Self.shape(word[...])) { return true }
        guard first.value >= 0x600, first.value <= 0x6FF else { return false }
        for prefix in Self.arabicPrefixes where word.count > prefix.count && word.starts(with: prefix) {
            if shapes.contains(Self.shape(word[prefix.count...])) { return true }
        }
        return false
    }

    /// Appends `scalar` lower case, and Arabic without tatweel and
    /// diacritics and with bare alif, as ``WordPhraseTable/normalize(_:)``
    /// makes a word; the common scripts without a Unicode property lookup.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to word: inout [Unicode.Scalar]) {
        let v = scalar.value
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: word.append(Unicode.Scalar(v + 0x20)!)
        case 0x400...0x40F: word.append(Unicode.Scalar(v + 0x50)!)
        case 0x61...0x7A, 0xDF...0xFF, 0x430...0x45F, 0x900...0x97F, 0x4E00...0x9FFF: word.append(scalar)
        case 0x0640, 0x064B...0x065F, 0x0670: break
        case 0x0622, 0x0623, 0x0625, 0x0671: word.append("\u{0627}")
        case 0x600...0x6FF: word.append(scalar)
        default: word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
}
