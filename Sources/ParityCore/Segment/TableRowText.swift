/// A block's text that reads as a table row: it ends in two or more figure
/// columns ("Total 203 27 235c", "Bangladesh 9 20 29"). Such a row is never
/// a heading, however short and capitalised it is.
enum TableRowText {
    /// Whether the last two white-space separated words of `text` are figures
    /// (digits, possibly with `,` `.` `-` `–` inside, as in `1,590` or `23–29`).
    static func endsInFigureColumns(_ text: [Unicode.Scalar]) -> Bool {
        var figures = 0
        var end = text.count
        while figures < 2 {
            while end > 0, ScalarClass.isWhitespace(text[end - 1]) { end -= 1 }
            var start = end
            while start > 0, !ScalarClass.isWhitespace(text[start - 1]) { start -= 1 }
            guard start < end, isFigure(text[start..<end]) else { return false }
            figures += 1
            end = start
        }
        return true
    }

    private static func isFigure(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var word = word
        // A table note marker glued to the figure: "235c".
        if word.count >= 2, let last = word.last, ("a"..."z").contains(last), ScalarClass.digit(word[word.endIndex - 2]) != nil {
            word = word.dropLast()
        }
        guard let first = word.first, let last = word.last,
              ScalarClass.digit(first) != nil, ScalarClass.digit(last) != nil else { return false }
        return word.allSatisfy { ScalarClass.digit($0) != nil || $0 == "," || $0 == "." || $0 == "-" || $0 == "–" }
    }
}
