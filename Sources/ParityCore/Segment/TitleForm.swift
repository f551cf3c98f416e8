/// The presiding officer's title as the record's masthead writes it ("Pirmininkas: Okafor (Syldavija)",
/// "הנשיא: סאלווי (בורדוריה)") and the forms of it the record's turns open with, in any language and script:
/// the same word, or one that differs from it only in its last letters ("Pirmininkė pasakė …", the feminine;
/// "தலைவி" beside "தலைவர்"). Which form opens a turn is told by the record (`TurnShape.titleForms`), not by a
/// list of endings: a form followed by a word a noted designation of the record goes on with, or by two
/// different words, is the title; one read once before a word no designation takes ("Pirmininkės kvietimu",
/// "at the Chair's invitation", the genitive) is part of a phrase.
enum TitleForm {
    /// Most letters (marks not counted) after the part a form shares with the title, on either side.
    static let maximumEnding = 2
    /// Fewest scalars the shared part holds.
    static let minimumStem = 4

    /// Whether `word` (lower-cased) is `title` (lower-cased) or a form of it: they share a first part of
    /// `minimumStem` scalars or more, at least half the title, and each goes on after it with at most
    /// `maximumEnding` letters (combining marks not counted: Tamil "தலைவ|ி" beside "தலைவ|ர்").
    static func matches(_ word: [Unicode.Scalar], title: [Unicode.Scalar]) -> Bool {
        if word == title { return true }
        var shared = 0
        while shared < word.count, shared < title.count, word[shared] == title[shared] { shared += 1 }
        guard shared >= minimumStem, shared * 2 >= title.count else { return false }
        func letters(_ tail: ArraySlice<Unicode.Scalar>) -> Int { tail.filter { !ScalarClass.isCombiningMark($0) }.count }
        let wordTail = word[shared...]
        let titleTail = title[shared...]
        guard wordTail.allSatisfy(ScalarClass.isWordLetter), titleTail.allSatisfy(ScalarClass.isWordLetter) else { return false }
        return letters(wordTail) <= maximumEnding && letters(titleTail) <= maximumEnding
    }

    /// The presiding officer's title of a masthead line, lower-cased: the function before the colon of a line
    /// that names the officer, "W: Honorific Name", "W: Name (Country)", "W: Name ....... (Country)"
    /// (`SpeakerLine.presidingLineWords`, `SpeakerLine.presidingLineFunction`); `nil` for any other line.
    static func presidingTitle(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // "Pirmininkas: Okafor ........ (Syldavija)": the name before the dot leader.
        let line = Array(ScalarText.trimmed(text[0..<(SpeakerLine.dotLeaderStart(text[...]) ?? text.count)]))
        guard SpeakerLine.presidingLineWords(line) != nil || SpeakerLine.presidingLineFunction(line) != nil,
              let colon = line.firstIndex(where: ScalarClass.isColon),
              let function = SpeakerLine.functionPhrase(line[0..<colon]) else { return nil }
        return function
    }

    /// The form of one of `titles` that opens `text`: the first word (letters and marks, lower-cased) when it is a
    /// form of a title (`matches`) and white space and a word in lower case or of a script without case follow it;
    /// with where the first word ends, where the next one starts and that word, lower-cased. `nil` otherwise. A
    /// capitalized first word is needed in a script with case.
    static func opening(_ text: [Unicode.Scalar], titles: Set<[Unicode.Scalar]>)
        -> (form: [Unicode.Scalar], end: Int, nextStart: Int, next: [Unicode.Scalar])? {
        guard !titles.isEmpty, let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return nil }
        var end = 0
        // A title of two words joined by a hyphen ("Vice-President") is one word.
        while end < text.count, end < 40, ScalarClass.isWordLetter(text[end])
            || end > 0 && text[end] == "-" && end + 1 < text.count && ScalarClass.isWordLetter(text[end + 1]) { end += 1 }
        guard end > 0, end < text.count, ScalarClass.isWhitespace(text[end]) else { return nil }
        let form = ScalarLowercasing.lowercased(text[0..<end])
        guard titles.contains(where: { matches(form, title: $0) }) else { return nil }
        var index = end
        while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
        guard index < text.count, ScalarClass.isLowercase(text[index]) || ScalarClass.isCaselessLetter(text[index]),
              let next = TurnShape.word(text, at: index) else { return nil }
        return (form, end, index, next)
    }

    /// Length of the title form opening `text` when the record's turns open with it (`TurnShape.titleForms`) and a
    /// word in lower case or of a script without case follows it: "Pirmininkė pasakė, kad …"; `nil` otherwise.
    static func designationLength(_ text: [Unicode.Scalar], shape: TurnShape) -> Int? {
        guard !shape.titleForms.isEmpty, let opening = opening(text, titles: shape.titleForms),
              shape.titleForms.contains(opening.form) else { return nil }
        // "सभापति के नेवता पर …", "Zuɣulana ni booli ba, …": a particle after the title makes it part of a phrase.
        if shape.isParticle(text, at: opening.nextStart) || shape.isLowercaseParticle(text, at: opening.nextStart) { return nil }
        // Where the record's designations go on with a word and a colon, so does the title's turn ("Бэрэссэдээтэл этэр: …").
        if shape.colonAfterWord, !TurnShape.colonFollowsWord(text, at: opening.nextStart) { return nil }
        return opening.end
    }

    /// Fewest letters of a title that a suffix may follow (`suffixedDesignationLength`).
    static let minimumSuffixedTitle = 5
    /// Fewest and most letters of a case suffix after the whole title.
    static let suffixLetters = 3...4

    /// Length of the first word of `text` when it is one of the masthead's presiding titles (`titles`, of
    /// `minimumSuffixedTitle` letters or more) with a case suffix of `suffixLetters` letters attached, and a
    /// capitalized word follows: "Председательнал Фридониялул делегациялун …" ("by the Chair"), where the masthead
    /// reads "Председатель: Варга хъами (Сильдавия)"; `nil` otherwise. Only at a paragraph's start. A shorter ending
    /// or a word in lower case after it is a phrase ("Puheenjohtajan kutsusta", "Lederens forslag", "Lederen Holm").
    static func suffixedDesignationLength(_ text: [Unicode.Scalar], titles: Set<[Unicode.Scalar]>) -> Int? {
        guard !titles.isEmpty, let first = text.first, ScalarClass.isUppercase(first) else { return nil }
        var end = 0
        while end < text.count, end < 40, ScalarClass.isWordLetter(text[end]) { end += 1 }
        guard end > 0, end < text.count, ScalarClass.isWhitespace(text[end]) else { return nil }
        var next = end
        while next < text.count, ScalarClass.isWhitespace(text[next]) { next += 1 }
        guard next < text.count, ScalarClass.isUppercase(text[next]) else { return nil }
        let word = ScalarLowercasing.lowercased(text[0..<end])
        func letters(_ part: ArraySlice<Unicode.Scalar>) -> Int { part.filter { !ScalarClass.isCombiningMark($0) }.count }
        for title in titles where letters(title[...]) >= minimumSuffixedTitle && word.count > title.count && word.starts(with: title) {
            if suffixLetters.contains(letters(word[title.count...])) { return end }
        }
        return nil
    }
}
