/// Reads one table-of-contents entry: a title (with its label) followed, after
/// tabs, dot leaders or wide spacing, by a paragraph range and a page:
/// `I. Introducción⇥1–7⇥3`, `B. Género⇥26⇥8`, `Anexo⇥⇥21`,
/// `II. Main findings ........ 8-22 4`.
enum TableOfContentsLineParser {
    /// A parsed entry.
    struct Entry {
        /// The title as scalars, white space folded, markup not yet removed.
        var title: [Unicode.Scalar]
        /// Paragraph range and page.
        var target: TOCTarget
    }

    /// Parses an entry whose columns are on `bytes[start..<end]` and whose title
    /// may begin on earlier lines (`titlePrefix`).
    static func parse(_ bytes: [UInt8], _ start: Int, _ end: Int, titlePrefix: [Unicode.Scalar]) -> Entry? {
        let line = ScalarTextRaw.scalars(bytes, start, end)
        guard let (titleScalars, columns) = split(line) else { return nil }
        var numeric: [String?] = []
        for column in columns {
            let trimmed = ScalarText.trimmed(column[...])
            if trimmed.isEmpty {
                numeric.append(nil)
                continue
            }
            guard isRangeOrPage(trimmed) else { return nil }
            numeric.append(ScalarText.string(trimmed))
        }
        let present = numeric.compactMap { $0 }
        guard !present.isEmpty, present.count <= 2 else { return nil }
        var rangeText: String?
        var page: String?
        if present.count == 2 {
            rangeText = present[0]
            page = present[1]
        } else if numeric.count >= 2 {
            if numeric.last! != nil { page = present[0] } else { rangeText = present[0] }
        } else if present[0].unicodeScalars.contains(where: ScalarClass.isDash) {
            rangeText = present[0]
        } else {
            page = present[0]
        }
        var target = TOCTarget(page: page)
        if let rangeText, let (first, last) = paragraphRange(rangeText) {
            target.firstParagraph = first
            target.lastParagraph = last
        } else if rangeText != nil {
            return nil
        }
        // A leader the wrap broke ("Introduction . . . . . ." / ". . . . 3") is no part of the title.
        var title = withoutTrailingLeader(titlePrefix)
        var folded = ScalarText.trimmed(titleScalars[...]).map { ScalarClass.isWhitespace($0) ? " " : $0 }
        if !title.isEmpty, !folded.isEmpty { title.append(" ") }
        title.append(contentsOf: folded)
        folded.removeAll()
        guard !title.isEmpty else { return nil }
        return Entry(title: title, target: target)
    }

    /// Title and column texts of one line, or `nil` when the line has no columns.
    private static func split(_ line: [Unicode.Scalar]) -> ([Unicode.Scalar], [[Unicode.Scalar]])? {
        if line.contains("\t") {
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(Array.init)
            var titleIndex = 0
            while titleIndex < fields.count, ScalarText.trimmed(fields[titleIndex][...]).isEmpty { titleIndex += 1 }
            // A label set apart from its title by a column gap ("I.⇥Introduction . . . .⇥3", as a PDF prints it).
            while titleIndex < fields.count - 2, LabelOnlyLine.isLabelOnly(Array(ScalarText.trimmed(fields[titleIndex][...]))) {
                fields[titleIndex + 1] = fields[titleIndex] + [" "] + fields[titleIndex + 1]
                titleIndex += 1
            }
            // A dot leader in a later column, then only the range and the page: the columns before it are the label
            // and the title, whatever the label ("I.⇥Introduction . . . . 3", "Annex⇥Recommendations . . . .⇥12").
            if titleIndex + 1 < fields.count, let leader = (titleIndex + 1..<fields.count).last(where: { leaderSplit(fields[$0]) != nil }),
               let split = leaderSplit(fields[leader]) {
                let columns = split.rest + fields[(leader + 1)...].filter { !ScalarText.trimmed($0[...]).isEmpty }
                if !columns.isEmpty, columns.allSatisfy({ isRangeOrPage(ScalarText.trimmed($0[...])) }) {
                    var title: [Unicode.Scalar] = []
                    for field in fields[titleIndex..<leader] + [split.title] {
                        let trimmed = ScalarText.trimmed(field[...])
                        guard !trimmed.isEmpty else { continue }
                        if !title.isEmpty { title.append(" ") }
                        title.append(contentsOf: trimmed)
                    }
                    return (title, columns)
                }
            }
            guard titleIndex < fields.count - 1 else { return nil }
            // The title's own dot leader before the gap ("Introduction . . . .⇥3").
            let title = leaderSplit(fields[titleIndex]).map { $0.title } ?? fields[titleIndex]
            return (title, Array(fields[(titleIndex + 1)...]))
        }
        if let split = leaderSplit(line) { return (split.title, split.rest) }
        // Wide spacing: two or more spaces before the number columns.
        if let gap = firstWideGap(line) {
            let rest = line[gap...].split(separator: " ").map(Array.init)
            return (Array(line[..<gap]), rest)
        }
        return nil
    }

    /// The title before a dot leader (three or more dots, optionally spaced, or an ellipsis) and the columns after it.
    private static func leaderSplit(_ line: [Unicode.Scalar]) -> (title: [Unicode.Scalar], rest: [[Unicode.Scalar]])? {
        var index = 0
        while index < line.count {
            if line[index] == "…" || line[index] == "." {
                var end = index
                var dots = 0
                while end < line.count, line[end] == "." || line[end] == "…" || line[end] == " " {
                    if line[end] != " " { dots += line[end] == "…" ? 3 : 1 }
                    end += 1
                }
                if dots >= 3 {
                    return (Array(line[..<index]), line[end...].split(separator: " ").map(Array.init))
                }
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `text` without the dot leader (three or more dots, optionally spaced, or an ellipsis) and white space it ends with.
    static func withoutTrailingLeader(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var end = text.count, dots = 0
        while end > 0, text[end - 1] == "." || text[end - 1] == "…" || ScalarClass.isWhitespace(text[end - 1]) {
            if text[end - 1] == "." { dots += 1 } else if text[end - 1] == "…" { dots += 3 }
            end -= 1
        }
        guard dots >= 3 else { return text }
        return Array(text[..<end])
    }

    private static func firstWideGap(_ line: [Unicode.Scalar]) -> Int? {
        var index = 1
        while index + 1 < line.count {
            if line[index] == " ", line[index + 1] == " " { return index }
            index += 1
        }
        return nil
    }

    private static func isRangeOrPage(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        if text.allSatisfy({ ScalarClass.digit($0) != nil || ScalarClass.isDash($0) }) {
            return ScalarClass.digit(text.first!) != nil && ScalarClass.digit(text.last!) != nil
        }
        return RomanNumeral.lowercaseValue(of: text) != nil && text.allSatisfy { ScalarClass.isLowercase($0) }
    }

    /// `8–22` → (8, 22); `26` → (26, 26).
    static func paragraphRange(_ text: String) -> (Int, Int)? {
        let scalars = Array(text.unicodeScalars)
        if let dash = scalars.firstIndex(where: ScalarClass.isDash) {
            guard let first = Numerals.decimalValue(scalars[..<dash]),
                  let last = Numerals.decimalValue(scalars[(dash + 1)...]) else { return nil }
            return (first, last)
        }
        guard let value = Numerals.decimalValue(scalars) else { return nil }
        return (value, value)
    }
}
