/// A summary record's paragraph that names a speaker by the honorific the record's turns with a note taught,
/// with no note of its own: "Ponas Kovač (Borduria) pasakė, kad …" opens a turn and teaches "Ponas" (the word or
/// words before the name); a later "Ponas Kovač pridūrė, kad …" (the country left out, as a record does for a
/// speaker named before) opens one too, in any language and script. A paragraph that merely opens with a
/// capitalized word opens none: the honorific must be one a turn of the record was found with.
enum HonorificTurn {
    /// The honorific of a paragraph found to open a turn: the first word (or article and honorific, "de heer") of its
    /// noted designation when a name stands between it and the notes, lower-cased; `nil` otherwise ("Kovač
    /// (Borduria) sanoi …" names the speaker by the surname alone: no honorific).
    static func honorific(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let designation = SpeakerLine.notedDesignation(text), designation.nameWords > 0,
              designation.honorificAfterName == nil, !designation.word.isEmpty else { return nil }
        return designation.word
    }

    /// Length of the designation opening `text` — one of `honorifics`, then a name with no note — when a verb
    /// follows it; `nil` otherwise. In a script with case the name is one or two capitalized words and the verb a
    /// word in lower case ("Ponas Kovač pridūrė …"; a linking word before a capitalized one, "of the Government",
    /// makes none); in a script without case the name is the word after the honorific, and more text follows.
    static func designationLength(_ text: [Unicode.Scalar], honorifics: Set<[Unicode.Scalar]>) -> Int? {
        guard !honorifics.isEmpty, let first = text.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first) else { return nil }
        // The longest first: "de heer" before a one-word honorific it starts with.
        for honorific in honorifics.sorted(by: { $0.count > $1.count }) where honorific.count < text.count {
            guard ScalarLowercasing.lowercased(text[0..<honorific.count]) == honorific,
                  let wordEnd = formEnd(text, honorific: honorific.count),
                  let end = nameEnd(text, from: wordEnd) else { continue }
            return end
        }
        return nil
    }

    /// Most letters a form of an honorific adds to the honorific a turn taught: its feminine or another case (`ܡܪ` /
    /// `ܡܪܬ`, `Pan` / `Pani`, `Señor` / `Señora`, `Herr` / `Herrn`).
    static let maximumFormLetters = 2

    /// Where the honorific's word that starts `text` ends (white space after it): right after the honorific, or after
    /// up to `maximumFormLetters` letters more when the honorific has two letters or more.
    private static func formEnd(_ text: [Unicode.Scalar], honorific length: Int) -> Int? {
        var end = length
        while end < text.count, end - length <= maximumFormLetters, !ScalarClass.isWhitespace(text[end]) {
            guard length >= 2, ScalarClass.isWordLetter(text[end]) || text[end].properties.generalCategory == .nonspacingMark else { return nil }
            end += 1
        }
        guard end < text.count, end - length <= maximumFormLetters, ScalarClass.isWhitespace(text[end]) else { return nil }
        return end
    }

    /// Where the name after the honorific (ending at `start`) ends, when a verb follows it (`designationLength`).
    private static func nameEnd(_ text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var nameWords = 0
        var end = start
        while index < text.count, index < SpeakerLine.maximumLength {
            while index < text.count, ScalarClass.isWhitespace(text[index]) { index += 1 }
            guard index < text.count else { return nil }
            let scalar = text[index]
            var wordEnd = index
            while wordEnd < text.count, ScalarClass.isWordLetter(text[wordEnd])
                || (wordEnd > index && (text[wordEnd] == "-" || text[wordEnd] == "'" || text[wordEnd] == "\u{2019}")) { wordEnd += 1 }
            guard wordEnd > index else { return nil }
            if ScalarClass.isCaselessLetter(scalar) {
                // No capital tells the name from the verb: the name is the first word, and text goes on after it.
                if nameWords > 0 { return end }
                guard wordEnd < text.count, ScalarClass.isWhitespace(text[wordEnd]) else { return nil }
                return wordEnd
            }
            if ScalarClass.isLowercase(scalar) {
                guard nameWords > 0, wordEnd - index >= 2 || wordEnd < text.count && text[wordEnd] == " " else { return nil }
                return end
            }
            guard ScalarClass.isUppercase(scalar), nameWords < SpeakerLine.maximumTitledNameWords,
                  wordEnd < text.count, ScalarClass.isWhitespace(text[wordEnd]) else { return nil }
            nameWords += 1
            end = wordEnd
            index = wordEnd
        }
        return nil
    }

    /// The honorific after the name of a paragraph found to open a turn ("Оцӏуя оьрчӏ (Фридония), …": `оьрчӏ`),
    /// lower-cased; `nil` when its designation has none.
    static func honorificAfterName(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let honorific = SpeakerLine.notedDesignation(text)?.honorificAfterName else { return nil }
        return ScalarLowercasing.lowercased(honorific[...])
    }

    /// Length of the designation opening `text` — a capitalized name of one or two words, then one of `honorifics`
    /// (honorifics after the name the record's turns were found with), then more text: "Хаддад оьрчӏ хьхьичӏвасса …"
    /// after "Оцӏуя оьрчӏ (Фридония), …"; `nil` otherwise. A name followed by any other word opens nothing.
    static func designationLengthAfterName(_ text: [Unicode.Scalar], honorifics: Set<[Unicode.Scalar]>) -> Int? {
        guard !honorifics.isEmpty, let first = text.first, ScalarClass.isUppercase(first) else { return nil }
        var index = 0
        for _ in 0..<SpeakerLine.maximumTitledNameWords {
            // A name word: capitalized, letters and marks, a hyphen or apostrophe inside.
            guard index < text.count, ScalarClass.isUppercase(text[index]) else { return nil }
            var end = index
            while end < text.count, ScalarClass.isWordLetter(text[end])
                || (end > index && (text[end] == "-" || text[end] == "'" || text[end] == "\u{2019}")) { end += 1 }
            guard end > index, end < text.count, ScalarClass.isWhitespace(text[end]) else { return nil }
            var next = end
            while next < text.count, ScalarClass.isWhitespace(text[next]) { next += 1 }
            var wordEnd = next
            while wordEnd < text.count, ScalarClass.isWordLetter(text[wordEnd]) { wordEnd += 1 }
            guard wordEnd > next else { return nil }
            if honorifics.contains(ScalarLowercasing.lowercased(text[next..<wordEnd])) {
                // More text goes on after the honorific.
                guard wordEnd < text.count, ScalarClass.isWhitespace(text[wordEnd]),
                      text[wordEnd...].contains(where: ScalarClass.isWordLetter) else { return nil }
                return wordEnd
            }
            index = next
        }
        return nil
    }
}
