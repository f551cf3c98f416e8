/// The cells the sentence aligner's dynamic programming visits: for each
/// source position `i` (0…n), the target positions `lo[i]…hi[i]`. A group
/// that fits in the band is searched whole; a longer one within `halfWidth`
/// target positions of a path through anchor pairs (joined by straight lines;
/// the anchors kept are a longest chain increasing on both sides), so the
/// work grows linearly with the number of sentences.
struct SentenceBand {
    var lo: [Int]
    var hi: [Int]

    init(n: Int, m: Int, halfWidth: Int, anchors: () -> [(Int, Int)]) {
        if m <= 2 * halfWidth || n <= 2 * halfWidth {
            lo = [Int](repeating: 0, count: n + 1)
            hi = [Int](repeating: m, count: n + 1)
            return
        }
        // Anchors on distinct rows and columns, in a chain increasing on both sides.
        var rows: [Int: Int] = [:], rowUses: [Int: Int] = [:], columnUses: [Int: Int] = [:]
        for (i, j) in anchors() where i < n && j < m {
            if rows[i] == j { continue }
            rows[i] = j
            rowUses[i, default: 0] += 1
            columnUses[j, default: 0] += 1
        }
        let unique = rows.filter { rowUses[$0.key] == 1 && columnUses[$0.value] == 1 }.sorted { $0.key < $1.key }
        let chain = LongestIncreasingSubsequence.indices(of: unique.map(\.value)).map { unique[$0] }
        var points: [(Int, Int)] = [(0, 0)]
        for point in chain where point.key > 0 && point.value > 0 { points.append((point.key + 1, point.value + 1)) }
        points.append((n, m))
        var center = [Int](repeating: 0, count: n + 1)
        var segment = 0
        for i in 0...n {
            while segment + 1 < points.count - 1 && points[segment + 1].0 <= i { segment += 1 }
            let (i0, j0) = points[segment], (i1, j1) = points[min(segment + 1, points.count - 1)]
            center[i] = i1 == i0 ? j1 : j0 + (j1 - j0) * (i - i0) / (i1 - i0)
        }
        lo = center.map { max(0, $0 - halfWidth) }
        hi = center.map { min(m, $0 + halfWidth) }
        lo[0] = 0
        hi[n] = m
        for i in 1...n {
            lo[i] = max(lo[i], lo[i - 1])
            hi[i] = max(hi[i], hi[i - 1])
            // Rows overlap, so that every row is reachable from the one before.
            lo[i] = min(lo[i], hi[i - 1])
        }
        for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) }
    }
}
