/// How often each anchor key occurs on each side, and the weights and
/// agreements of the sentence aligner derived from them.
struct KeyStatistics {
    /// Sentences with the key, per side.
    var sourceFrequency: [Int32]
    var targetFrequency: [Int32]
    /// `ln(1 + N / (df_source + df_target))`, halved for a key of one side only.
    var weights: [Double]

    /// The share of its weight a key keeps when it occurs on one side of the
    /// text only: it cannot be matched, but it is content the other side lacks,
    /// so that merging an unrelated sentence into a bead lowers its agreement.
    static let oneSidedShare = 0.5

    init(source: [[Int32]], target: [[Int32]], keyCount: Int) {
        sourceFrequency = [Int32](repeating: 0, count: keyCount)
        targetFrequency = [Int32](repeating: 0, count: keyCount)
        for keys in source { for key in keys { sourceFrequency[Int(key)] += 1 } }
        for keys in target { for key in keys { targetFrequency[Int(key)] += 1 } }
        let total = Double(source.count + target.count)
        let sourceCounts = sourceFrequency, targetCounts = targetFrequency
        weights = (0..<keyCount).map { k in
            let s = sourceCounts[k], t = targetCounts[k]
            if s == 0 && t == 0 { return 0 }
            let w = ElementaryMath.log(1 + total / Double(s + t))
            return s == 0 || t == 0 ? KeyStatistics.oneSidedShare * w : w
        }
    }

    /// The weighted Dice coefficient of the keys of a bead's two sides.
    struct Agreement {
        var dice: Double
        /// Whether either side has a key that occurs on both sides of the text.
        var hasEvidence: Bool
    }

    /// The agreement between source sentences `a` and target sentences `b`.
    func agreement(_ a: ArraySlice<[Int32]>, _ b: ArraySlice<[Int32]>) -> Agreement {
        let left = Self.union(a), right = Self.union(b)
        var wa = 0.0, wb = 0.0, shared = 0.0
        var i = 0, j = 0
        while i < left.count || j < right.count {
            if j == right.count || (i < left.count && left[i] < right[j]) {
                wa += weights[Int(left[i])]
                i += 1
            } else if i == left.count || right[j] < left[i] {
                wb += weights[Int(right[j])]
                j += 1
            } else {
                let w = weights[Int(left[i])]
                wa += w
                wb += w
                shared += w
                i += 1
                j += 1
            }
        }
        let sum = wa + wb
        return Agreement(dice: sum > 0 ? 2 * shared / sum : 0, hasEvidence: sum > 0)
    }

    /// Sorted union of sorted lists (the list itself when there is one).
    static func union(_ lists: ArraySlice<[Int32]>) -> [Int32] {
        var result = lists[lists.startIndex]
        for list in lists.dropFirst() { result = merge(result, list) }
        return result
    }

    /// Sorted union of two sorted lists of distinct keys.
    static func merge(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { result.append(a[i]); i += 1 } else if b[j] < a[i] { result.append(b[j]); j += 1 } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }

    /// Pairs (local source index, local target index) joined by a key that
    /// occurs exactly once on each side of the whole text.
    func hapaxPairs(source: ArraySlice<[Int32]>, target: ArraySlice<[Int32]>) -> [(Int, Int)] {
        var sourceOf: [Int32: Int] = [:]
        for (i, keys) in source.enumerated() {
            for key in keys where sourceFrequency[Int(key)] == 1 && targetFrequency[Int(key)] == 1 { sourceOf[key] = i }
        }
        var pairs: [(Int, Int)] = []
        for (j, keys) in target.enumerated() {
            for key in keys { if let i = sourceOf[key] { pairs.append((i, j)) } }
        }
        return pairs
    }
}
