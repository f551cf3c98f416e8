/// A contents entry printed without a dot leader: a heading label, its title
/// and the page, set apart by spaces only (`I. Úvod 2`, `A. Stav  3`). Such a
/// line reads like a heading; it is an entry only when the same label and
/// title stand later as a heading of their own, without the page.
enum LeaderlessContentsEntry {
    /// Most digits of a page number.
    static let maximumPageDigits = 4

    /// The heading text (label and title, white space folded) and the page of `line`,
    /// or `nil` when the line does not end in a page number set apart by white space.
    static func split(_ line: [Unicode.Scalar]) -> (heading: [Unicode.Scalar], page: Int)? {
        let trimmed = ScalarText.trimmed(line[...])
        var end = trimmed.endIndex
        while end > trimmed.startIndex, ScalarClass.digit(trimmed[end - 1]) != nil { end -= 1 }
        let digits = trimmed[end...]
        guard !digits.isEmpty, digits.count <= maximumPageDigits, end > trimmed.startIndex,
              ScalarClass.isWhitespace(trimmed[end - 1]), let page = Numerals.decimalValue(digits) else { return nil }
        let heading = folded(trimmed[..<end])
        guard !heading.isEmpty, ScalarClass.digit(heading.last!) == nil else { return nil }
        return (heading, page)
    }

    /// `text` trimmed, each run of white space one space.
    static func folded(_ text: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count)
        var pendingSpace = false
        for scalar in text {
            if ScalarClass.isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return result
    }

    /// The entries among `texts` (one unit's folded text each, `nil` for units that cannot be one):
    /// lines that split into a labelled heading and a page whose heading stands again, alone, in a later unit.
    /// Returns the page of each entry by unit index.
    static func entries(_ texts: [[Unicode.Scalar]?], isLabelled: ([Unicode.Scalar]) -> Bool) -> [Int: Int] {
        var lastIndex: [[Unicode.Scalar]: Int] = [:]
        for (index, text) in texts.enumerated() {
            if let text { lastIndex[text] = index }
        }
        var pages: [Int: Int] = [:]
        for (index, text) in texts.enumerated() {
            guard let text, let (heading, page) = split(text), let later = lastIndex[heading], later > index,
                  isLabelled(heading) else { continue }
            pages[index] = page
        }
        return pages
    }
}
