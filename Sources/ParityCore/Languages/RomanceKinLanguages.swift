/// Tells Asturian, Galician and Catalan apart from Spanish and Portuguese,
/// whose frequent words they share (`el`, `la`, `los`, `que`, `y`; `do`,
/// `da`, `na`), once the frequent words have named Spanish or Portuguese or
/// left a Latin text undetermined.
///
/// Each language scores one point per function word of its own, that no
/// other of the five writes: Asturian `ye`, `nun`, `pa`, `esti`; Galician
/// `unha`, `non`, `coa`, `tamén`; Catalan `els`, `amb`, `és`, `aquest`;
/// Spanish `las`, `hay`, `sus`, `también`; Portuguese `não`, `uma`, `em`,
/// `também` (not `para`, `pero`, `este`, `foi`, which several write; a word
/// two profiles list, Asturian and Catalan `les`, counts for neither; Italian
/// `per` is listed by none). Galician scores a point per plural in `-óns`
/// (`nacións`), Asturian per word that ends in a consonant and `u`
/// (`conveniu`, `acuerdu`, `trabayu`: its masculine singular, which Spanish,
/// Portuguese, Galician and Catalan end otherwise). The language that scores
/// `minimumScore` points or more and twice the points of every other is named
/// (a Portuguese text the frequent words took for Spanish too); otherwise the
/// detection stands.
enum RomanceKinLanguages {
    /// A language's words of its own.
    struct Profile: Sendable {
        var language: Language
        var words: Set<String>
        /// Whether words ending in a consonant and `u` count for it.
        var consonantU = false
        /// An ending of its own that counts for it (Galician plurals `nacións`, `resolucións`).
        var ending: String? = nil
    }

    /// Fewest points a kin language needs.
    static let minimumScore = 6
    /// Words looked at, from the start: enough for a judgement, bounded time.
    static let wordLimit = 20_000

    static let profiles: [Profile] = [
        Profile(language: .spanish, words: ["las", "hay", "sus", "también", "muy", "fue", "donde", "ha", "nuevo"]),
        Profile(language: Language(code: "pt")!, words: ["não", "uma", "em", "também", "são", "pelo", "às", "muito", "já", "sua", "suas"]),
        Profile(language: Language(code: "ast")!, words: ["ye", "nun", "les", "pa", "esti", "tamién", "col", "cola", "nel", "pela", "toles", "sos", "xunto", "dende"],
                consonantU: true),
        Profile(language: Language(code: "gl")!, words: ["unha", "non", "coa", "tamén", "xa", "máis", "cos", "dúas", "pois", "moi", "súa", "súas"],
                ending: "óns"),
        Profile(language: Language(code: "ca")!, words: ["els", "amb", "és", "dels", "als", "aquest", "aquesta", "però", "també", "seva", "les"]),
    ]

    /// Words all or most of the five write often: a text is judged only when
    /// they make one in `romanceShare` of its words (Slovak, Latvian or Polish
    /// words also end in a consonant and `u`, and Latvian writes `pa`).
    static let romanceWords: Set<String> = ["de", "la", "el", "que", "los", "del", "con", "por", "les", "las", "una", "al",
                                            "os", "as", "dos", "das", "ao", "para", "com", "em"]
    static let romanceShare = 10

    /// The language of the five `scalars` are written in, or `detected` (the
    /// frequent words' judgement) when none stands out; only a Spanish,
    /// Portuguese or undetermined detection is looked at again.
    static func language(_ scalars: [Unicode.Scalar], detected: Language?) -> Language? {
        guard detected == nil || detected == .spanish || detected?.primary == "pt" else { return detected }
        let scores = self.scores(scalars, checkingRomanceShare: detected == nil)
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] >= minimumScore,
              scores.indices.allSatisfy({ $0 == best || scores[$0] * 2 <= scores[best] }) else { return detected }
        return profiles[best].language
    }

    /// What a word of up to eight UTF-8 bytes (lower case, `WordKey`) counts for: the profile it is its own
    /// word of (`ownerNone` when none or several profiles list it) and whether it is one of `romanceWords`.
    struct WordEntry: Sendable {
        var key: UInt64
        var owner: Int8
        var isRomance: Bool
    }

    /// No profile owns the word.
    static let ownerNone: Int8 = -1

    /// The UTF-8 bytes of a word of up to eight bytes packed into one integer, the first byte lowest; nil when longer.
    /// A word of letters holds no zero byte, so words of different lengths have different keys.
    static func wordKey(_ word: String) -> UInt64? {
        let bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (index, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        return key
    }

    /// Every profile word and Romance word, sorted by `WordKey`; words longer than eight bytes are in `longWords`.
    static let wordTable: (entries: [WordEntry], longWords: [(word: [UInt8], owner: Int8, isRomance: Bool)]) = {
        var owners: [String: Int] = [:]
        var shared: Set<String> = []
        for (index, profile) in profiles.enumerated() {
            for word in profile.words {
                if owners[word] != nil { shared.insert(word) } else { owners[word] = index }
            }
        }
        for word in shared { owners[word] = nil }
        var entries: [WordEntry] = []
        var longWords: [(word: [UInt8], owner: Int8, isRomance: Bool)] = []
        for word in Set(owners.keys).union(romanceWords).union(shared) {
            let owner = owners[word].map { Int8($0) } ?? ownerNone
            let isRomance = romanceWords.contains(word)
            guard owner != ownerNone || isRomance else { continue }
            if let key = wordKey(word) {
                entries.append(WordEntry(key: key, owner: owner, isRomance: isRomance))
            } else {
                longWords.append((Array(word.utf8), owner, isRomance))
            }
        }
        return (entries.sorted { $0.key < $1.key }, longWords)
    }()

    /// Most trailing scalars a word keeps for the endings and the consonant-`u` test.
    static let trailingScalars = 4

    /// The endings of `profiles` as scalar values, each with its profile (at most `trailingScalars` scalars each).
    static let endingTable: [(ending: [UInt32], owner: Int)] = profiles.enumerated().compactMap { index, profile in
        profile.ending.map { (Array($0.unicodeScalars.map(\.value)), index) }
    }

    /// Points per profile; none, when `checkingRomanceShare`, for a text whose
    /// words are not Romance enough (`romanceShare`).
    ///
    /// A word is a run of alphabetic scalars, upper case lowered by its full
    /// lower-case mapping; it is compared with the profiles' words by its
    /// UTF-8 bytes (packed in one integer up to eight bytes: `wordKey`), and
    /// its last scalars are kept for the endings. No string is made a word.
    static func scores(_ scalars: [Unicode.Scalar], checkingRomanceShare: Bool = true) -> [Int] {
        var scorer = Scorer()
        for scalar in scalars {
            if scorer.words >= wordLimit { break }
            let value = scalar.value
            if value < 0x80 {
                if value &- 0x61 < 26 {
                    scorer.append(value)
                } else if value &- 0x41 < 26 {
                    scorer.append(value + 32)
                } else {
                    scorer.flush()
                }
            } else if scalar.properties.isAlphabetic {
                if scalar.properties.isUppercase {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { scorer.append(lower.value) }
                } else {
                    scorer.append(value)
                }
            } else {
                scorer.flush()
            }
        }
        scorer.flush()
        return !checkingRomanceShare || scorer.romance * romanceShare >= scorer.words ? scorer.scores : [Int](repeating: 0, count: profiles.count)
    }

    /// The word being read and the points so far (`scores(_:checkingRomanceShare:)`).
    private struct Scorer {
        let entries = wordTable.entries
        let longWords = wordTable.longWords
        let endings = endingTable
        let consonantUProfile = profiles.firstIndex { $0.consonantU }
        var scores = [Int](repeating: 0, count: profiles.count)
        var words = 0, romance = 0
        // The word so far: its length in scalars and in bytes, its bytes packed while they fit (`wordKey`),
        // all its bytes when `longWords` are looked for, and its last scalars (the last in `last0`).
        var length = 0, byteCount = 0
        var key: UInt64 = 0
        var longBytes: [UInt8] = []
        var last0: UInt32 = 0, last1: UInt32 = 0, last2: UInt32 = 0, last3: UInt32 = 0

        init() {
            precondition(endings.allSatisfy { $0.ending.count <= trailingScalars })
        }

        /// Adds a lower-case scalar to the word.
        @inline(__always)
        mutating func append(_ value: UInt32) {
            length &+= 1
            last3 = last2; last2 = last1; last1 = last0; last0 = value
            if value < 0x80 {
                appendByte(UInt8(truncatingIfNeeded: value))
            } else {
                for byte in UTF8.encode(Unicode.Scalar(value)!)! { appendByte(byte) }
            }
        }

        @inline(__always)
        private mutating func appendByte(_ byte: UInt8) {
            if byteCount < 8 { key |= UInt64(byte) << (8 * UInt64(byteCount)) }
            byteCount &+= 1
            if !longWords.isEmpty { longBytes.append(byte) }
        }

        /// Scores the word read, if any, and starts the next.
        mutating func flush() {
            guard length > 0 else { return }
            words += 1
            var owner = ownerNone, isRomance = false
            if byteCount <= 8 {
                let low = partitionPoint(in: entries.indices) { entries[$0].key < key }
                if low < entries.count, entries[low].key == key {
                    owner = entries[low].owner
                    isRomance = entries[low].isRomance
                }
            } else if let match = longWords.first(where: { $0.word == longBytes }) {
                owner = match.owner
                isRomance = match.isRomance
            }
            if owner != ownerNone { scores[Int(owner)] += 1 }
            if isRomance { romance += 1 }
            for (ending, endingOwner) in endings where length > ending.count + 2 {
                var matches = true
                for (back, value) in ending.reversed().enumerated() {
                    let trailing = back == 0 ? last0 : back == 1 ? last1 : back == 2 ? last2 : last3
                    if trailing != value { matches = false; break }
                }
                if matches { scores[endingOwner] += 1 }
            }
            // The last scalar `u`, the one before it an ASCII letter other than a vowel or `y` (lower case by now).
            if let consonantUProfile, length >= 3, last0 == 0x75, last1 < 0x80,
               (0x61...0x7A).contains(last1) || (0x41...0x5A).contains(last1),
               last1 != 0x61, last1 != 0x65, last1 != 0x69, last1 != 0x6F, last1 != 0x75, last1 != 0x79 {
                scores[consonantUProfile] += 1
            }
            length = 0
            byteCount = 0
            key = 0
            if !longBytes.isEmpty { longBytes.removeAll(keepingCapacity: true) }
        }
    }
}
