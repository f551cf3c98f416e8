/// An annotation indented under its item (`2) Adoption of the agenda.` / `    The Committee will consider the
/// programme, whose cost is` / `    2,7 million dollars.`): every line of the block shares its indentation, deeper than
/// the labelled line it stands under, so a line of the block that starts with a figure continues no count of the
/// items' labels, which stand further left. After a line of the block that ends no sentence (it stops on a word or a
/// figure), such a line goes on, as a wrapped line does.
enum IndentedBlockFigure {
    /// Lines looked at above a line for the labelled line its block stands under.
    static let lookbackLines = 40

    /// Whether `lines[index]` goes on from the line above it inside an indented block (above).
    static func goesOn(_ bytes: [UInt8], _ lines: [TextLine], _ index: Int) -> Bool {
        guard index >= 2 else { return false }
        let line = lines[index], previous = lines[index - 1]
        guard !line.isBlank, !previous.isBlank, HardWrapContinuation.leadingFigureInAnyDigits(bytes, line) != nil,
              HardWrapContinuation.endsInWordOrFigure(bytes, previous), !HardWrapContinuation.endsSentence(bytes, previous),
              !HardWrapContinuation.startsWithLabel(bytes, previous),
              !HardWrapContinuation.hasColumnGap(bytes, line), !HardWrapContinuation.hasColumnGap(bytes, previous) else { return false }
        let indent = indentation(bytes, line)
        guard indent.count >= 2 || indent == [0x09], indentation(bytes, previous) == indent else { return false }
        // Up the block, lines at the same indentation, to the labelled line it stands under, further left.
        var above = index - 2
        while above >= max(0, index - lookbackLines), !lines[above].isBlank, indentation(bytes, lines[above]) == indent { above -= 1 }
        guard above >= 0, !lines[above].isBlank, HardWrapContinuation.startsWithLabel(bytes, lines[above]) else { return false }
        return indentation(bytes, lines[above]).count < indent.count
    }

    /// The white space before the line's content, as bytes.
    private static func indentation(_ bytes: [UInt8], _ line: TextLine) -> ArraySlice<UInt8> {
        bytes[line.start..<line.contentStart]
    }
}
