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
    /// `learned` adds the words a document teaches by the shape of its turns (`WordLearner`).
    static func designationLength(_ text: [Unicode.Scalar], speechOnTheLine: Bool = true, learned: Set<[Unicode.Scalar]> = []) -> Int? {
        guard let colon = colonIndex(text, learned: learned) else { return nil }
        var end = colon + 1
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        guard end < text.count || !speechOnTheLine, !hasDotLeader(text[end...]) else { return nil }
        let designation = Array(text[0..<colon])
        if startsWithSpeakerWord(designation) || endsWithChineseHonorific(designation) { return end }
        // A learned word opens a turn, or follows the name ("Новак әфәнде (Руритания):"), but the masthead
        // line that taught it ("Predsedníčka: pani X") is none.
        guard learnedWordLength(designation, learned) != nil || followsName(designation, learned),
              presidingLineWords(text) == nil else { return nil }
        return end
    }

    /// Length of the first word of `text` when, in lower case, it is one of `learned`,
    /// or one of them (of `inflectedStemLength` letters or more) with an ending of at most
    /// `maximumEnding` letters: the masthead's "Președinte: dl X" teaches the title that
    /// the paragraphs write with the article ("Președintele spune …"), Danish "Formanden".
    /// A learned word after a short leading word, an article ("De Voorzitter (spreekt Engels):", "Die
    /// Voorsitter sê …"), counts too when that word is capitalized: the length then takes both.
    /// A record that opens units with the title alone (`TurnShape.bareTitles`) writes it with no article: the word
    /// before it there opens a clause ("Wen Chairperson invite dem, …").
    private static func learnedWordLength(_ text: [Unicode.Scalar], _ learned: Set<[Unicode.Scalar]>, shape: TurnShape = TurnShape()) -> Int? {
        guard !learned.isEmpty else { return nil }
        if let length = learnedWordLengthAtStart(text, learned) { return length }
        guard let start = articleEnd(text), let length = learnedWordLengthAtStart(Array(text[start...].prefix(40)), learned) else { return nil }
        if !shape.bareTitles.isEmpty, shape.bareTitles.contains(ScalarLowercasing.lowercased(text[start..<(start + length)])) { return nil }
        return start + length
    }

    /// Most letters of a leading word taken as an article before a learned title (`learnedWordLength`).
    static let maximumArticleLength = 3

    /// Where the word after a capitalized leading word of at most `maximumArticleLength` letters starts, when
    /// that word is capitalized too: "De Voorzitter", "Il Presidente"; `nil` otherwise.
    static func articleEnd(_ text: [Unicode.Scalar]) -> Int? {
        guard let first = text.first, ScalarClass.isUppercase(first) else { return nil }
        var index = 0
        while index < text.count, index <= maximumArticleLength, ScalarClass.isWordLetter(text[index]) { index += 1 }
        guard index <= maximumArticleLength, index < text.count, text[index] == " " else { return nil }
        let start = index + 1
        guard start < text.count, ScalarClass.isUppercase(text[start]) else { return nil }
        return start
    }

    private static func learnedWordLengthAtStart(_ text: [Unicode.Scalar], _ learned: Set<[Unicode.Scalar]>) -> Int? {
        let length = text.prefix(40).firstIndex { ScalarClass.isWhitespace($0) || $0 == "(" || $0 == "（" } ?? min(text.count, 40)
        guard length > 0, length < 40 else { return nil }
        let word = ScalarLowercasing.lowercased(text[0..<length])
        if learned.contains(word) { return length }
        if let phrase = learnedPhraseLength(text, firstWordLength: length, learned) { return phrase }
        // In a script without case an ending tells nothing: Bengali "সভাপতির আমন্ত্রণে" ("at the Chair's invitation")
        // opens with the title in the genitive as a turn would in another case.
        guard word.count > inflectedStemLength, !ScalarClass.isCaselessLetter(word[0]) else { return nil }
        for ending in 1...min(maximumEnding, word.count - inflectedStemLength) {
            guard word[(word.count - ending)...].allSatisfy({ ScalarClass.isWordLetter($0) }) else { break }
            if learned.contains(Array(word[0..<(word.count - ending)])) { return length }
        }
        return nil
    }

    /// Length of the two words opening `text` when, in lower case and one space apart, they are a learned
    /// function of two words (`functionPhrase`): "Az elnök üdvözölte …", "Njiit li wax na …".
    private static func learnedPhraseLength(_ text: [Unicode.Scalar], firstWordLength: Int, _ learned: Set<[Unicode.Scalar]>) -> Int? {
        guard firstWordLength + 1 < text.count, text[firstWordLength] == " ", learned.contains(where: { $0.contains(" ") }) else { return nil }
        var end = firstWordLength + 1
        while end < text.count, end < 40, ScalarClass.isWordLetter(text[end]) { end += 1 }
        guard end > firstWordLength + 1, end == text.count || !ScalarClass.isWordLetter(text[end]) && text[end] != "-" else { return nil }
        return learned.contains(ScalarLowercasing.lowercased(text[0..<end])) ? end : nil
    }

    /// Most words of a presiding officer's function in the masthead ("Chair:", "Az elnök:", "Njiit li:").
    static let maximumFunctionWords = 2

    /// The function before the colon of a masthead line, lower-cased: one word with no white space or full stop
    /// ("Przewodnicząca", "Vice-President"), or two words of letters one space apart, the words the document
    /// uses for its presiding officer ("Az elnök", "Njiit li", "Y Cadeirydd"); `nil` for anything else.
    static func functionPhrase(_ text: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard text.count > 1, let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              !text.contains(where: { $0 == "." }) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        if words.count == 1 {
            guard !text.contains(where: ScalarClass.isWhitespace) else { return nil }
        } else {
            guard words.count <= maximumFunctionWords, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ScalarClass.isWordLetter($0) } }),
                  !words.allSatisfy({ linkingWords.contains(ScalarText.string(ScalarLowercasing.lowercased($0))) }) else { return nil }
        }
        return ScalarLowercasing.lowercased(text)
    }

    /// Whether `designation` is one or more capitalized name words, then a learned honorific in
    /// lower case, before its notes or its end: "Новак әфәнде (Руритания) (инглизчә сөйли)".
    static func followsName(_ designation: [Unicode.Scalar], _ learned: Set<[Unicode.Scalar]>) -> Bool {
        guard !learned.isEmpty else { return false }
        let name = designation.prefix { $0 != "(" && $0 != "（" }
        let words = name.split(whereSeparator: ScalarClass.isWhitespace)
        guard (2...maximumWords).contains(words.count), let last = words.last, let letter = last.first, ScalarClass.isLowercase(letter),
              learned.contains(Array(last)),
              words.dropLast().allSatisfy({ $0.first.map { ScalarClass.isUppercase($0) || ScalarClass.isCaselessLetter($0) } == true })
        else { return false }
        return true
    }

    /// Shortest learned word that may take an ending (`learnedWordLength`).
    static let inflectedStemLength = 6
    /// Longest ending (letters) a learned word may take.
    static let maximumEnding = 3

    // MARK: - Words a document teaches

    /// The speaker words a document teaches by the shape of its turns, in a
    /// language whose honorifics and titles no table lists ("Fru", "Pan",
    /// "G.", "Ordföranden", "Předsedkyně"), lower-cased:
    ///
    /// - the first word of designations with a note in parentheses — "Fru
    ///   Hafner (Ruritanien) (talade tyska):", "Pan Nowak (Ruritania)
    ///   powiedział …" (`notedDesignationWord`) — when two or more open with it;
    /// - the function and honorific of the masthead line naming the presiding
    ///   officer, "Przewodnicząca: pani Kowalska" (`presidingLineWords`).
    ///
    /// Read one unit's head at a time (its first scalars, a paragraph number
    /// stripped, with whether the unit stands before the first numbered one),
    /// so that the heads of a long document need not all be kept.
    struct WordLearner {
        private var counts: [[Unicode.Scalar]: Int] = [:]
        private var learned: Set<[Unicode.Scalar]> = []
        /// First words that open a turn by their shape even once in a record of turns, and the designations read.
        private var recordWords: Set<[Unicode.Scalar]> = []
        private var designations = 0
        /// First words of designations with no name ("Présidente (parle en anglais):"), with the words of their notes.
        private var namelessRecordWords: [[Unicode.Scalar]: [Set<[Unicode.Scalar]>]] = [:]
        /// How many designations have each word in their notes (lower-cased).
        private var noteWordDesignations: [[Unicode.Scalar]: Int] = [:]
        /// First words of units that open with one word and a colon ("Predsednik: …", "தலைவர்: …"), and how many.
        private var bareCounts: [[Unicode.Scalar]: Int] = [:]
        /// First words of units that open with two or three name words and a colon, no note ("Okafor noyan: …",
        /// "አቶ ኦካፎር፦ …", `plainDesignationWord`), and how many.
        private var plainCounts: [[Unicode.Scalar]: Int] = [:]
        /// Noted designations that end with a colon (a verbatim record's turns: "Novak (Ruritania): …").
        private var colonDesignations = 0
        /// First words of heads shaped "Oga Lindgren ask weda …" (`titledName`), with the names they stood before.
        private var titledNames: [[Unicode.Scalar]: Set<[Unicode.Scalar]>] = [:]

        /// Noted designations that make a record of turns: then a first word read once is
        /// learned too when the turn ends with a colon ("Sig.ra Álvarez (Freedonia) (parla in
        /// spagnolo):") or the word is as short as an abbreviated honorific ("Gđa Lindqvist
        /// (izvjestiteljica) pitala je …", "Dna", "Znj.").
        static let designationsOfARecord = 3
        /// Longest abbreviated honorific (letters).
        static let honorificLength = 4

        /// Whether a designation may follow the unit's opening words (`designationAfterOpeningWords`):
        /// then the honorific is looked for after them too.
        var afterOpeningWords = false
        /// Noted designations with a name that open their unit ("Oga Kovač (Borduria) talk say …"), and those found
        /// after opening words instead ("Dywedodd Mr Novak (Rwritania) fod …").
        private var designationsAtStart = 0
        private var designationsAfterOpeningWords = 0

        /// Whether the document names its speakers first, never after opening words: two noted designations or
        /// more open their units and none stands after a verb. Its language puts the subject first, so a title after
        /// a unit's first words ("Taim Sea i singautim ol, …": "when the Chair
        /// invited them") stands in a clause of its own, not at a reported turn's start.
        var namesSpeakersFirst: Bool { designationsAtStart >= 2 && designationsAfterOpeningWords == 0 }

        /// Noted designations with no colon whose next word a colon follows ("… (Бордурия) этэр: …"), and those whose
        /// next word none follows (`TurnShape.colonAfterWord`).
        private var wordColonDesignations = 0
        private var wordDesignations = 0
        /// The first words after noted designations with no colon (`TurnShape.wordsAfterDesignations`).
        private var wordsAfterDesignations: Set<[Unicode.Scalar]> = []
        /// The first words of units after the masthead, lower-cased (`addOpening`).
        private var openingWords: Set<[Unicode.Scalar]> = []

        /// Reads the first word of a unit after the masthead (`TurnShape.bareTitles`), and the word after a form of
        /// the presiding title (`TurnShape.titleForms`).
        mutating func addOpening(_ text: [Unicode.Scalar]) {
            guard let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
                  let word = TurnShape.word(text, at: 0) else { return }
            openingWords.insert(word)
            if let opening = TitleForm.opening(text, titles: presidingTitles) { titleOpenings[opening.form, default: []].insert(opening.next) }
        }

        /// The presiding officer's titles of the masthead (`TitleForm.presidingTitle`), lower-cased.
        private var presidingTitles: Set<[Unicode.Scalar]> = []
        /// Forms of those titles opening units after the masthead, with the words after them (`addOpening`).
        private var titleOpenings: [[Unicode.Scalar]: Set<[Unicode.Scalar]>] = [:]
        /// How many label lines (`LabelLineTurn.name`) and noted designations ending with a colon have each name.
        private var labelCounts: [[Unicode.Scalar]: Int] = [:]
        /// First words of noted designations with a name ("Ponas" in "Ponas Kovač (Borduria): …"), lower-cased.
        private var namedDesignationWords: Set<[Unicode.Scalar]> = []

        /// Reads a masthead unit of more than one line for the presiding officer's title (`TitleForm.presidingTitle`).
        mutating func addPresidingTitle(_ text: [Unicode.Scalar]) {
            if let title = TitleForm.presidingTitle(text) { presidingTitles.insert(title) }
        }

        /// Reads the first line of a unit that goes on below it (`LabelLineTurn`): a designation alone on its line.
        mutating func addLabelLine(_ line: [Unicode.Scalar]) {
            guard let name = LabelLineTurn.name(line) else { return }
            // "Novak (Ruritania):" alone: counted with the noted designations (`add`), and a turn where two or more are read.
            if LabelLineTurn.notedName(line) != nil {
                notedLabelNames.insert(name)
            } else {
                labelCounts[name, default: 0] += 1
            }
        }

        /// Names of noted designations alone on their line ending with a colon ("Novak (Ruritania):"), lower-cased.
        private var notedLabelNames: Set<[Unicode.Scalar]> = []

        /// How the record's turns open, with the words learned (`words`).
        func shape(words: Set<[Unicode.Scalar]>) -> TurnShape {
            var titleForms = Set<[Unicode.Scalar]>()
            for (form, next) in titleOpenings where next.count >= 2 || !next.isDisjoint(with: wordsAfterDesignations) { titleForms.insert(form) }
            return TurnShape(wordsAfterDesignations: wordsAfterDesignations, bareTitles: words.intersection(openingWords),
                             titleForms: titleForms, colonAfterWord: wordColonDesignations >= 2 && wordDesignations == 0,
                             labelNames: labelNames, presidingTitles: presidingTitles)
        }

        /// Names of label lines that open turns (`TurnShape.labelNames`): in a record whose noted designations end with
        /// a colon, a name read twice or more, a form of the presiding title, or one opening with the honorific of a
        /// noted designation with a name and going on with a name word; where two noted designations or more end with
        /// a colon, the noted designations alone on their line too.
        private var labelNames: Set<[Unicode.Scalar]> {
            guard colonDesignations >= 1 else { return [] }
            // A record whose turns two noted designations or more open with a colon: each such line alone opens one.
            var names = colonDesignations >= 2 ? notedLabelNames : []
            for (name, count) in labelCounts {
                if count >= 2 || presidingTitles.contains(where: { TitleForm.matches(name, title: $0) }) {
                    names.insert(name)
                } else if let space = name.firstIndex(of: " "), namedDesignationWords.contains(Array(name[..<space])) {
                    names.insert(name)
                }
            }
            return names
        }

        /// Reads the head of one unit.
        mutating func add(_ text: [Unicode.Scalar], inMasthead: Bool) {
            if inMasthead, let title = TitleForm.presidingTitle(text) { presidingTitles.insert(title) }
            let atStart = SpeakerLine.notedDesignation(text)
            if let atStart, atStart.nameWords > 0 { designationsAtStart += 1 }
            if let atStart, !atStart.endsWithColon {
                var next = atStart.length
                while next < text.count, ScalarClass.isWhitespace(text[next]) { next += 1 }
                if let word = TurnShape.word(text, at: next) {
                    wordsAfterDesignations.insert(word)
                    if TurnShape.colonFollowsWord(text, at: next) { wordColonDesignations += 1 } else { wordDesignations += 1 }
                }
            }
            if let designation = afterOpeningWords ? SpeakerLine.honorificDesignation(text) : atStart {
                if afterOpeningWords, designation.word != atStart?.word { designationsAfterOpeningWords += 1 }
                // An honorific after the name ("Новак әфәнде (Руритания)") is the word to learn, not the name.
                let word = designation.honorificAfterName ?? designation.word
                counts[word, default: 0] += 1
                designations += 1
                if designation.endsWithColon {
                    colonDesignations += 1
                    if let name = LabelLineTurn.notedName(text) { labelCounts[name, default: 0] += 1 }
                }
                if designation.nameWords > 0 { namedDesignationWords.insert(designation.word) }
                for noteWord in designation.noteWords { noteWordDesignations[noteWord, default: 0] += 1 }
                if designation.endsWithColon, designation.nameWords == 0, designation.honorificAfterName == nil,
                   word.count >= Self.minimumFusedNameLength, word.allSatisfy({ ScalarClass.isCaselessLetter($0) || ScalarClass.isCombiningMark($0) }) {
                    fusedNames.insert(word)
                }
                if designation.endsWithColon || word.filter({ $0.properties.isAlphabetic }).count <= Self.honorificLength {
                    // Read once with no name, a word is a title only when its note is of the record's kind (`words`).
                    if designation.nameWords > 0 || designation.honorificAfterName != nil {
                        recordWords.insert(word)
                    } else {
                        namelessRecordWords[word, default: []].append(designation.noteWords)
                    }
                }
            } else if inMasthead, let words = SpeakerLine.presidingLineWords(text) {
                learned.formUnion(words)
            } else if inMasthead, let function = SpeakerLine.presidingLineFunction(text) {
                candidates.insert(function)
            } else if let word = SpeakerLine.bareDesignationWord(text) {
                bareCounts[word, default: 0] += 1
            } else if let word = SpeakerLine.plainDesignationWord(text) {
                plainCounts[word, default: 0] += 1
            }
        }

        /// Reads the head of a unit that may open a reported turn without a note ("Oga Lindgren ask weda …",
        /// "Madam Osei ask make …"): its first word and the name after it (`titledName`).
        mutating func addTitled(_ text: [Unicode.Scalar]) {
            guard let (word, name) = SpeakerLine.titledName(text) else { return }
            titledNames[word, default: []].insert(name)
        }

        /// Function words of masthead lines with one name after the colon ("Ordförande: Lindqvist"), which
        /// "Original: English" resembles: learned only when a unit opens with one (`confirm`).
        private(set) var candidates: Set<[Unicode.Scalar]> = []

        /// Opening forms of candidate function words, and how many units open with each.
        private var confirmations: [[Unicode.Scalar]: Int] = [:]

        /// Reads the head of a unit after the masthead: when its first word is a candidate function word,
        /// as written or with an ending of at most `maximumEnding` letters ("Ordföranden", "Lederen"),
        /// and a note or a colon follows it, that first word is learned; before a word in lower case, it is
        /// learned when two units open so (a verb; once, it may be a case before a postposition: Finnish
        /// "Puheenjohtajan kutsusta", "at the Chair's invitation").
        mutating func confirm(_ text: [Unicode.Scalar]) {
            guard !candidates.isEmpty, let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return }
            var end = 0
            while end < text.count, end < 40, ScalarClass.isWordLetter(text[end]) { end += 1 }
            // A function of two words ("Njiit li: Ndiaye") opens the unit with both.
            if end > 0, end < text.count, text[end] == " ", candidates.contains(where: { $0.contains(" ") }) {
                var second = end + 1
                while second < text.count, second < 60, ScalarClass.isWordLetter(text[second]) { second += 1 }
                let phrase = ScalarLowercasing.lowercased(text[0..<second])
                if second > end + 1, candidates.contains(where: { $0.contains(" ") && phrase.count >= $0.count
                    && phrase.count - $0.count <= SpeakerLine.maximumEnding && phrase[0..<$0.count].elementsEqual($0) }) {
                    end = second
                }
            }
            guard end > 0, end < text.count else { return }
            let word = ScalarLowercasing.lowercased(text[0..<end])
            guard word.count == end, candidates.contains(where: { word.count >= $0.count && word.count - $0.count <= SpeakerLine.maximumEnding
                && word[0..<$0.count].elementsEqual($0) }) else { return }
            var next = end
            while next < text.count, ScalarClass.isWhitespace(text[next]) { next += 1 }
            guard next < text.count else { return }
            let following = text[next]
            // A colon opens a turn, not another line of the masthead's shape ("Source: Eurostat" under a table).
            if ScalarClass.isColon(following) && next == end && SpeakerLine.presidingLineFunction(text) == nil || following == "(" || following == "（" {
                learned.insert(word)
            } else if next > end, ScalarClass.isLowercase(following) {
                confirmations[word, default: 0] += 1
                if confirmations[word] == 2 { learned.insert(word) }
            }
        }

        /// Whether the document is a record of turns by the shape of its designations: three or
        /// more heads open with a name and a note in parentheses ("Wolnik (Syldavia) sa at …",
        /// "Okafor (landsrapportør) …"). Then such a head opens a turn whatever its first word,
        /// as in a language that names speakers by surname alone, with no honorific to learn.
        var notedDesignationsOpenTurns: Bool { designations >= Self.designationsOfARecord }

        /// Whether the document is a record of turns by the shape of its heads: `designationsOfARecord` noted
        /// designations or more, or fewer that end with a colon ("Novak (Ruritania)᠄ …", "ወ/ሮ ኖቫክ (ሩሪታኒያ)፦ …")
        /// with a title that opens two units or more alone before its colon ("ፕሬዚዳንቱ፦ …", the presiding officer
        /// giving the floor), as many together: the turn-taking of a verbatim record, in any script. A report's
        /// repeated "Source: …" with no noted designation makes none.
        var isRecordOfTurns: Bool {
            if designations >= Self.designationsOfARecord { return true }
            guard colonDesignations >= 1 else { return false }
            return designations + bareCounts.values.reduce(0) { $0 + ($1 >= 2 ? $1 : 0) } >= Self.designationsOfARecord
        }

        /// First words of noted designations ending with a colon, in a script without spaces or case, that may fuse a name
        /// with its honorific (`ノヴァクさん（ルリタニア）：`, `ဦးကိုဗက် (ဘော်ဒူးရီးယား):`), lower-cased.
        private var fusedNames: Set<[Unicode.Scalar]> = []
        /// Fewest letters of such a word: a name and an honorific.
        static let minimumFusedNameLength = 3

        /// The fused names (`fusedNames`) that share their first or their last letter with another one (each is of three
        /// letters or more, so two remain besides): names with the honorific the record writes before or after every
        /// name (`…さん`, `ဦး…`). Counted by letter, in one pass.
        private var namesWithSharedHonorific: Set<[Unicode.Scalar]> {
            var firsts: [Unicode.Scalar: Int] = [:], lasts: [Unicode.Scalar: Int] = [:]
            for name in fusedNames {
                firsts[name[0], default: 0] += 1
                lasts[name[name.count - 1], default: 0] += 1
            }
            return fusedNames.filter { firsts[$0[0], default: 0] >= 2 || lasts[$0[$0.count - 1], default: 0] >= 2 }
        }

        /// The words learned from the heads read.
        var words: Set<[Unicode.Scalar]> {
            var words = learned
            for (word, count) in counts where count >= 2 { words.insert(word) }
            // A title the document repeats: a first word that stands before two names or more at the start of units,
            // with a verb in lower case after the name (and its note), and opens a noted designation at least once
            // ("Oga Kovač (Borduria) talk say …", "Oga Lindgren ask weda …"): an honorific, whatever the language.
            for (word, names) in titledNames where names.count >= 2 && counts[word, default: 0] >= 1 { words.insert(word) }
            guard isRecordOfTurns else { return words }
            words.formUnion(recordWords)
            // In a record of turns, names fused with the honorific the record writes with each of them, in a script
            // without spaces (`ノヴァクさん（ルリタニア）：`, `ハダドさん（シルダビア）：`): each opens a turn.
            words.formUnion(namesWithSharedHonorific)
            // In a record of turns, a designation of a few name words before its colon with no note ("Okafor noyan: …",
            // "አቶ ኦካፎር፦ …": a speaker named with no country) opens a turn too, whatever its script.
            words.formUnion(plainCounts.keys)
            // In a record of turns, a title that opens two units alone before its colon ("Predsednik: Besedo dajem …",
            // "ಅಧ್ಯಕ್ಷರು: …"), whatever its script, is a speaker word: a designation with no name and no note.
            for (word, count) in bareCounts where count >= 2 { words.insert(word) }
            // A title read once with no name is learned when its note shares a word with another designation's notes,
            // "Presiden (berbicara dalam bahasa Inggris):" beside "(berbicara dalam bahasa Prancis)"; a sentence opening
            // with a word and a note, "Hasilnya (menurut data Kementerian Air): …", shares none and teaches nothing.
            for (word, notes) in namelessRecordWords where notes.contains(where: { $0.contains { noteWordDesignations[$0, default: 0] >= 2 } }) {
                words.insert(word)
            }
            return words
        }
    }

    /// Most name words after a title in `titledName`.
    static let maximumTitledNameWords = 2

    /// "Oga Lindgren ask weda …", "Mista Kovač (Borduria) i tok olsem …": a capitalized first word of letters that
    /// is no linking word, one or two capitalized name words, notes in parentheses if any (no figure inside), then a
    /// word in lower case (a linking word only when no capitalized word follows it soon: "Di Committee of di
    /// Government" is none). Returns the first word and the name, lower-cased; `nil` for any other head.
    static func titledName(_ text: [Unicode.Scalar]) -> ([Unicode.Scalar], [Unicode.Scalar])? {
        guard let first = text.first, ScalarClass.isUppercase(first) else { return nil }
        let head = Array(text.prefix(maximumLength))
        func wordEnd(_ start: Int) -> Int {
            var end = start
            while end < head.count, ScalarClass.isWordLetter(head[end]) || (end > start && (head[end] == "-" || head[end] == "'" || head[end] == "\u{2019}")) {
                end += 1
            }
            return end
        }
        let titleEnd = wordEnd(0)
        guard titleEnd >= 2, titleEnd <= NumberedCaption.maximumWordLength, titleEnd < head.count, head[titleEnd] == " " else { return nil }
        let title = ScalarLowercasing.lowercased(head[0..<titleEnd])
        guard title.count == titleEnd, !linkingWords.contains(ScalarText.string(title)) else { return nil }
        var index = titleEnd
        var name: [Unicode.Scalar] = []
        var nameWords = 0
        var notes = 0
        while index < head.count {
            while index < head.count, head[index] == " " { index += 1 }
            guard index < head.count else { return nil }
            let scalar = head[index]
            if scalar == "(" || scalar == "（" {
                guard nameWords > 0, let close = head[index...].firstIndex(where: { $0 == ")" || $0 == "）" }),
                      !head[index..<close].contains(where: { ScalarClass.digit($0) != nil }) else { return nil }
                notes += 1
                index = close + 1
                continue
            }
            let end = wordEnd(index)
            guard end > index, end == head.count || head[end] == " " || head[end] == "(" else { return nil }
            if ScalarClass.isLowercase(scalar) {
                guard nameWords > 0 else { return nil }
                let spelled = ScalarText.string(ScalarLowercasing.lowercased(head[index..<end]))
                guard !linkingWords.contains(spelled) || !capitalizedWordFollows(head, after: end) else { return nil }
                return (title, name)
            }
            guard notes == 0, ScalarClass.isUppercase(scalar), nameWords < maximumTitledNameWords else { return nil }
            if nameWords > 0 { name.append(" ") }
            name += ScalarLowercasing.lowercased(head[index..<end])
            nameWords += 1
            index = end
        }
        return nil
    }

    /// Whether the head bytes `bytes[start..<end]` may give a `WordLearner` a
    /// word: a noted designation needs a parenthesis, a presiding officer's
    /// line (in the masthead) a colon. Most lines have neither.
    static func mayLearnWords(_ bytes: [UInt8], _ start: Int, _ end: Int, inMasthead: Bool) -> Bool {
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x28: return true  // (
            // ":" in the masthead, or after a unit's first word ("Predsednik: …", `bareDesignationWord`).
            case 0x3A: return true
            // Full-width （ (EF BC 88) and ： (EF BC 9A).
            case 0xEF where index + 2 < end && bytes[index + 1] == 0xBC && (bytes[index + 2] == 0x88 || inMasthead && bytes[index + 2] == 0x9A):
                return true
            // Another script's colon (Ethiopic "፦", three bytes from E1) in the masthead.
            case 0xE1...0xEF where inMasthead && index + 2 < end:
                let scalar = Unicode.Scalar((UInt32(bytes[index] & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F))
                if let scalar, ScalarClass.isColon(scalar) { return true }
                index += 3
            default: index += 1
            }
        }
        return false
    }

    /// "Fru Hafner (Ruritanien) (talade tyska): …", "Ordföranden (talade
    /// engelska): …", "G. Novak (Ruritanija) rekao je …": a capitalized (or
    /// caseless) first word that is no linking word, at most a few
    /// capitalized name words, one or more notes in parentheses, then a colon
    /// or a word in lower case. Returns the first word, lower-cased.
    static func notedDesignationWord(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        notedDesignation(text)?.word
    }

    /// A designation with a note in parentheses (`notedDesignation`).
    struct NotedDesignation {
        /// The first word, lower-cased.
        var word: [Unicode.Scalar]
        /// The designation ends with a colon (a verbatim record's turn).
        var endsWithColon: Bool
        /// An honorific in lower case between the name and the notes ("Новак әфәнде (Руритания)").
        var honorificAfterName: [Unicode.Scalar]? = nil
        /// Scalars the designation takes, its notes included (white space and colon after them not).
        var length = 0
        /// Capitalized name words between the first word and the notes ("Novak" in "Bapak Novak (Ruritania):").
        var nameWords = 0
        /// The words of letters of the notes, lower-cased ("berbicara", "dalam", "bahasa", "prancis").
        var noteWords: Set<[Unicode.Scalar]> = []
    }

    /// `notedDesignationWord`, whether the designation ends with a colon (a verbatim record's turn)
    /// and the honorific after the name, if one stands there.
    static func notedDesignation(_ text: [Unicode.Scalar]) -> NotedDesignation? {
        let head = Array(text.prefix(maximumLength))
        guard let first = head.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return nil }
        var index = 0
        while index < head.count, !ScalarClass.isWhitespace(head[index]), head[index] != "(", head[index] != "（" { index += 1 }
        var word = ScalarLowercasing.lowercased(head[0..<index])
        guard word.count >= 1, word.count == index, !word.contains(where: { $0 == "," || $0 == ";" || ScalarClass.isColon($0) }) else { return nil }
        // An article before an honorific in lower case and a capitalized name ("De heer Novak (Ruritanië) zei …",
        // "Het lid Haddad (…)"): the two words are the speaker word. "The Working Group (WG)" and "De regering (X)" are none.
        if let end = honorificAfterArticle(head, articleEnd: index) {
            word = ScalarLowercasing.lowercased(head[0..<end])
            index = end
        } else if linkingWords.contains(ScalarText.string(word)) {
            return nil
        }
        var notes = 0
        var nameWords = 0
        var noteWords: Set<[Unicode.Scalar]> = []
        var honorificAfterName: [Unicode.Scalar]?
        while index < head.count {
            while index < head.count, ScalarClass.isWhitespace(head[index]) { index += 1 }
            guard index < head.count else { return nil }
            let scalar = head[index]
            if scalar == "(" || scalar == "（" {
                guard let close = head[index...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
                // A country, a function or the language spoken has no figure: "(CERD/C/BOR/Q/5-6)", "(2019)" are references.
                guard !head[index..<close].contains(where: { ScalarClass.digit($0) != nil }) else { return nil }
                notes += 1
                for noteWord in head[(index + 1)..<close].split(whereSeparator: { !ScalarClass.isWordLetter($0) }) {
                    noteWords.insert(ScalarLowercasing.lowercased(noteWord))
                }
                index = close + 1
                continue
            }
            if ScalarClass.isColon(scalar) {
                return notes > 0 ? NotedDesignation(word: word, endsWithColon: true, honorificAfterName: honorificAfterName,
                                                    length: ScalarText.trimmed(head[0..<index]).count, nameWords: nameWords, noteWords: noteWords) : nil
            }
            // "Новак әфәнде (Руритания)": one word of letters in lower case right before the notes is an honorific after the name.
            if notes == 0, honorificAfterName == nil, ScalarClass.isLowercase(scalar) {
                var end = index
                while end < head.count, ScalarClass.isWordLetter(head[end]) { end += 1 }
                var next = end
                while next < head.count, ScalarClass.isWhitespace(head[next]) { next += 1 }
                if end > index, next > end, next < head.count, head[next] == "(" || head[next] == "（",
                   !linkingWords.contains(ScalarText.string(ScalarLowercasing.lowercased(head[index..<end]))) {
                    honorificAfterName = Array(head[index..<end])
                    index = end
                    continue
                }
            }
            // A verb in lower case, or a comma before an inserted clause ("Si G. Ortega (Freedonia), …");
            // after the notes, a language that puts the verb last goes on with any word ("Varga úr (X) 2026-ban …"),
            // and a script without case with its verb ("श्रीमती वर्मा (कार्पानिया) कहलनि जे …": no capital tells the name).
            if ScalarClass.isLowercase(scalar) || Self.isComma(scalar) || notes > 0 && honorificAfterName != nil
                || notes > 0 && ScalarClass.isCaselessLetter(scalar) {
                return notes > 0 ? NotedDesignation(word: word, endsWithColon: false, honorificAfterName: honorificAfterName,
                                                    length: ScalarText.trimmed(head[0..<index]).count, nameWords: nameWords, noteWords: noteWords) : nil
            }
            guard notes == 0, honorificAfterName == nil, ScalarClass.isUppercase(scalar) || ScalarClass.isCaselessLetter(scalar),
                  nameWords < maximumWords - 1 else { return nil }
            var end = index
            while end < head.count, !ScalarClass.isWhitespace(head[end]), head[end] != "(", head[end] != "（" { end += 1 }
            // A colon may end the name ("Mme Haddad:"), but only after a note does a name word count.
            if head[index..<end].contains(where: { $0 == "," || $0 == ";" || $0 == "." && end - index > 4 }) { return nil }
            if ScalarClass.isColon(head[end - 1]) { return nil }
            nameWords += 1
            index = end
        }
        return nil
    }

    /// Where the word after a capitalized article ends (`articleEnd` of at most `maximumArticleLength` letters), when
    /// it is a word of three letters or more in lower case, one space after the article (letters only), that a
    /// capitalized name word follows:
    /// "De heer Novak", "Het lid Haddad"; `nil` otherwise.
    static func honorificAfterArticle(_ head: [Unicode.Scalar], articleEnd: Int) -> Int? {
        guard articleEnd >= 1, articleEnd <= maximumArticleLength, let first = head.first, ScalarClass.isUppercase(first),
              head[0..<articleEnd].allSatisfy({ ScalarClass.isWordLetter($0) }),
              articleEnd + 1 < head.count, head[articleEnd] == " ", ScalarClass.isLowercase(head[articleEnd + 1]) else { return nil }
        var end = articleEnd + 1
        while end < head.count, ScalarClass.isWordLetter(head[end]) { end += 1 }
        guard end - (articleEnd + 1) >= 3, end + 1 < head.count, head[end] == " ", ScalarClass.isUppercase(head[end + 1]) else { return nil }
        return end
    }

    /// Whether `line` is a speaker's designation that takes its whole line, the speech below it: at most
    /// `maximumWords` name words, optional notes in parentheses, and a colon of any script at the end — "Predsednik:",
    /// "ಅಧ್ಯಕ್ಷರು:", "தலைவர்:", "G. Novak (Ruritanija) (govori francosko):", "Новак әфәнде (Руритания):". A name
    /// word opens with a capital or a letter of a caseless script; a word in lower case is a particle of at most
    /// three letters ("van", "g.") or an honorific after the name, right before the notes. "The President said:",
    /// "… as follows:" (a word in lower case), a figure, a dot leader or sentence punctuation make none.
    static func isDesignationAlone(_ line: [Unicode.Scalar]) -> Bool {
        let text = ScalarText.trimmed(line[...])
        guard text.count >= 2, text.count <= maximumLength, let last = text.last, ScalarClass.isColon(last),
              let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return false }
        let body = Array(text.dropLast())
        var index = 0
        var words = 0
        var notes = 0
        while index < body.count {
            let scalar = body[index]
            if ScalarClass.isWhitespace(scalar) { index += 1; continue }
            if scalar == "(" || scalar == "（" {
                guard let close = body[index...].firstIndex(where: { $0 == ")" || $0 == "）" }),
                      !body[index..<close].contains(where: { ScalarClass.digit($0) != nil || ScalarClass.isColon($0) }) else { return false }
                notes += 1
                index = close + 1
                continue
            }
            // Name words stand before the notes.
            guard notes == 0 else { return false }
            var end = index
            while end < body.count, !ScalarClass.isWhitespace(body[end]), body[end] != "(", body[end] != "（" { end += 1 }
            let word = body[index..<end]
            guard word.allSatisfy({ ScalarClass.isWordLetter($0) || $0 == "." || $0 == "-" || $0 == "’" || $0 == "'" }),
                  word.contains(where: { $0.properties.isAlphabetic }) else { return false }
            if ScalarClass.isLowercase(scalar), word.filter({ $0.properties.isAlphabetic }).count > SpeakerLine.maximumArticleLength {
                // An honorific after the name stands right before the notes.
                var next = end
                while next < body.count, ScalarClass.isWhitespace(body[next]) { next += 1 }
                guard words > 0, next < body.count, body[next] == "(" || body[next] == "（" else { return false }
            }
            words += 1
            guard words <= maximumWords else { return false }
            index = end
        }
        return words > 0
    }

    /// The first word of `text`, lower-cased, when a colon follows it right away and white space or nothing
    /// follows the colon: "Predsednik: Besedo …", "தலைவர்: …" (a title alone, `WordLearner`); `nil` otherwise.
    static func bareDesignationWord(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return nil }
        var index = 0
        while index < text.count, index < 40, ScalarClass.isWordLetter(text[index]) || text[index] == "-" { index += 1 }
        guard index >= 2, index < text.count, ScalarClass.isColon(text[index]),
              index + 1 == text.count || ScalarClass.isWhitespace(text[index + 1]) else { return nil }
        let word = ScalarLowercasing.lowercased(text[0..<index])
        return linkingWords.contains(ScalarText.string(word)) ? nil : word
    }

    /// Most name words of a designation with no note (`plainDesignationWord`).
    static let maximumPlainDesignationWords = 3

    /// The first word of `text`, lower-cased, when the text opens with two to `maximumPlainDesignationWords` name
    /// words and a colon of any script, then white space and speech: "Okafor noyan᠄ …", "አቶ ኦካፎር፦ …", "Mr. Okafor: …"
    /// (a speaker named with no country). A name word is letters (with `.`, `/`, `-` or an apostrophe inside) opening
    /// with a capital or a letter of a caseless script, no figure: "In conclusion: …" (a word in lower case) is none.
    /// `nil` otherwise.
    static func plainDesignationWord(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var index = 0
        var words = 0
        var firstEnd = 0
        while index < text.count, index < maximumLength {
            guard ScalarClass.isUppercase(text[index]) || ScalarClass.isCaselessLetter(text[index]) else { return nil }
            var end = index
            while end < text.count, ScalarClass.isWordLetter(text[end]) || text[end] == "." || text[end] == "/" || text[end] == "-"
                || text[end] == "'" || text[end] == "\u{2019}" { end += 1 }
            words += 1
            if words == 1 { firstEnd = end }
            guard words <= maximumPlainDesignationWords, end < text.count else { return nil }
            if ScalarClass.isColon(text[end]) {
                guard words >= 2, end + 2 < text.count, ScalarClass.isWhitespace(text[end + 1]),
                      !ScalarClass.isWhitespace(text[end + 2]) else { return nil }
                let word = ScalarLowercasing.lowercased(text[0..<firstEnd])
                return linkingWords.contains(ScalarText.string(word)) ? nil : word
            }
            guard text[end] == " " else { return nil }
            index = end + 1
        }
        return nil
    }

    /// Most words a designation may follow (`designationAfterOpeningWords`).
    static let maximumOpeningWords = 2

    /// The noted designation at the start of `text` or after one or two
    /// opening words (`openingWordsEnd`), the first whose first word is as
    /// short as an abbreviated honorific: "Dywedodd Mr Novak (Rwritania)
    /// fod …" teaches "mr", not the verb; else the one at the start.
    static func honorificDesignation(_ text: [Unicode.Scalar]) -> NotedDesignation? {
        let atStart = notedDesignation(text)
        if let atStart, atStart.word.filter({ $0.properties.isAlphabetic }).count <= WordLearner.honorificLength { return atStart }
        var start = 0
        for _ in 0..<maximumOpeningWords {
            guard let next = openingWordEnd(text, from: start, first: start == 0) else { break }
            start = next
            // The honorific after the opening words comes with a name ("Dywedodd Mr Novak (…)"); a name alone with its
            // note after a longer honorific ("শ্রীমতী শর্মা (কার্পানিয়া) বলেন …", the name as short as an honorific) is no such.
            if let inner = notedDesignation(Array(text[start...].prefix(maximumLength))),
               inner.word.filter({ $0.properties.isAlphabetic }).count <= WordLearner.honorificLength,
               inner.nameWords > 0 || atStart == nil {
                return inner
            }
        }
        return atStart
    }

    /// Where the word opening `text` at `start` ends, white space after it
    /// skipped: a word of letters (an apostrophe or hyphen inside), capitalized
    /// when it opens the text; `nil` for anything else (a figure, punctuation).
    private static func openingWordEnd(_ text: [Unicode.Scalar], from start: Int, first: Bool) -> Int? {
        guard start < text.count else { return nil }
        if first, !(ScalarClass.isUppercase(text[start]) || ScalarClass.isCaselessLetter(text[start])) { return nil }
        var index = start
        while index < text.count, !ScalarClass.isWhitespace(text[index]) {
            let scalar = text[index]
            guard scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .spacingMark
                || (index > start && (scalar == "'" || scalar == "’" || scalar == "-")) else { return nil }
            index += 1
        }
        guard index > start, index < text.count else { return nil }
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        return index
    }

    /// In a language whose conventions list no speaker words, a summary
    /// record may name the speaker after one or two opening words, a verb
    /// and a particle: Welsh "Dywedodd Mr Novak (Rwritania) fod …",
    /// Scottish Gaelic "Thuirt Mgr Novak …", "Chuir an Cathraiche fàilte …".
    /// Returns the designation's range (`reportedDesignationLength` after the
    /// opening words, with the words the document taught), `nil` when none follows them.
    static func designationAfterOpeningWords(_ text: [Unicode.Scalar], learned: Set<[Unicode.Scalar]>, shape: TurnShape = TurnShape()) -> Range<Int>? {
        guard !learned.isEmpty else { return nil }
        var start = 0
        for _ in 0..<maximumOpeningWords {
            guard let next = openingWordEnd(text, from: start, first: start == 0) else { return nil }
            start = next
            // A designation after the opening words is capitalized ("Chuir an Cathraiche …"); a title in lower case
            // there is part of a phrase ("På formandens opfordring …", "Ar wahoddiad y cadeirydd, …").
            guard ScalarClass.isUppercase(text[start]) || ScalarClass.isCaselessLetter(text[start]) else { continue }
            if let length = reportedDesignationLength(Array(text[start...].prefix(maximumLength + 8)), learned: learned, shape: shape) {
                return start..<(start + length)
            }
        }
        return nil
    }

    /// Whether `text` is a whole masthead line naming the presiding officer (`presidingLineWords`), the country in
    /// parentheses ending it and no dot leader ("Mũsumbĩ: Ms. Lindqvist (Freedonia)"): without them the country may
    /// follow on the line below, and the line is no unit of its own.
    static func isWholePresidingLine(_ text: [Unicode.Scalar]) -> Bool {
        guard text.last == ")" || text.last == "）", !hasDotLeader(text[...]) else { return false }
        return presidingLineWords(text) != nil
    }

    /// "Przewodnicząca: pani Kowalska", "Chair: Mr. Abashidze": a short line
    /// of one capitalized word, a colon, then an honorific (in either case) and
    /// one or two capitalized name words; returns the function word and the
    /// honorific, lower-cased. "Distr.: General" and "Original: Spanish and
    /// French" are none (one word, or a name word in lower case).
    ///
    /// A verbatim record's masthead sets the country after a dot leader, "President: Mr. Salvi
    /// ........ (Borduria)": the leader and what follows it are left out. A language that puts the
    /// honorific after the name, Tatar "Рәис: Сальви әфәнде", gives the word in lower case after one
    /// or two capitalized name words. A note in parentheses at the end of the line, "(Freedonia)", is left out too.
    static func presidingLineWords(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
        let line = Array(text[0..<(dotLeaderStart(text[...]) ?? text.count)])
        guard line.count <= 80, let colon = line.firstIndex(where: ScalarClass.isColon), colon > 1,
              let function = functionPhrase(line[0..<colon]) else { return nil }
        // The country may stand in parentheses after the name instead of after a leader ("Fru Dupont (Freedonia)").
        var named = line[(colon + 1)...]
        if let note = named.firstIndex(where: { $0 == "(" || $0 == "（" }),
           named[note...].allSatisfy({ !ScalarClass.isColon($0) }), named.last == ")" || named.last == "）" {
            named = named[..<note]
        }
        let after = named.split(whereSeparator: ScalarClass.isWhitespace)
        func isNameWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
            word.first.map { ScalarClass.isUppercase($0) || ScalarClass.isCaselessLetter($0) } == true
                && word.allSatisfy { ScalarClass.isWordLetter($0) || $0 == "-" || $0 == "." || $0 == "’" || $0 == "'" }
        }
        guard (2...3).contains(after.count), HeaderLineRecognizer.recognize(ScalarText.string(line)) == nil else { return nil }
        if after.dropFirst().allSatisfy(isNameWord), after[0].allSatisfy({ ScalarClass.isWordLetter($0) || $0 == "." }) {
            let honorific = ScalarLowercasing.lowercased(after[0])
            guard !linkingWords.contains(ScalarText.string(honorific)) else { return nil }
            return [function, honorific]
        }
        // The honorific after the name: the languages that write it so (Turkic) inflect the title with
        // case endings ("the Chair's invitation"), so only the honorific is learned; a function of two
        // words ("Az elnök: Vasquez asszony") is uninflected and learned too.
        guard let last = after.last, after.dropLast().allSatisfy(isNameWord), let letter = last.first, ScalarClass.isLowercase(letter),
              last.allSatisfy({ ScalarClass.isWordLetter($0) }), !linkingWords.contains(ScalarText.string(Array(last))) else { return nil }
        return function.contains(" ") ? [function, Array(last)] : [Array(last)]
    }

    /// "Ordförande: Lindqvist", "Puheenjohtaja: Mendes": a short masthead line of one capitalized word, a
    /// colon and one capitalized name word (a note in parentheses may follow), which no header field reads
    /// ("Original: English" has the same shape); returns the function word, lower-cased. Such a word is a
    /// candidate only (`WordLearner.confirm`).
    static func presidingLineFunction(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard text.count <= 60, let colon = text.firstIndex(where: ScalarClass.isColon), colon > 1,
              text[0..<colon].allSatisfy({ ScalarClass.isWordLetter($0) || $0 == " " || $0 == "-" }), let function = functionPhrase(text[0..<colon]) else { return nil }
        var named = text[(colon + 1)...]
        if let note = named.firstIndex(where: { $0 == "(" || $0 == "（" }), named.last == ")" || named.last == "）" { named = named[..<note] }
        let after = named.split(whereSeparator: ScalarClass.isWhitespace)
        guard after.count == 1, let name = after.first, let initial = name.first, ScalarClass.isUppercase(initial) || ScalarClass.isCaselessLetter(initial),
              name.count >= 2, name.allSatisfy({ ScalarClass.isWordLetter($0) || $0 == "-" || $0 == "’" || $0 == "'" }),
              HeaderLineRecognizer.recognize(ScalarText.string(text)) == nil,
              !linkingWords.contains(ScalarText.string(function)) else { return nil }
        return function
    }

    /// Where the first dot leader in `text` starts (`hasDotLeader`), white space before it included.
    static func dotLeaderStart(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        var run = 0
        var start = text.startIndex
        var spaced = false
        for index in text.indices {
            let scalar = text[index]
            if scalar == "." || scalar == "…" {
                if run == 0 { start = index }
                run += 1
                spaced = false
            } else if scalar == " ", run > 0, !spaced {
                spaced = true
            } else {
                run = 0
                spaced = false
            }
            if run >= 4 {
                while start > text.startIndex, ScalarClass.isWhitespace(text[start - 1]) { start -= 1 }
                return start
            }
        }
        return nil
    }

    /// `text` without a paragraph number before it ("4. ", "4 - ", "٤ - ").
    static func withoutLeadingNumber(_ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var index = 0
        while index < text.count, index < 4, ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index > 0 else { return text[...] }
        while index < text.count, text[index] == " " { index += 1 }
        guard index < text.count, text[index] == "." || text[index] == ")" || ScalarClass.isDash(text[index]) else { return text[...] }
        index += 1
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        return text[index...]
    }

    /// The first colon outside parentheses within reach, if the designation
    /// before it has the shape of one (few words, no sentence punctuation).
    private static func colonIndex(_ text: [Unicode.Scalar], learned: Set<[Unicode.Scalar]> = []) -> Int? {
        var depth = 0
        var words = 0
        var inWord = false
        var wordStart = 0
        var index = 0
        /// A word of more than three letters in lower case ("said") makes a sentence, not a name,
        /// unless the document taught it as an honorific ("Новак әфәнде (Руритания):"). The word's state is
        /// passed, not captured: a captured variable costs an exclusivity check on every access.
        func endsNameWord(_ end: Int, inWord: Bool, wordStart: Int) -> Bool {
            // Letters, not scalars: a combining mark ("ә̄", ә and U+0304) is part of the letter before it.
            guard inWord, end - wordStart > 3, ScalarClass.isLowercase(text[wordStart]),
                  text[wordStart..<end].lazy.filter({ !ScalarClass.isCombiningMark($0) }).count > 3 else { return true }
            guard !learned.isEmpty else { return false }
            let word = Array(text[wordStart..<end])
            // The second word of a learned function of two words ("Az elnök (angolul beszél):").
            return learned.contains(word) || wordStart > 1 && text[wordStart - 1] == " "
                && learned.contains { $0.count > word.count + 1 && $0.last == word.last && $0.suffix(word.count + 1).elementsEqual([" "] + word) }
        }
        while index < text.count, index < maximumLength {
            let scalar = text[index]
            switch scalar {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            case ",", ";", "،", "，", "；", "。", "!", "?", "\"", "“", "«":
                if depth == 0 { return nil }
            default:
                // A colon of any script: ":", "：", Ethiopic "፦" (`ScalarClass.isColon`).
                if depth == 0, ScalarClass.isColon(scalar) { return index > 0 && endsNameWord(index, inWord: inWord, wordStart: wordStart) ? index : nil }
            }
            if depth == 0 {
                let space = ScalarClass.isWhitespace(scalar) || scalar == "(" || scalar == "（"
                if space, !endsNameWord(index, inWord: inWord, wordStart: wordStart) { return nil }
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

    /// Whether `text` holds a dot leader (four or more dots or ellipses in a row, also
    /// spaced out one space apart: ". . . . ." as verbatim records print it).
    static func hasDotLeader(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        dotLeaderStart(text) != nil
    }

    private static let linkingWords: Set<String> = Set(LanguageConventions.all.flatMap(\.linkingWords))

    /// A comma of any script that writes one between clauses.
    static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "،" || scalar == "，"
    }

    /// Whether the word after `end` in `head` begins in lower case.
    private static func lowercaseWordFollows(_ head: [Unicode.Scalar], after end: Int) -> Bool {
        var index = end
        while index < head.count, ScalarClass.isWhitespace(head[index]) { index += 1 }
        return index > end && index < head.count && ScalarClass.isLowercase(head[index])
    }

    /// Where the name starting at `start` ends, in a script without case, when it is one to `maximumWords - 1`
    /// words of letters and a note in parentheses follows it ("শর্মা (কার্পানিয়া)", "वर्गा (कार्पानिया)"); `nil`
    /// when no note follows within those words.
    private static func caselessNameEnd(_ head: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var words = 0
        var nameEnd = start
        while index < head.count, words < maximumWords - 1 {
            var end = index
            while end < head.count, ScalarClass.isWordLetter(head[end]) || head[end] == "-" { end += 1 }
            guard end > index else { return nil }
            words += 1
            nameEnd = end
            index = end
            while index < head.count, ScalarClass.isWhitespace(head[index]) { index += 1 }
            guard index < head.count else { return nil }
            if head[index] == "(" || head[index] == "（" { return nameEnd }
            guard ScalarClass.isCaselessLetter(head[index]) else { return nil }
        }
        return nil
    }

    /// Whether a capitalized word stands among the three words after `end` in `head`:
    /// "of the General Assembly", "of the constructed Assembly", "de la Asamblea" make a
    /// linking word part of a title; "da las gracias a …", "a souhaité la bienvenue" make it the verb.
    private static func capitalizedWordFollows(_ head: [Unicode.Scalar], after end: Int) -> Bool {
        var index = end
        for _ in 0..<3 {
            while index < head.count, ScalarClass.isWhitespace(head[index]) { index += 1 }
            guard index < head.count else { return false }
            if ScalarClass.isUppercase(head[index]) { return true }
            while index < head.count, !ScalarClass.isWhitespace(head[index]) { index += 1 }
        }
        return false
    }

    /// The speaker designation a numbered paragraph of a summary record opens
    /// with, in reported speech or with a colon: "Mr. Novak (Ruritania) said
    /// that …", "Le Président dit que …", "Mme Haddad (Rapporteuse) demande
    /// …", "السيد نوفاك (روريتانيا): قال …". Returns the designation's length
    /// in scalars (colon excluded, white space trimmed), `nil` when the text
    /// opens no turn. In reported speech the designation — a speaker word,
    /// at most a few capitalized name words and parenthesized notes — is
    /// followed by a verb in lower case that is no linking word ("The
    /// President of the Assembly said" names no speaker: "of" follows).
    ///
    /// `shape` is how the record's turns open (`TurnShape`): a title followed by a particle, or after a word that is
    /// no article in this record, opens none.
    static func reportedDesignationLength(_ text: [Unicode.Scalar], learned: Set<[Unicode.Scalar]> = [], shape: TurnShape = TurnShape()) -> Int? {
        if let length = designationLength(text, learned: learned), let colon = colonIndex(text, learned: learned), colon < length {
            return ScalarText.trimmed(text[0..<colon]).count
        }
        // `startsWithSpeakerWord`'s own first test, made before the head is copied; a learned word may start with any letter.
        guard wordFilter.mayMatch(text) || !learned.isEmpty else { return nil }
        let head = Array(text.prefix(maximumLength))
        // Most units open with neither a speaker word nor a learned one: they are ruled out before the head is lowered.
        let opensWithSpeakerWord = startsWithSpeakerWord(head)
        guard opensWithSpeakerWord || learnedWordLength(head, learned, shape: shape).map({ $0 < head.count }) == true else { return nil }
        let lower = ScalarLowercasing.lowercased(head)
        guard lower.count == head.count else { return nil }
        let wordLength: Int
        var taughtTitle = false
        if opensWithSpeakerWord, let word = words.first(where: {
            lower.count > $0.count && lower[0..<$0.count].elementsEqual($0) && (ScalarClass.isWhitespace(lower[$0.count]) || lower[$0.count] == "(")
        }) {
            wordLength = word.count
        } else if let length = learnedWordLength(head, learned, shape: shape), length < head.count {
            wordLength = length
            taughtTitle = true
        } else {
            return nil
        }
        var index = wordLength
        var designationEnd = index
        var nameWords = 0
        var notes = 0
        while index < head.count {
            while index < head.count, ScalarClass.isWhitespace(head[index]) { index += 1 }
            guard index < head.count else { return nil }
            if head[index] == "(" || head[index] == "（" {
                guard let close = head[index...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
                index = close + 1
                designationEnd = index
                notes += 1
                continue
            }
            // "Mr. Ortega (Freedonia), introducing the report, said …": a comma after a name or
            // a note opens an inserted clause; the designation is complete.
            if isComma(head[index]) { return notes + nameWords > 0 ? designationEnd : nil }
            var end = index
            while end < head.count, !ScalarClass.isWhitespace(head[end]), head[end] != "(" { end += 1 }
            let first = head[index]
            if ScalarClass.isLowercase(first) {
                // "Zuɣulana ni booli ba, …": a particle after a taught title alone (`TurnShape.isLowercaseParticle`).
                if taughtTitle, notes + nameWords == 0, shape.isLowercaseParticle(head, at: index) { return nil }
                // The verb, a comma after it allowed ("говорит, что", "sagt, die").
                if end - index > 2, isComma(head[end - 1]) { end -= 1 }
                let spelled = ScalarText.string(lower[index..<end])
                // A verb of one letter is an auxiliary before its participle ("La Présidente a souhaité …").
                guard end - index >= 2 || lowercaseWordFollows(head, after: end),
                      !linkingWords.contains(spelled) || !capitalizedWordFollows(head, after: end),
                      head[index..<end].allSatisfy({ ScalarClass.isWordLetter($0) || $0 == "-" || $0 == "’" || $0 == "'" })
                else { return nil }
                return designationEnd
            }
            // A script without case tells no name from a verb by its letters: after the notes the word is the verb
            // ("শ্রীমতী শর্মা (কার্পানিয়া) বলেন যে …"); before them, a name word only when a note follows the
            // name (`caselessNameEnd`); else the designation is the speaker word alone, the verb after it
            // ("সভাপতি বলেন যে …", the title the masthead taught).
            if ScalarClass.isCaselessLetter(first) {
                if notes > 0 || nameWords > 0 { return notes > 0 ? designationEnd : nil }
                // "सभापति के नेवता पर …": a particle after the title makes it part of a phrase (`TurnShape.isParticle`).
                guard let nameEnd = caselessNameEnd(head, from: index) else { return shape.isParticle(head, at: index) ? nil : designationEnd }
                nameWords += 1
                designationEnd = nameEnd
                index = nameEnd
                continue
            }
            // A name word: capitalized, no sentence punctuation inside it (a comma may end it).
            var nameEnd = end
            if nameEnd - index > 1, isComma(head[nameEnd - 1]) { nameEnd -= 1 }
            guard ScalarClass.isUppercase(first), !head[index..<nameEnd].contains(where: { $0 == "," || $0 == ";" || $0 == ":" }),
                  nameWords < maximumWords else { return nil }
            nameWords += 1
            designationEnd = nameEnd
            index = nameEnd
        }
        return nil
    }
}
