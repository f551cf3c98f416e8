/// Tracks where the reader is in the heading hierarchy and builds the
/// normalized label path of each new heading: Roman numerals for level 1
/// (`أولا` → `I`, `一` → `I`), Latin letters for level 2 (`Б` → `B`,
/// `باء` → `B`), digits for level 3 and `*n` for unnumbered sub-headings,
/// so that language versions of one document get the same paths.
struct HeadingNumbering: Sendable {
    /// Value of the last level-1 heading (0 before the first).
    private(set) var section = 0
    /// Position of the last level-2 letter under the current section.
    private(set) var letter = 0
    /// The last level-2 letter when it was one of a caseless script read by its sequence (`అ`).
    private var scriptLetter: Unicode.Scalar?
    /// The last level-1 heading's letter when the level-1 headings are lettered in a script read by its
    /// sequence (Syriac `ܐ.`, `ܒ.`; Armenian `Ա.`, `Բ.`).
    private var sectionScriptLetter: Unicode.Scalar?
    /// Number of the last level-3 heading under the current letter.
    private(set) var subsection = 0
    private var unnumbered = 0
    private var sectionPath: String?
    private var letterPath: String?
    private var subsectionPath: String?
    /// Prefix for headings inside an annex (`Annex.`, `Annex-II.`).
    private var prefix = ""

    /// The next level-1 value in sequence.
    var expectedSection: Int { section + 1 }
    /// The next level-2 position in sequence.
    var expectedLetter: Int { letter + 1 }
    /// The next level-3 number in sequence.
    var expectedSubsection: Int { subsection + 1 }

    /// Starts an annex: headings after it are numbered afresh under `Annex`.
    mutating func enterAnnex(_ label: String) {
        self = HeadingNumbering()
        prefix = label.isEmpty ? "Annex." : "Annex-\(label)."
    }

    /// Records a level-1 heading and returns its path (`IV`).
    mutating func enterSection(_ value: Int, script: Unicode.Scalar? = nil) -> String {
        section = value
        sectionScriptLetter = script
        letter = 0
        scriptLetter = nil
        subsection = 0
        unnumbered = 0
        let path = prefix + RomanNumeral.spelling(value)
        sectionPath = path
        letterPath = nil
        subsectionPath = nil
        return path
    }

    /// Records a level-2 heading and returns its path (`IV.B`).
    mutating func enterLetter(_ position: Int, script: Unicode.Scalar? = nil) -> String {
        letter = position
        scriptLetter = script
        subsection = 0
        unnumbered = 0
        let path = (sectionPath.map { $0 + "." } ?? prefix) + Numerals.latinLetter(position)
        letterPath = path
        subsectionPath = nil
        return path
    }

    /// Records a level-3 heading and returns its path (`IV.B.2`).
    mutating func enterSubsection(_ number: Int) -> String {
        subsection = number
        unnumbered = 0
        let path = ((letterPath ?? sectionPath).map { $0 + "." } ?? prefix) + String(number)
        subsectionPath = path
        return path
    }

    /// Records an unnumbered sub-heading and returns its path (`IV.C.2*1`).
    mutating func enterUnnumbered() -> String {
        unnumbered += 1
        let base = subsectionPath ?? letterPath ?? sectionPath ?? String(prefix.dropLast())
        return base + "*" + String(unnumbered)
    }

    /// The position of a level-2 heading lettered in a caseless script no
    /// table reads (Telugu `అ.`, `ఆ.`): the first lettered heading under a
    /// level-1 heading is `A`, and a letter that follows the one before in
    /// its script's code points (a gap of one allowed, as for items:
    /// `ScriptLetterItems`) is the next; any other letter is no heading.
    func scriptLetterPosition(_ scalar: Unicode.Scalar) -> Int? {
        if letter == 0 { return section > 0 ? 1 : nil }
        guard let previous = scriptLetter, ScriptLetterItems.follows(scalar, previous, maximumStep: 2) else { return nil }
        return letter + 1
    }

    /// The level and value of a heading lettered in a script read by its
    /// sequence (`.scriptLetter`: Syriac `ܐ.`, Hebrew `א.`, Thai `ก.`, Greek
    /// `Α.`, Armenian `Ա.`). One-letter labels that run through consecutive
    /// letters of their script form a counter whose level is where it stands:
    /// outermost — before any level-1 heading, as a Hebrew or Syriac report
    /// letters its sections where another version numbers them `I.`, `II.` —
    /// they are level 1 (the first letter is I, a letter that follows the last
    /// level-1 letter the next); under a level-1 heading they are level 2
    /// (`scriptLetterPosition`), a letter that follows neither labels nothing.
    /// The first level-1 letter must be the first of its alphabet.
    func scriptLetterHeading(_ scalar: Unicode.Scalar) -> (level: Int, value: Int)? {
        if let previous = sectionScriptLetter {
            // Under a lettered level-1 heading: the next level-1 letter, or a level-2 run starting again.
            if letter == 0 || !(scriptLetter.map { ScriptLetterItems.follows(scalar, $0, maximumStep: 2) } ?? false),
               ScriptLetterItems.follows(scalar, previous, maximumStep: 2) { return (1, section + 1) }
            return scriptLetterPosition(scalar).map { (2, $0) }
        }
        // The first of the run is its alphabet's first letter (`ܐ`, `Α`, `Ա`): an initial (`Բ. Պետրոսյան`) opens none.
        if section == 0, letter == 0 { return ScriptLetterItems.opensAlphabet(scalar) ? (1, 1) : nil }
        return scriptLetterPosition(scalar).map { (2, $0) }
    }

    /// The position of a level-2 letter of a sequence the document teaches
    /// (`WordLabelSequence`): the next after the last letter under the current
    /// level-1 heading; none before the first level-1 heading.
    var sequenceLetterPosition: Int? { section > 0 ? letter + 1 : nil }

    /// Chooses between a Roman-numeral and a letter reading of a section label
    /// (`C.`, `I.`, Latin `B.` in a Russian text) by what comes next in each
    /// sequence; inside a run of lettered sections the letter wins a tie.
    /// Returns the level (1 or 2) and the value.
    func resolve(roman: Int?, letters: [Int]) -> (level: Int, value: Int) {
        let letterFits = letters.contains(expectedLetter)
        let romanFits = roman != nil && roman == expectedSection
        switch (letterFits, romanFits) {
        case (true, false): return (2, expectedLetter)
        case (false, true): return (1, roman!)
        case (true, true): return letter > 0 ? (2, expectedLetter) : (1, roman!)
        case (false, false):
            if let roman, letters.isEmpty || letter == 0 { return (1, roman) }
            return (2, letters.first ?? expectedLetter)
        }
    }
}
