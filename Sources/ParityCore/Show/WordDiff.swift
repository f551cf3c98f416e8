/// Word-level differences between two texts in the same language (a
/// revision check), with Myers' O((N+M)·D) algorithm on word tokens, bounded
/// by a maximum number of edits.
///
/// Tokens are runs of letters, digits and combining marks; every other
/// non-space character (punctuation, each CJK ideograph or kana) is a token of
/// its own; white space separates tokens and is never compared.
public struct WordDiff: Hashable, Sendable {
    /// Unicode-scalar ranges of `old` whose tokens `new` does not have.
    public var removed: [Range<Int>]
    /// Unicode-scalar ranges of `new` whose tokens `old` does not have.
    public var inserted: [Range<Int>]
    /// The share of tokens both texts keep, of the longer text's tokens (1 for
    /// equal texts, near 0 for unrelated ones): a revision shares most words,
    /// two different paragraphs only the common ones.
    public var sharedFraction: Double

    /// Creates a diff.
    public init(removed: [Range<Int>], inserted: [Range<Int>], sharedFraction: Double = 1) {
        self.removed = removed
        self.inserted = inserted
        self.sharedFraction = sharedFraction
    }

    /// The differences, or `nil` when more than `maxEdits` tokens would have
    /// to be removed or inserted, or when the texts share less than
    /// `minimumSharedFraction` of their tokens (`sharedFraction`): too
    /// different to show a diff. Token counts bound the shared tokens from
    /// above first (in linear time), so unrelated texts cost no search.
    public static func between(_ old: String, _ new: String, maxEdits: Int = 500, minimumSharedFraction: Double = 0) -> WordDiff? {
        let a = tokens(old), b = tokens(new)
        let longer = max(a.count, b.count)
        var limit = maxEdits
        if minimumSharedFraction > 0, longer > 0 {
            var counts: [String: Int] = [:]
            for token in a { counts[token.text, default: 0] += 1 }
            var common = 0
            for token in b where (counts[token.text] ?? 0) > 0 {
                counts[token.text]! -= 1
                common += 1
            }
            let needed = Int((minimumSharedFraction * Double(longer)).rounded(.up))
            guard common >= needed else { return nil }
            // Keeping `needed` tokens leaves at most this many edits.
            limit = min(limit, a.count + b.count - 2 * needed)
        }
        guard let script = editScript(a.map(\.text), b.map(\.text), maxEdits: limit) else { return nil }
        return WordDiff(removed: merge(script.removed.map { a[$0].range }, in: old),
                        inserted: merge(script.inserted.map { b[$0].range }, in: new),
                        sharedFraction: longer == 0 ? 1 : Double(a.count - script.removed.count) / Double(longer))
    }

    /// Token texts and their scalar ranges.
    static func tokens(_ text: String) -> [(text: String, range: Range<Int>)] {
        let scalars = text.unicodeScalars
        var result: [(text: String, range: Range<Int>)] = []
        var index = scalars.startIndex
        var offset = 0
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index = scalars.index(after: index)
                offset += 1
                continue
            }
            let start = index, startOffset = offset
            index = scalars.index(after: index)
            offset += 1
            if isWordScalar(scalar) && !isSingleScalarWord(scalar) {
                while index != scalars.endIndex, isWordScalar(scalars[index]), !isSingleScalarWord(scalars[index]) {
                    index = scalars.index(after: index)
                    offset += 1
                }
            }
            result.append((String(scalars[start..<index]), startOffset..<offset))
        }
        return result
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    /// Scripts written without spaces: each character is compared on its own.
    private static func isSingleScalarWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value)
    }

    /// Indices of `a` removed and of `b` inserted by a shortest edit script
    /// (Myers 1986, greedy forward search with the V vectors kept for the trace).
    static func editScript<T: Equatable>(_ a: [T], _ b: [T], maxEdits: Int) -> (removed: [Int], inserted: [Int])? {
        let n = a.count, m = b.count
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = Array(repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    found = true
                    break search
                }
            }
        }
        guard found else { return nil }
        var removed: [Int] = [], inserted: [Int] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, to: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1
                y -= 1
            }
            if x == previousX { inserted.append(previousY) } else { removed.append(previousX) }
            x = previousX
            y = previousY
        }
        return (removed.reversed(), inserted.reversed())
    }

    /// Adjacent token ranges joined over the white space between them.
    private static func merge(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [Range<Int>] = [ranges[0]]
        for range in ranges.dropFirst() {
            let last = result[result.count - 1]
            if scalars[last.upperBound..<range.lowerBound].allSatisfy(\.properties.isWhitespace) {
                result[result.count - 1] = last.lowerBound..<range.upperBound
            } else {
                result.append(range)
            }
        }
        return result
    }
}
