/// A line of sentence length is running text, never a title: titles are short. A paragraph hard-wrapped into a few
/// long lines under a caption (a report's summary: `Summary` / two lines of twenty words or more, the last ending with
/// the script's full stop, `꣎`, `।`, `။`, `.`) has a first line that stops on a word and ends no sentence, and, with
/// no wrap width found in the text (one wrapped paragraph) and no case to tell, it was read as a title line of its
/// own. A line of at least `minimumWords` words that stops on a word or figure (no punctuation: a clause's comma, a
/// colon, end a unit of their own) runs on into the next line when that line has no label and either ends with a full
/// stop of any script (`ScalarClass.isFullStop`) or is of sentence length itself and runs on too, and the line above
/// was broken by a wrap (`wrappedBefore`: no long title over a longer one-line paragraph). No table row (a column gap)
/// is read. In a text whose lines are whole (`linesWhole`: no wrap width, no line that stops on a word runs on into
/// a line in lower case), a line that opens with a capital is a unit of its own: a plain-text export sets each title
/// and paragraph on its line, and a long title ("Letter dated … addressed to the Secretary-General") stands over the
/// capital of its first paragraph ("I have the honour …"). A caseless script, or a line in lower case, leaves the
/// length to tell.
enum SentenceLengthLine {
    /// Words a line holds at least to be of sentence length.
    static let minimumWords = 18

    /// Whether `line` goes on from `previous` (above); `linesWhole`: the text sets each unit on a line of its own.
    static func runsOn(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine, linesWhole: Bool) -> Bool {
        guard !previous.isBlank, !line.isBlank, HardWrapContinuation.endsInWordOrFigure(bytes, previous),
              !(linesWhole && HardWrapContinuation.startsUppercase(bytes, line)),
              isSentenceLength(bytes, previous), !HardWrapContinuation.startsWithLabel(bytes, line),
              !HardWrapContinuation.hasColumnGap(bytes, previous), !HardWrapContinuation.hasColumnGap(bytes, line) else { return false }
        guard wrappedBefore(bytes, previous, line) else { return false }
        if endsWithFullStop(bytes, line) { return true }
        return HardWrapContinuation.endsInWordOrFigure(bytes, line) && isSentenceLength(bytes, line)
    }

    /// Whether `previous` was broken by a wrap before `line`: it could not have taken `line`'s first word within the
    /// width the two lines set (the longer of them, with a tenth to spare for a wrap by hand). A title set on its
    /// line over a longer paragraph on one line ("Note verbale dated … addressed to the Secretary-General" / "The
    /// Permanent Mission … has the honour …") could have: it was not wrapped.
    static func wrappedBefore(_ bytes: [UInt8], _ previous: TextLine, _ line: TextLine) -> Bool {
        let above = HardWrapContinuation.columns(bytes, previous.start, previous.contentEnd)
        let below = HardWrapContinuation.columns(bytes, line.start, line.contentEnd)
        return above + 1 + HardWrapContinuation.firstWordColumns(bytes, line.contentStart, line.contentEnd)
            + HardWrapContinuation.marginSlack(above) > below
    }

    /// Whether the line holds `minimumWords` words or more (runs of non-space scalars).
    static func isSentenceLength(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var words = 0, inWord = false
        for at in line.contentStart..<line.contentEnd {
            let byte = bytes[at]
            let space = byte == 0x20 || byte == 0x09
            if !space, !inWord {
                words += 1
                if words >= minimumWords { return true }
            }
            inWord = !space
        }
        return false
    }

    /// Whether the line ends with a full stop of any script (`ScalarClass.isFullStop`), closing quotes and brackets
    /// after it left aside.
    static func endsWithFullStop(_ bytes: [UInt8], _ line: TextLine) -> Bool {
        var start = max(line.contentStart, line.contentEnd - 16)
        while start > line.contentStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var scalars = ScalarText.scalars(bytes, start, line.contentEnd)
        while let last = scalars.last, ScalarClass.isWhitespace(last) || "\"'”’»)]）」』".unicodeScalars.contains(last) { scalars.removeLast() }
        return scalars.last.map(ScalarClass.isFullStop) ?? false
    }
}
