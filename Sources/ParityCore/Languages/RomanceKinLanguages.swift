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

    /// Points per profile; none, when `checkingRomanceShare`, for a text whose
    /// words are not Romance enough (`romanceShare`).
    static func scores(_ scalars: [Unicode.Scalar], checkingRomanceShare: Bool = true) -> [Int] {
        var owners: [String: Int] = [:]
        var shared: Set<String> = []
        for (index, profile) in profiles.enumerated() {
            for word in profile.words {
                if owners[word] != nil { shared.insert(word) } else { owners[word] = index }
            }
        }
        for word in shared { owners[word] = nil }
        let consonantUProfile = profiles.firstIndex { $0.consonantU }
        let endings = profiles.enumerated().compactMap { index, profile in profile.ending.map { (Array($0.unicodeScalars), index) } }
        var scores = [Int](repeating: 0, count: profiles.count)
        var word = String.UnicodeScalarView()
        var words = 0, romance = 0
        func flush() {
            guard !word.isEmpty else { return }
            words += 1
            let text = String(word)
            if let owner = owners[text] { scores[owner] += 1 }
            if romanceWords.contains(text) { romance += 1 }
            for (ending, owner) in endings where word.count > ending.count + 2 && word.reversed().starts(with: ending.reversed()) {
                scores[owner] += 1
            }
            if let consonantUProfile, word.count >= 3, word.last == "u", let before = word.dropLast().last,
               before.isASCII, !"aeiouy".unicodeScalars.contains(before), before.properties.isAlphabetic {
                scores[consonantUProfile] += 1
            }
            word = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if words >= wordLimit { break }
            if scalar.properties.isAlphabetic {
                if scalar.properties.isUppercase {
                    word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    word.append(scalar)
                }
            } else {
                flush()
            }
        }
        flush()
        return !checkingRomanceShare || romance * romanceShare >= words ? scores : [Int](repeating: 0, count: profiles.count)
    }
}
