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

    /// The entries among a document's units: lines that split into a labelled heading and a page whose
    /// heading stands again, alone, in a later unit. `text` gives a unit's folded text (`nil` for a unit that
    /// cannot be one); `mayEndInPage` is a cheap test run first, so that only a document with entries has
    /// its units folded, one at a time. Returns the heading and page of each entry by unit index.
    static func entries(count: Int, text: (Int) -> [Unicode.Scalar]?, mayEndInPage: (Int) -> Bool,
                        isLabelled: ([Unicode.Scalar]) -> Bool) -> [Int: (heading: [Unicode.Scalar], page: Int)] {
        var candidates: [Int: (heading: [Unicode.Scalar], page: Int)] = [:]
        for index in 0..<count where mayEndInPage(index) {
            guard let line = text(index), let (heading, page) = split(line), isLabelled(heading) else { continue }
            candidates[index] = (heading, page)
        }
        guard !candidates.isEmpty else { return [:] }
        var lastIndex: [[Unicode.Scalar]: Int] = [:]
        for candidate in candidates.values { lastIndex[candidate.heading] = -1 }
        for index in 0..<count {
            if let line = text(index), lastIndex[line] != nil { lastIndex[line] = index }
        }
        return candidates.filter { index, candidate in (lastIndex[candidate.heading] ?? -1) > index }
    }
}
