/// A table of contents printed without pages and without leaders: a run of
/// headings with nothing between them but their titles, which the body then
/// repeats in the same order with its paragraphs between them.
///
///     Turinys                     ← caption (any language)
///     I.
///     Įvadas
///     II.
///     Dirbtuvių būklė
///     A.
///     Dirbtuvės
///     …
///     I.                          ← the body: the same headings again,
///     Įvadas                        now with numbered paragraphs between
///     1.
///     Šis pranešimas …
///
/// Nothing in such an entry tells it from a heading but the repetition: the
/// same sequence of labelled headings (label and title alike) stands twice,
/// the first time as consecutive units, the second time spread over the body.
/// The first run is then the contents. No caption word is needed: the shape
/// of the document tells it.
enum PagelessContentsRun {
    /// Fewest entries that make such a contents.
    static let minimumEntries = 3
    /// Most consecutive headings read as one run: a longer run (a list of thousands of labelled lines) is no
    /// contents, and its echo is not searched (each of its heads would cost a search as long as the run).
    static let maximumEntries = 400

    /// The runs of contents entries, by unit index. `key(i)` is unit `i`'s heading text (its label and title, white
    /// space folded) when it reads as a heading, `nil` otherwise. A run is `minimumEntries` or more consecutive
    /// headings whose every key stands again later, in the same order, with at least one unit that is no heading
    /// between two of those later ones (the body's paragraphs).
    static func runs(count: Int, key: (Int) -> [Unicode.Scalar]?) -> [ClosedRange<Int>] {
        var keys: [[Unicode.Scalar]?] = []
        keys.reserveCapacity(count)
        var positions: [[Unicode.Scalar]: [Int]] = [:]
        // Units that are no heading before each index: whether two echoes have one between them, at once.
        var nonHeadingsBefore = [0]
        nonHeadingsBefore.reserveCapacity(count + 1)
        for index in 0..<count {
            let value = key(index)
            keys.append(value)
            if let value { positions[value, default: []].append(index) }
            nonHeadingsBefore.append(nonHeadingsBefore[index] + (value == nil ? 1 : 0))
        }
        var result: [ClosedRange<Int>] = []
        var index = 0
        while index < count {
            guard keys[index] != nil else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < count, keys[end + 1] != nil { end += 1 }
            defer { index = end + 1 }
            guard end - index + 1 >= minimumEntries, end - index + 1 <= maximumEntries else { continue }
            // The body's first heading may follow the contents at once: the run's longest head the body repeats.
            var last = end
            while last - index + 1 >= minimumEntries,
                  !echoed(index...last, keys: keys, positions: positions, nonHeadingsBefore: nonHeadingsBefore) { last -= 1 }
            guard last - index + 1 >= minimumEntries else { continue }
            end = last
            result.append(index...end)
        }
        return result
    }

    /// Whether the keys of `run` stand again after it, in the same order, with at least one unit that is no heading
    /// between two of those later ones (the body's paragraphs).
    private static func echoed(_ run: ClosedRange<Int>, keys: [[Unicode.Scalar]?], positions: [[Unicode.Scalar]: [Int]],
                               nonHeadingsBefore: [Int]) -> Bool {
        var cursor = run.upperBound
        var echoes: [Int] = []
        for unit in run {
            guard let key = keys[unit], let found = positions[key].flatMap({ first(after: cursor, in: $0) }) else { return false }
            echoes.append(found)
            cursor = found
        }
        return zip(echoes, echoes.dropFirst()).contains { first, second in
            nonHeadingsBefore[second] - nonHeadingsBefore[first + 1] > 0
        }
    }

    /// The first of `ascending` greater than `value`, by bisection: a heading a document repeats thousands of
    /// times costs a logarithmic search, not a scan of its positions.
    private static func first(after value: Int, in ascending: [Int]) -> Int? {
        var low = 0, high = ascending.count
        while low < high {
            let middle = (low + high) / 2
            if ascending[middle] > value { high = middle } else { low = middle + 1 }
        }
        return low < ascending.count ? ascending[low] : nil
    }
}
