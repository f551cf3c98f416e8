/// A quick test run on each word before the number-word reader makes a
/// string of it and looks it up: whether some number word of the
/// vocabulary has the word's length, first and last letter (after an Arabic
/// prefix, too: `والعشرين`), by one bit of a 64-kilobit table (a false
/// match only costs a lookup). Most words of a text fail it.
struct NumberWordShapes: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// Shapes of `words`, each lower case and Arabic normalized.
    init(_ words: [[Unicode.Scalar]]) {
        for word in words where !word.isEmpty {
            let bit = Self.shape(word[...])
            bits[bit >> 6] |= 1 << (bit & 63)
        }
    }

    @inline(__always)
    private func contains(_ bit: Int) -> Bool { bits[bit >> 6] & (1 << (bit & 63)) != 0 }

    /// Arabic prefixes (article, conjunction, prepositions), normalized, as the reader strips them.
    static let arabicPrefixes: [[Unicode.Scalar]] = ["وال", "بال", "لل", "ال", "و", "ب", "ل"].map { Array($0.unicodeScalars) }

    @inline(__always)
    private static func shape(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        shape(count: word.count, first: word.first!, last: word.last!)
    }

    /// Whether `word` (folded by ``appendFolded(_:to:)``) may be a number word or a joiner.
    func mayMatch(_ word: [Unicode.Scalar]) -> Bool {
        guard let first = word.first else { return false }
        if contains(Self.shape(word[...])) { return true }
        guard first.value >= 0x600, first.value <= 0x6FF else { return false }
        for prefix in Self.arabicPrefixes where word.count > prefix.count && word.starts(with: prefix) {
            if contains(Self.shape(word[prefix.count...])) { return true }
        }
        return false
    }

    /// Whether a word of `count` folded scalars, whose first four (as far
    /// as it has them) and last folded scalars are given, may be a number
    /// word: ``mayMatch(_:)`` without the word's other scalars.
    func mayMatch(count: Int, first: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar), last: Unicode.Scalar) -> Bool {
        guard count > 0 else { return false }
        if contains(Self.shape(count: count, first: first.0, last: last)) { return true }
        guard first.0.value >= 0x600, first.0.value <= 0x6FF else { return false }
        let leading = [first.0, first.1, first.2, first.3]
        for prefix in Self.arabicPrefixes where count > prefix.count && leading.starts(with: prefix) {
            if contains(Self.shape(count: count - prefix.count, first: leading[prefix.count], last: last)) { return true }
        }
        return false
    }

    /// Whether the word `scalars`, as written, may be one of the words:
    /// ``mayMatch(_:)`` of its folded form, folded on the fly without
    /// making an array. A word with a combining mark or a letter that folds
    /// to several may equal a word of another form: it may match.
    func mayMatch(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var count = 0
        var leading: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ", " ")
        var last: Unicode.Scalar = " "
        for scalar in scalars {
            let folded: Unicode.Scalar
            switch Self.fold(scalar) {
            case .folded(let scalar): folded = scalar
            case .dropped: continue
            case .unlisted:
                if (0x300...0x36F).contains(scalar.value) { return true }
                let mapping = scalar.properties.lowercaseMapping.unicodeScalars
                guard mapping.count == 1, let only = mapping.first, !only.properties.isDiacritic else { return true }
                folded = only
            }
            switch count {
            case 0: leading.0 = folded
            case 1: leading.1 = folded
            case 2: leading.2 = folded
            case 3: leading.3 = folded
            default: break
            }
            count += 1
            last = folded
        }
        return mayMatch(count: count, first: leading, last: last)
    }

    @inline(__always)
    private static func shape(count: Int, first: Unicode.Scalar, last: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (UInt32(truncatingIfNeeded: count) &* 0x9E37 &+ first.value &* 0x2F1 &+ last.value &* 0x3B) & 0xFFFF)
    }

    /// How one scalar folds for the number-word vocabulary: lower case, and
    /// Arabic without tatweel and diacritics and with bare alif, as
    /// ``WordPhraseTable/normalize(_:)`` makes a word.
    enum ScalarFold {
        /// The scalar folds to this one.
        case folded(Unicode.Scalar)
        /// The scalar is dropped (tatweel, Arabic diacritics).
        case dropped
        /// Outside the common scripts: the caller asks Unicode's lower-case mapping.
        case unlisted
    }

    /// ``ScalarFold`` of `scalar` for the common scripts, without a Unicode property lookup.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> ScalarFold {
        let v = scalar.value
        switch v {
        case 0x61...0x7A, 0xDF...0xFF, 0x430...0x45F, 0x900...0x97F, 0x4E00...0x9FFF: return .folded(scalar)
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: return .folded(Unicode.Scalar(v + 0x20)!)
        case 0x400...0x40F: return .folded(Unicode.Scalar(v + 0x50)!)
        case 0x0640, 0x064B...0x065F, 0x0670: return .dropped
        case 0x0622, 0x0623, 0x0625, 0x0671: return .folded("\u{0627}")
        case 0x600...0x6FF: return .folded(scalar)
        default: return .unlisted
        }
    }

    /// Appends `scalar` folded (``fold(_:)``; elsewhere its Unicode lower-case mapping).
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to word: inout [Unicode.Scalar]) {
        switch fold(scalar) {
        case .folded(let folded): word.append(folded)
        case .dropped: break
        case .unlisted: word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
}
