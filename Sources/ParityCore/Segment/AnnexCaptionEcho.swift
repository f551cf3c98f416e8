/// An annex caption known by the document it is annexed to, whatever its
/// language: "Annex to the letter dated 20 April 2026 from …", "Príloha k listu
/// zo dňa 20. apríla 2026, ktorý …", "Załącznik do noty werbalnej z dnia …".
/// Such a caption repeats the title of the letter or note it is annexed to —
/// the same date, most of the same words — after a word or two of its own
/// (the annex word and a link). No word list is needed: the echo of the title
/// is the evidence.
///
/// A line echoes a title when
/// - it starts (or, where the annex word comes last, "… məktubuna əlavə",
///   ends) with a word that is none of the title's (the annex word: a
///   heading that repeats a contents line or a title is no annex), does not
///   end a sentence and has at least
///   `minimumWords` words besides that one;
/// - it holds a number, and every number it holds is one of the title's (the date);
/// - at least half of its other words, and `minimumWords` of them,
///   are words of the title, as written or inflected: the same word, a common
///   beginning all but two letters long (`listu` / `List`, `nótě` / `nóta`), or
///   one inside the other (Hebrew and Arabic prefix their particles:
///   `לאיגרת` / `איגרת`);
/// - at least half of the title's words are repeated in it.
enum AnnexCaptionEcho {
    /// Fewest words after the caption's first word, and fewest shared with the title.
    static let minimumWords = 3

    /// A title read once: its numbers and its words.
    struct Title {
        var numbers: Set<[Unicode.Scalar]>
        var words: [[Unicode.Scalar]]
        init(_ scalars: [Unicode.Scalar]) {
            let tokens = AnnexCaptionEcho.tokens(scalars)
            numbers = Set(tokens.filter(\.isNumber).map(\.text))
            words = tokens.filter { !$0.isNumber }.map(\.text)
        }
    }

    /// Whether `caption` repeats `title` as an annex caption does.
    static func echoes(_ caption: [Unicode.Scalar], title: [Unicode.Scalar]) -> Bool {
        echoes(caption, titles: [Title(title)])
    }

    /// Whether `caption` repeats one of `titles` as an annex caption does.
    /// The numbers are compared first: most lines hold none, or another.
    /// The caption's own word stands first ("Príloha k listu …") or, in a
    /// language that puts the annex word after what it is annexed to, last
    /// ("… tarixli məktubuna əlavə", "… का अनुलग्नक").
    static func echoes(_ caption: [Unicode.Scalar], titles: [Title]) -> Bool {
        guard caption.count <= CaptionRecognizer.maximumCaptionLength, !ScalarText.endsSentence(caption) else { return false }
        let captionTokens = tokens(caption)
        let numbers = captionTokens.filter(\.isNumber).map(\.text)
        guard !numbers.isEmpty else { return false }
        guard let first = captionTokens.first, let last = captionTokens.last else { return false }
        for (own, others) in [(first, captionTokens.dropFirst()), (last, captionTokens.dropLast())] where !own.isNumber {
            let words = others.filter { !$0.isNumber }.map(\.text)
            guard words.count >= minimumWords else { continue }
            if titles.contains(where: { title in
                numbers.allSatisfy(title.numbers.contains) && echoes(own: own.text, words: words, titleWords: title.words)
            }) { return true }
        }
        return false
    }

    private static func echoes(own: [Unicode.Scalar], words: [[Unicode.Scalar]], titleWords: [[Unicode.Scalar]]) -> Bool {
        // The caption's own word (the annex word) is no word of the title: a heading that repeats a title is no annex.
        // A short word of the title that only begins it ("pri" in "Prilog …") is another word.
        guard !titleWords.contains(where: { $0 == own || min($0.count, own.count) >= 4 && sameWord(own, $0) }) else { return false }
        let shared = words.filter { word in titleWords.contains { sameWord(word, $0) } }.count
        // Most of the title is repeated, not a few of its words.
        let covered = titleWords.filter { word in words.contains { sameWord(word, $0) } }.count
        return shared >= minimumWords && shared * 2 >= words.count && covered * 2 >= titleWords.count
    }

    /// The annex's own number, where the caption writes one next to its annex
    /// word: a Roman numeral in capitals right after the first word ("Príloha
    /// II k listu …") or right before the last ("… hatynyň II goşundysy",
    /// "… məktubuna II əlavə"). Digits there would be a number the title does
    /// not hold, and no echo. `nil` when there is none.
    static func ownNumber(_ caption: [Unicode.Scalar]) -> String? {
        let pieces = caption.split(whereSeparator: ScalarClass.isWhitespace)
        guard pieces.count >= 3 else { return nil }
        for piece in [pieces[1], pieces[pieces.count - 2]] {
            var numeral = piece
            while let last = numeral.last, last == "." || last == "," || last == ":" { numeral = numeral.dropLast() }
            guard !numeral.isEmpty, numeral.count <= NumberedCaption.maximumRomanLength,
                  numeral.allSatisfy({ "IVXLCDM".unicodeScalars.contains($0) }), let value = RomanNumeral.value(of: numeral) else { continue }
            return RomanNumeral.spelling(value)
        }
        return nil
    }

    /// A word or a number of a line, lower-cased; numbers by value (`٢٠` is `20`).
    struct Token: Equatable {
        var text: [Unicode.Scalar]
        var isNumber: Bool
    }

    /// The numbers of `scalars` as ``tokens(_:)`` gives them (a word never holds a digit, so they are the runs of
    /// digits), without making the words.
    static func numbers(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        var index = 0
        while index < scalars.count {
            guard ScalarClass.digit(scalars[index]) != nil else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, ScalarClass.digit(scalars[index]) != nil { index += 1 }
            let value = Numerals.decimalValue(scalars[start..<index]).map(String.init) ?? ScalarText.string(scalars[start..<index])
            result.append(Array(value.unicodeScalars))
        }
        return result
    }

    /// The words (letters and marks) and numbers (digits of any script) of `scalars`.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.digit(scalar) != nil {
                let start = index
                while index < scalars.count, ScalarClass.digit(scalars[index]) != nil { index += 1 }
                let value = Numerals.decimalValue(scalars[start..<index]).map(String.init) ?? ScalarText.string(scalars[start..<index])
                result.append(Token(text: Array(value.unicodeScalars), isNumber: true))
            } else if scalar.value < 0x80 ? ScalarClass.isLatinLetter(scalar) : scalar.properties.isAlphabetic {
                let start = index
                while index < scalars.count, NumberedCaption.isWordScalar(scalars[index]), ScalarClass.digit(scalars[index]) == nil { index += 1 }
                let word = ScalarText.string(scalars[start..<index]).lowercased()
                result.append(Token(text: Array(word.unicodeScalars), isNumber: false))
            } else {
                index += 1
            }
        }
        return result
    }

    /// The same word, inflected or with a particle before it.
    static func sameWord(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return true }
        let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
        guard shorter.count >= 3 else { return false }
        let common = zip(shorter, longer).prefix { $0 == $1 }.count
        if common >= 3, common >= shorter.count - 2 { return true }
        // A prefixed particle: the shorter word ends the longer one.
        return shorter.count >= 4 && longer.count - shorter.count <= 3 && Array(longer.suffix(shorter.count)) == shorter
    }
}
