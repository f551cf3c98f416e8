/// How a summary record's turns open, read from the record itself (`SpeakerLine.WordLearner`): which
/// words its noted designations go on with, and which learned titles open units with no word before them.
/// `SpeakerLine.reportedDesignationLength` reads a designation with no name and no note by this shape:
///
/// - in a script without case (or, after a title the record taught, a word in lower case before a comma), a title
///   followed by a particle — a word of at most `maximumParticleLetters` letters that no noted designation of the
///   record goes on with — names no speaker: Bhojpuri "सभापति के नेवता
///   पर …" ("at the Chair's invitation": the postposition makes the title part of a phrase), where the record's turns
///   read "श्री नोवाक (बोर्डुरिया) कहलें कि …"; a particle the designations go on with ("ने" in "श्री X (Y) ने कहा")
///   opens a turn after the title too;
/// - a capitalized short word before a learned title is an article ("De Voorzitter zegt …") only when the record
///   never opens a unit with that title alone: where it does ("Chairperson welcome di delegation …"), "Wen
///   Chairperson invite dem, …" ("when the Chair invited them") opens with a clause, not a designation.
struct TurnShape: Sendable, Equatable {
    /// The first word (lower-cased) after each noted designation that opens its unit with no colon:
    /// "कहलें" in "श्री नोवाक (बोर्डुरिया) कहलें कि …", "elmondja" in "Novak úr (Ruritánia) elmondja, hogy …".
    var wordsAfterDesignations: Set<[Unicode.Scalar]> = []
    /// Learned titles (lower-cased) that open a unit after the masthead as its first word.
    var bareTitles: Set<[Unicode.Scalar]> = []
    /// Forms of the masthead's presiding title (`TitleForm`) that open the record's turns, lower-cased: a form read
    /// before a word a noted designation goes on with, or before two different words ("Pirmininkė pasveikino …",
    /// "Pirmininkė pasakė …").
    var titleForms: Set<[Unicode.Scalar]> = []
    /// Whether every noted designation with no colon goes on with one word and a colon, two or more read
    /// ("Вуков тойон (Бордурия) этэр: …", "X says: …"): then a title form opens a turn only so too, and the title
    /// before another word is part of a phrase ("Бэрэссэдээтэл ыҥырыытынан …", "at the Chair's invitation").
    var colonAfterWord = false
    /// Names of label lines that open a verbatim record's turns (`LabelLineTurn`), lower-cased.
    var labelNames: Set<[Unicode.Scalar]> = []
    /// The masthead's presiding titles (`TitleForm.presidingTitle`), lower-cased: with a case suffix attached they
    /// open turns too (`TitleForm.suffixedDesignationLength`).
    var presidingTitles: Set<[Unicode.Scalar]> = []

    /// Most letters (marks not counted) of a particle after a title: "के", "पर", "کی".
    static let maximumParticleLetters = 2

    /// Whether the word starting at `start` in `text` is a particle that makes a title before it part of a phrase:
    /// at most `maximumParticleLetters` letters of a script without case, and no word a noted designation of the
    /// record goes on with. Only a record whose noted designations go on with a word tells a particle so: with none
    /// read, nothing is ruled out.
    func isParticle(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        isParticle(text, at: start, firstLetter: ScalarClass.isCaselessLetter)
    }

    /// `isParticle(_:at:)` for a word in lower case after a title the record taught (no table's), opening a phrase
    /// that a comma closes within `maximumPhraseWords` words after it: Dagbani "Zuɣulana ni booli ba, …", Choctaw
    /// "Pelichi ą̱ asilhha ma̱, …" ("at the Chair's invitation"), where the record's noted designations go on with
    /// "yɛli", "bɔhi" or "yvt". An auxiliary before its participle opens no such phrase ("Predsjedavajući je
    /// pozdravio delegaciju i …"); nor does a title a table knows take this reading ("La Présidente a souhaité …").
    func isLowercaseParticle(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        guard isParticle(text, at: start, firstLetter: ScalarClass.isLowercase) else { return false }
        var words = 0
        var index = start
        while index < text.count, words <= Self.maximumPhraseWords {
            if ScalarClass.isComma(text[index]) { return true }
            if ScalarClass.isWhitespace(text[index]) {
                words += 1
                while index + 1 < text.count, ScalarClass.isWhitespace(text[index + 1]) { index += 1 }
            }
            index += 1
        }
        return false
    }

    /// Most words after a particle before the comma that closes its phrase (`isLowercaseParticle`).
    static let maximumPhraseWords = 3

    private func isParticle(_ text: [Unicode.Scalar], at start: Int, firstLetter: (Unicode.Scalar) -> Bool) -> Bool {
        guard !wordsAfterDesignations.isEmpty, let word = Self.word(text, at: start), firstLetter(text[start]) else { return false }
        let letters = word.filter { !Self.isMark($0) }.count
        return letters <= Self.maximumParticleLetters && !wordsAfterDesignations.contains(word)
    }

    /// The word of letters and marks starting at `start`, lower-cased; `nil` when none starts there.
    static func word(_ text: [Unicode.Scalar], at start: Int) -> [Unicode.Scalar]? {
        let end = wordEnd(text, at: start)
        guard end > start, end - start < 40 else { return nil }
        return ScalarLowercasing.lowercased(text[start..<end])
    }

    /// Where the word `word(_:at:)` reads at `start` ends (at most 40 scalars on).
    static func wordEnd(_ text: [Unicode.Scalar], at start: Int) -> Int {
        var end = start
        while end < text.count, end - start < 40, text[end].properties.isAlphabetic || isMark(text[end]) { end += 1 }
        return end
    }

    /// Whether a colon follows the word that starts at `start` in `text` ("этэр:").
    static func colonFollowsWord(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        let end = wordEnd(text, at: start)
        return end > start && end < text.count && ScalarClass.isColon(text[end])
    }

    /// A combining mark, part of the letter before it (`ScalarClass.isCombiningMark`).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isCombiningMark(scalar) }
}
