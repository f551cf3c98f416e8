/// Headings labelled by words no table knows, learned from the document: a
/// Central Kurdish report numbers its sections `یەکەم -`, `دووەم -`, `سێیەم -`
/// ("first", "second", "third") and its subsections `ئا -`, `ب -`; a Persian
/// one `اول -`, `دوم -` and `الف -`, `ب -`. Arabic's own words (`أولا -`,
/// `ألف -`) are read by `ArabicNumbering`; other languages' are not listed
/// anywhere, but their shape and sequence tell them.
///
/// A candidate is a unit of one line without a dot leader that starts with
/// one or two Arabic-script words, a dash and a title (`WORD - Title`), is no
/// longer than a heading and does not end a sentence, and whose label no
/// table reads. A label that is one letter, a vowel letter on its seat
/// (`ئا`) or the written-out first letter (`الف`) is a level-2 letter,
/// placed by its sequence under its level-1 heading
/// (`HeadingNumbering.sequenceLetterPosition`); any other word is a level-1
/// ordinal, numbered by the order in which the document first uses it. The
/// words are learned only when at least `minimumOrdinals` different ordinal
/// words stand so, none more than twice (a body heading and its echo in an
/// undotted contents list), and no two on consecutive units: a word that
/// labels many lines (`Note -`) is no ordinal, nor is a list of
/// `Chair - name`, `Rapporteur - name` lines.
struct WordLabelSequence: Sendable {
    /// Ordinal words → value, in the order of first use.
    private(set) var ordinals: [[Unicode.Scalar]: Int] = [:]
    /// Whether letter labels (`ئا -`, `ب -`) are read.
    private(set) var readsLetters = false
    /// Words labelling with a terminator that the contents taught (`پہلا۔`: `ContentsLabelEcho`) → value; letters
    /// taught so (`ب۔`) are read as level-2 letters.
    private(set) var terminated: [[Unicode.Scalar]: Int] = [:]
    /// Letter words the contents used as terminated labels.
    private(set) var terminatedLetters: Set<[Unicode.Scalar]> = []
    /// Ordinal words of chapter headings written `WORD. Title` in any script (`OrdinalWordHeads`) → value, and the
    /// separator they are written with.
    private(set) var heads: [[Unicode.Scalar]: Int] = [:]
    private(set) var headSeparator: OrdinalWordHeads.Separator?

    /// Fewest different ordinal words that make a sequence.
    static let minimumOrdinals = 2
    /// Most times one ordinal word may label a line.
    static let maximumUses = 2

    static let none = WordLabelSequence()

    /// Whether no word was learned.
    var isEmpty: Bool { ordinals.isEmpty && terminated.isEmpty && heads.isEmpty }
    /// Whether the contents taught labels with a terminator (`learnTerminated`).
    var readsTerminated: Bool { !terminated.isEmpty }

    /// The label words of a candidate line (`line` without its leading white
    /// space) and the length of the label with the dash and the white space after it.
    static func candidateLabel(_ line: [Unicode.Scalar]) -> (word: [Unicode.Scalar], length: Int)? {
        guard line.count >= 5, line.count <= BlockClassifier.subheadingMaximumLength, ScalarClass.isArabic(line[0]) else { return nil }
        var index = 0
        var words = 0
        while index < line.count, words < 2 {
            let start = index
            while index < line.count, isWordLetter(line[index]) { index += 1 }
            guard index > start else { return nil }
            words += 1
            var space = index
            while space < line.count, line[space] == " " { space += 1 }
            guard space < line.count else { return nil }
            if ScalarClass.isDash(line[space]) { index = space; break }
            index = space
        }
        guard index < line.count, ScalarClass.isDash(line[index]), index + 1 < line.count, line[index + 1] == " " else { return nil }
        let word = Array(ScalarText.trimmed(line[0..<index]))
        guard word.count <= 16 else { return nil }
        var end = index + 1
        while end < line.count, ScalarClass.isWhitespace(line[end]) { end += 1 }
        guard end < line.count, ScalarText.firstLetter(Array(line[end...])) != nil, !ScalarText.endsWithTerminalPunctuation(line),
              !hasDotLeader(line)
        else { return nil }
        return (word, end)
    }

    /// Four dots in a row: a contents entry, not a heading.
    private static func hasDotLeader(_ line: [Unicode.Scalar]) -> Bool {
        var run = 0
        for scalar in line {
            run = scalar == "." || scalar == "…" ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }

    private static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isArabic(scalar) && scalar.properties.isAlphabetic && scalar.value != 0x0640
    }

    /// Whether a label word is a letter: one letter, a vowel letter on its seat, or `الف`.
    static func isLetter(_ word: [Unicode.Scalar]) -> Bool {
        word.count == 1 || ArabicScriptItemLetters.provisionalKey(word[...]) != nil
    }

    /// Learns the sequence from the candidate label words, in document order,
    /// each with the index of its unit and, for a word a table reads as an ordinal (`أولا`), its value (nil for
    /// any other). The unknown words are numbered by their order of first use; where the known words stand at the
    /// places their values give (`أوّلاً`, then `تانياً`, `تالتاً` in a spelling no table lists), the unknown words are
    /// numbered among them (2 and 3), else among themselves.
    static func learn(_ words: [(unit: Int, word: [Unicode.Scalar], known: Int?)]) -> WordLabelSequence {
        var sequence = WordLabelSequence()
        var uses: [[Unicode.Scalar]: Int] = [:]
        var letters = 0
        var lastOrdinalUnit = -2
        // Places of every ordinal word in the series, known and unknown; whether the known ones stand at their values.
        var places: [[Unicode.Scalar]: Int] = [:]
        var knownInPlace = true
        for (unit, word, known) in words {
            if let known {
                if places[word] == nil { places[word] = places.count + 1 }
                if places[word] != known { knownInPlace = false }
                continue
            }
            if isLetter(word) { letters += 1; continue }
            // A section holds something: two level-1 headings on consecutive units are a list of `WORD - name` lines.
            guard unit > lastOrdinalUnit + 1 else { return .none }
            lastOrdinalUnit = unit
            uses[word, default: 0] += 1
            if sequence.ordinals[word] == nil { sequence.ordinals[word] = sequence.ordinals.count + 1 }
            if places[word] == nil { places[word] = places.count + 1 }
        }
        guard sequence.ordinals.count >= minimumOrdinals, uses.values.allSatisfy({ $0 <= maximumUses }) else { return .none }
        if knownInPlace, places.count > sequence.ordinals.count {
            for word in sequence.ordinals.keys { sequence.ordinals[word] = places[word] }
        }
        sequence.readsLetters = letters > 0
        return sequence
    }

    /// Learns the words of labels a contents list gives and the body repeats (`ContentsLabelEcho.echoed`, in
    /// contents order): a letter word is a level-2 letter, any other a level-1 ordinal numbered by its place
    /// among them. Nothing is learned from fewer than `minimumOrdinals` ordinal words or from a word used twice.
    mutating func learnTerminated(_ entries: [ContentsLabelEcho.Entry]) {
        var ordinalWords: [[Unicode.Scalar]: Int] = [:]
        var letters = Set<[Unicode.Scalar]>()
        for entry in entries {
            if Self.isLetter(entry.word) {
                letters.insert(entry.word)
            } else {
                guard ordinalWords[entry.word] == nil else { return }
                ordinalWords[entry.word] = ordinalWords.count + 1
            }
        }
        guard ordinalWords.count >= Self.minimumOrdinals else { return }
        terminated = ordinalWords
        terminatedLetters = letters
    }

    /// A label of a taught word and its terminator at the start of `text`, alone or before white space and a title.
    private func terminatedLabel(_ text: [Unicode.Scalar]) -> BlockLabel? {
        var index = 0
        while index < text.count, index <= ContentsLabelEcho.maximumWordLength, ScalarClass.isWordLetter(text[index]),
              ScalarClass.digit(text[index]) == nil { index += 1 }
        guard index > 0, index < text.count, ContentsLabelEcho.isTerminator(text[index]) else { return nil }
        var end = index + 1
        guard end == text.count || ScalarClass.isWhitespace(text[end]) else { return nil }
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        let word = Array(text[..<index])
        let written = ScalarText.string(Array(text[...index]))
        if let value = terminated[word] { return BlockLabel(form: .ordinal(value), written: written, length: end) }
        if terminatedLetters.contains(word) { return BlockLabel(form: .sequenceLetter, written: written, length: end) }
        return nil
    }

    /// Learns the ordinal words of a series of chapter heads (`OrdinalWordHeads.series`); nothing when none.
    mutating func learnHeads(_ series: (words: [[Unicode.Scalar]], separator: OrdinalWordHeads.Separator)?) {
        guard let series else { return }
        for (offset, word) in series.words.enumerated() { heads[word] = offset + 1 }
        headSeparator = series.separator
    }

    /// The label at the start of `text`, when it is a learned word.
    func label(_ text: [Unicode.Scalar]) -> BlockLabel? {
        if !terminated.isEmpty, let label = terminatedLabel(text) { return label }
        if let headSeparator, let head = OrdinalWordHeads.candidate(text), head.separator == headSeparator, let value = heads[head.word] {
            return BlockLabel(form: .ordinal(value), written: ScalarText.string(ScalarText.trimmed(text[0..<head.labelLength])),
                              length: head.labelLength)
        }
        guard !ordinals.isEmpty, let (word, length) = Self.candidateLabel(text) else { return nil }
        let written = ScalarText.string(ScalarText.trimmed(text[0..<(length)]))
        if let value = ordinals[word] { return BlockLabel(form: .ordinal(value), written: written, length: length) }
        if readsLetters, Self.isLetter(word) { return BlockLabel(form: .sequenceLetter, written: written, length: length) }
        return nil
    }
}
