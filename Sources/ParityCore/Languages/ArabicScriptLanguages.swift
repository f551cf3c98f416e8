/// Tells apart the languages written in the Arabic script by what their text
/// contains: the letters they add to the Arabic alphabet (Persian `پ چ ژ گ
/// ک ی`, Urdu `ٹ ڈ ڑ ں ے ہ`, Pashto `ټ ډ ړ ږ ښ ګ ڼ ۍ ې`, Sindhi `ڪ ٻ ٺ ٽ
/// ٿ ڦ ڻ`, Uyghur `ە ې ۇ ۈ ۋ ڭ`, Central Kurdish `ە ێ ۆ ڕ ڵ`) and their most
/// frequent function words.
///
/// A text is Arabic unless letters Arabic does not write make at least one
/// in `addedLetterShare` of its Arabic-script letters: an Arabic text that
/// quotes a Persian name or an Urdu title stays Arabic. Otherwise each
/// profile scores one point per letter only it lists and per function word, and
/// the best wins when it has at least `minimumScore` points and twice the
/// points of the next; `nil` (undetermined) when none does.
enum ArabicScriptLanguages {
    /// A language's added letters and function words.
    struct Profile: Sendable {
        var language: Language
        /// Letters the language writes that Arabic and most of the other profiled languages do not.
        var letters: Set<Unicode.Scalar>
        /// Its most frequent function words.
        var words: Set<String>
    }

    /// One letter Arabic does not write in this many Arabic-script letters, or more, makes a text another language's.
    static let addedLetterShare = 40
    /// Fewest points the winning profile needs.
    static let minimumScore = 8

    static let profiles: [Profile] = [
        Profile(language: Language(code: "fa")!, letters: [],
                words: ["در", "به", "از", "که", "این", "را", "با", "است", "برای", "می", "آن", "شده", "های", "یک"]),
        Profile(language: Language(code: "ur")!, letters: scalars("ٹڈڑںےہ"),
                words: ["کے", "میں", "کی", "ہے", "اور", "سے", "کو", "کا", "نے", "پر", "ہیں", "کہ"]),
        Profile(language: Language(code: "ps")!, letters: scalars("ټډړږښګڼۍې"),
                words: ["د", "په", "او", "له", "چې", "ته", "کې", "دی", "یې", "دا", "هم"]),
        Profile(language: Language(code: "sd")!, letters: scalars("ڪٻڀٺٽٿڦڄڃڇڊڌڍڏڙڳڱڻ"),
                words: ["۽", "جي", "جو", "۾", "کي", "تي", "جا", "کان", "ٿو", "آهي"]),
        Profile(language: Language(code: "ug")!, letters: scalars("ەېۇۈۋڭۆ"),
                words: ["ۋە", "بىلەن", "ئۈچۈن", "بۇ", "ھەم", "دەپ", "بولۇپ", "قىلىش"]),
        Profile(language: Language(code: "ckb")!, letters: scalars("ەێۆڕڵ"),
                words: ["لە", "بە", "کە", "ئەم", "بۆ", "لەسەر", "یان", "ئەو", "دەکات"]),
    ]

    /// Each letter that one profile alone lists → that profile's index (`ە`, which Kurdish and Uyghur share, tells neither).
    static let letterOwners: [Unicode.Scalar: Int] = {
        var owners: [Unicode.Scalar: Int] = [:]
        var shared: Set<Unicode.Scalar> = []
        for (index, profile) in profiles.enumerated() {
            for letter in profile.letters {
                if owners[letter] != nil { shared.insert(letter) } else { owners[letter] = index }
            }
        }
        for letter in shared { owners[letter] = nil }
        return owners
    }()

    private static func scalars(_ text: String) -> Set<Unicode.Scalar> { Set(text.unicodeScalars) }

    /// A letter of the Arabic alphabet itself (with hamza forms, ta marbuta and alif maqsura).
    static func isArabicAlphabetLetter(_ value: UInt32) -> Bool {
        (0x0621...0x063A).contains(value) || (0x0641...0x064A).contains(value)
    }

    /// A letter of the Arabic script that the Arabic language does not write (`پ`, `ک`, `ی`, `ە`, `ڵ`, `ٹ` …).
    static func isAddedLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x066E...0x066F, 0x0672...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FC, 0x06FF,
             0x0750...0x077F, 0x08A0...0x08C9: return true
        default: return false
        }
    }

    /// The language of a text whose dominant script is Arabic: Arabic, one of
    /// the profiled languages, or `nil` when its added letters say it is not
    /// Arabic but no profile wins.
    static func language(_ scalars: [Unicode.Scalar]) -> Language? {
        var letters = 0, added = 0
        var letterScores = [Int](repeating: 0, count: profiles.count)
        for scalar in scalars {
            let value = scalar.value
            if isArabicAlphabetLetter(value) {
                letters += 1
            } else if isAddedLetter(value) {
                letters += 1
                added += 1
                if let owner = letterOwners[scalar] { letterScores[owner] += 1 }
            }
        }
        guard letters > 0, added * addedLetterShare >= letters else { return .arabic }
        var scores = letterScores
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty, word.count <= 6 else { word.removeAll(keepingCapacity: true); return }
            let text = ScalarText.string(word)
            for (index, profile) in profiles.enumerated() where profile.words.contains(text) { scores[index] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in scalars {
            if ScalarClass.isArabic(scalar), scalar.properties.isAlphabetic || (0x06FD...0x06FE).contains(scalar.value) {
                // A zero-width non-joiner ends a word: `می‌شود` counts as its prefix `می`.
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
        let best = ranked[0]
        let second = ranked.count > 1 ? scores[ranked[1]] : 0
        guard scores[best] >= minimumScore, scores[best] >= 2 * second else { return nil }
        return profiles[best].language
    }
}
