/// The lines that open and close a meeting record by the clock — "The meeting was called to
/// order at 10.05 a.m." / "The meeting rose at 11.55 a.m.", "Заседание открывается в 10 ч 05
/// мин." / "Заседание закрывается в 11 ч 55 мин.", "Az ülést 10 óra 05 perckor megnyitják." /
/// "Az ülést 11 óra 55 perckor berekesztik." — known by their shape, not their words, so in
/// any language: a short line of one sentence that holds a clock time (`holdsClockTime`). A
/// record says when its meeting opened near its start and when it closed on its very last line
/// (`closingLine`); that last line is a unit of its own, never the tail of the last paragraph,
/// however the text is wrapped.
enum RecordTimeLine {
    /// Longest time line (scalars), as long as a summary record's closing line may be.
    static let maximumLength = RecordNote.maximumClosingLineLength
    /// Shortest time line (scalars): a sentence, not a time alone.
    static let minimumLength = 8
    /// Most letters of a unit word between the hours and the minutes ("10 h 05", "11 ч 55", "10 óra 05", "11 год. 55").
    static let maximumUnitLetters = 4

    /// Whether `text` holds a clock time: hours (one or two digits of any script, at most 24) and two
    /// digits of minutes under 60 after a point, a colon or an `h` ("11.55", "10:05", "10h05"), or hours,
    /// a unit word of at most `maximumUnitLetters` letters (a point after it allowed) and one or two
    /// digits of minutes under 60 ("10 h 05", "11 ч 55 мин", "10 óra 05 perckor", "11 год. 55 хв.",
    /// "11时55分"). "3.2 million", "2 350", "14 May 2034" and "1.800" hold none.
    static func holdsClockTime(_ text: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < text.count {
            guard ScalarClass.digit(text[index]) != nil,
                  index == 0 || (ScalarClass.digit(text[index - 1]) == nil && text[index - 1] != "." && text[index - 1] != ",")
            else {
                index += 1
                continue
            }
            var end = index
            var hours = 0
            while end < text.count, let digit = ScalarClass.digit(text[end]) {
                hours = hours * 10 + digit
                end += 1
            }
            if end - index <= 2, hours <= 24, minutesFollow(text, end) { return true }
            index = end
        }
        return false
    }

    /// Whether minutes follow the hours that end at `start` (`holdsClockTime`).
    private static func minutesFollow(_ text: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start < text.count else { return false }
        let mark = text[start]
        if mark == "." || mark == ":" || mark == "h" || mark == "H" {
            return minutes(text, start + 1, digits: 2...2)
        }
        var at = start
        while at < text.count, text[at] == " " || text[at] == "\u{00A0}" { at += 1 }
        let unitStart = at
        while at < text.count, at - unitStart <= maximumUnitLetters, ScalarClass.isWordLetter(text[at]), ScalarClass.digit(text[at]) == nil { at += 1 }
        guard at > unitStart, at - unitStart <= maximumUnitLetters else { return false }
        if at < text.count, text[at] == "." { at += 1 }
        while at < text.count, text[at] == " " || text[at] == "\u{00A0}" { at += 1 }
        return minutes(text, at, digits: 1...2)
    }

    /// Whether `text` holds, at `start`, minutes (`digits` digits, under 60) that no further digit follows.
    private static func minutes(_ text: [Unicode.Scalar], _ start: Int, digits: ClosedRange<Int>) -> Bool {
        var at = start
        var value = 0
        while at < text.count, let digit = ScalarClass.digit(text[at]) {
            value = value * 10 + digit
            at += 1
        }
        return digits.contains(at - start) && value < 60
    }

    /// Whether `text` (one line) is a time line: `minimumLength` to `maximumLength` scalars, one sentence
    /// that ends with a full stop of any script (no full stop inside before a capital), holding a clock time.
    static func isTimeLine(_ text: [Unicode.Scalar]) -> Bool {
        guard (minimumLength...maximumLength).contains(text.count),
              let last = text.last(where: { !ScalarClass.isClosingMark($0) }), ScalarClass.isSentenceEnd(last) else { return false }
        for index in text.indices.dropLast(2) where ScalarClass.isSentenceEnd(text[index]) && ScalarClass.isWhitespace(text[index + 1]) {
            var next = index + 1
            while next < text.count, ScalarClass.isWhitespace(text[next]) { next += 1 }
            if next < text.count, ScalarClass.isUppercase(text[next]) { return false }
        }
        return holdsClockTime(text)
    }

    /// The record's closing line among `lines` (the indices of its body lines, in reading order, `length`
    /// scalars long and read by `text`): the last line, when it is a time line (`isTimeLine`) that opens a sentence (a capital or a
    /// letter of a caseless script first: "10.30 a.m." under "… meet again on Friday at" is a sentence's tail)
    /// and a time line stands near the start too (the line that opened the meeting): in the first half of the lines, or
    /// above the first line that opens a numbered paragraph (`opensNumbered`), however long the masthead and contents
    /// over it (a short record of seven paragraphs set one a line under a masthead of sixteen lines). `nil` otherwise.
    static func closingLine(_ lines: [Int], length: (Int) -> Int, text: (Int) -> [Unicode.Scalar],
                            opensNumbered: (Int) -> Bool = { _ in false }) -> Int? {
        guard lines.count >= 4, let last = lines.last, length(last) <= maximumLength else { return nil }
        let closing = text(last)
        guard let first = closing.first, ScalarClass.isUppercase(first) || ScalarClass.isCaselessLetter(first),
              isTimeLine(closing) else { return nil }
        // The first half, or all the lines above the first numbered paragraph when it stands further down.
        let limit = max(lines.count / 2, lines.dropLast().firstIndex(where: opensNumbered) ?? 0)
        for line in lines.prefix(limit) where length(line) <= maximumLength {
            if isTimeLine(text(line)) { return last }
        }
        return nil
    }
}
