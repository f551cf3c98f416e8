/// Signatures set side by side on one line, as a bilateral agreement prints its two Parties' ("For the Republic of
/// Ruritania:      For the Kingdom of Syldavia:", "(Signed) Anton Haller      (Signed) Milos Varga"): two cells or
/// more, set apart by a tab or by three spaces or more, each opening with the same word; or, where the gap was
/// closed up (a PDF extraction's clean-up joins the columns with one space), the line's first word, capitalized,
/// again after two words or more, with two words or more after it.
enum SignatureColumns {
    /// Spaces in a row that set two columns apart.
    static let columnGap = 3

    /// The cells of `line`: its runs of text between tabs and runs of `columnGap` spaces or more, trimmed.
    static func cells(_ line: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        var cells: [ArraySlice<Unicode.Scalar>] = []
        var start: Int?
        var end = 0  // one past the last scalar of the cell under way that is no blank
        var spaces = 0
        for (index, scalar) in line.enumerated() {
            if scalar == "\t" || scalar == " " || scalar == "\u{A0}" {
                spaces += scalar == "\t" ? columnGap : 1
                continue
            }
            if let open = start, spaces >= columnGap {
                cells.append(line[open..<end])
                start = index
            } else if start == nil {
                start = index
            }
            spaces = 0
            end = index + 1
        }
        if let open = start { cells.append(line[open..<end]) }
        return cells
    }

    /// Whether `bytes[start..<end]` is a row of signatures set apart in columns: two cells or more (a tab or
    /// `columnGap` spaces between them) that open with the same word. Such a row is complete: no wrap runs on from it.
    static func isColumnRow(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start <= maximumRowBytes, PDFTableRow.firstGap(bytes, start, end) != nil else { return false }
        // The raw scalars: the gaps between the cells are the row's shape.
        let scalars = ScalarTextRaw.scalars(bytes, start, end)
        return cells(scalars).count >= 2 && openAlike(scalars)
    }

    /// Longest row read by `isColumnRow` (bytes).
    static let maximumRowBytes = 800

    /// Whether `line` holds two cells or more that open with the same word, or its first word again halfway.
    static func openAlike(_ line: [Unicode.Scalar]) -> Bool {
        let cells = cells(line)
        if cells.count >= 2 {
            let firstWords = cells.map { $0.prefix { !ScalarClass.isWhitespace($0) } }
            return firstWords.allSatisfy { !$0.isEmpty && $0.elementsEqual(firstWords[0]) }
        }
        let words = line.split(whereSeparator: ScalarClass.isWhitespace)
        // A signature opens with a capital, a bracket ("(Signed)") or a letter of a caseless script.
        guard words.count >= 4, let head = words[0].first(where: { $0 != "(" && $0 != "[" }),
              ScalarClass.isUppercase(head) || ScalarClass.isCaselessLetter(head) else { return false }
        return (2...(words.count - 2)).contains { words[$0].elementsEqual(words[0]) }
    }
}
