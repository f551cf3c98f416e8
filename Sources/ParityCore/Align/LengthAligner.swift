/// Gale–Church-style dynamic programming over the unanchored blocks between
/// two anchors, with beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2.
///
/// Gaps up to `fullLimit` cells are solved exactly; larger gaps use a band
/// around the diagonal, so the work stays linear in the gap length.
struct LengthAligner: Sendable {
    /// One block as the aligner sees it. The one-byte fields come last, so
    /// that an item takes 24 bytes in an array, not 32 (a long document has an item a block).
    struct Item: Sendable {
        var length: Int
        /// Sorted cognate key hashes (``CognateKeys``).
        var cognates: [CognateKeys.Key] = []
        var family: BlockClass
        /// Whether the block is page furniture (a running header, a job number): it never pairs with body text.
        var isFurniture = false

        init(length: Int, family: BlockClass, cognates: [CognateKeys.Key] = [], isFurniture: Bool = false) {
            self.length = length
            self.family = family
            self.cognates = cognates
            self.isFurniture = isFurniture
        }

        init(_ block: Block) {
            self.init(length: TextLength.of(block), family: BlockClass(block.kind), cognates: CognateKeys.of(block),
                      isFurniture: block.kind == .pageFurniture)
        }
    }

    /// One bead of the result, as counts of consecutive items.
    /// 16 bytes: a whole document aligned as one gap has a step a block.
    struct Step: Sendable {
        private var storedPivotCount: Int32
        private var storedOtherCount: Int32
        var deviate: Double
        var pivotCount: Int {
            get { Int(storedPivotCount) }
            set { storedPivotCount = Int32(newValue) }
        }
        var otherCount: Int {
            get { Int(storedOtherCount) }
            set { storedOtherCount = Int32(newValue) }
        }

        init(pivotCount: Int, otherCount: Int, deviate: Double) {
            storedPivotCount = Int32(pivotCount)
            storedOtherCount = Int32(otherCount)
            self.deviate = deviate
        }
    }

    var model: LengthModel
    /// Gaps with at most this many DP cells are solved without a band.
    var fullLimit = 250_000
    /// Gaps whose band has more cells than this keep back pointers for a
    /// stretch of rows at a time (``align(pivot:pivotKeys:other:otherKeys:)``):
    /// half a megabyte.
    var backPointerLimit = 1 << 20

    /// Insertions first: on equal cost the backtrace then keeps matches early
    /// (a duplicated paragraph is the second copy, not the first).
    private static let moves: [(Int, Int)] = [(1, 0), (0, 1), (1, 1), (2, 1), (1, 2), (2, 2)]


    /// Aligns `pivot` with `other`; the steps consume both sequences in order.
    func align(pivot: [Item], other: [Item]) -> [Step] {
        align(pivot: pivot.map(Entry.init)[...], pivotKeys: CognateSource(pivot),
              other: other.map(Entry.init)[...], otherKeys: CognateSource(other))
    }

    /// Aligns `pivot` with `other` (the entries at their indices, whose keys
    /// `pivotKeys` and `otherKeys` give at the same indices); the steps
    /// consume both sequences in order.
    ///
    /// A gap of more than ``backPointerLimit`` cells (a document aligned as one
    /// gap: a copy, a text without numbers) does not keep the back pointers of
    /// the whole band, half a byte a cell, some 100 bytes a block: the rows
    /// are computed once keeping only the three rows a bead reaches at every
    /// stretch of rows that fits the limit, then the backtrace computes each
    /// stretch again from the rows kept before it, last stretch first, with
    /// its back pointers. The same operations on the same values: the same
    /// moves, at twice the work for such gaps.
    func align(pivot: ArraySlice<Entry>, pivotKeys: CognateSource, other: ArraySlice<Entry>, otherKeys: CognateSource) -> [Step] {
        let n = pivot.count, m = other.count
        if n == 0 { return Array(repeating: Step(pivotCount: 0, otherCount: 1, deviate: 0), count: m) }
        if m == 0 { return Array(repeating: Step(pivotCount: 1, otherCount: 0, deviate: 0), count: n) }
        let pivotStart = pivot.startIndex, otherStart = other.startIndex

        // Row i covers columns lo(i)...hi(i), kept in 32 bits (a whole document can be one gap).
        var bandLow = [Int32](repeating: 0, count: n + 1)
        var bandHigh = [Int32](repeating: Int32(m), count: n + 1)
        if (n + 1) * (m + 1) > fullLimit {
            let slope = Double(m) / Double(n)
            let width = max(100, 2 * Int(slope.rounded(.up)) + 4)
            for i in 0...n {
                let center = Int((Double(i) * slope).rounded())
                bandLow[i] = Int32(max(0, center - width))
                bandHigh[i] = Int32(min(m, center + width))
            }
            bandLow[0] = 0
            bandHigh[n] = Int32(m)
        }
        var offsets = [Int](repeating: 0, count: n + 2)
        var widest = 0
        for i in 0...n {
            let width = Int(bandHigh[i] - bandLow[i]) + 1
            offsets[i + 1] = offsets[i] + width
            widest = max(widest, width)
        }
        let rowWidth = widest
        // Constants from here on (the row function below reads them in its loops).
        let low32 = bandLow, high32 = bandHigh, offset = offsets
        func lo(_ i: Int) -> Int { Int(low32[i]) }
        func hi(_ i: Int) -> Int { Int(high32[i]) }
        func cell(_ i: Int, _ j: Int) -> Int? {
            guard i >= 0, i <= n, j >= lo(i), j <= hi(i) else { return nil }
            return offset[i] + j - lo(i)
        }
        // Prefix sums of lengths and cognate counts make every bead's totals O(1);
        // shared cognates of item pairs are computed once per DP cell.
        // Exactly their size: the whole document can be one gap, and growing by doubling would leave up to half unused.
        let pivotPrefix = LengthAligner.prefixSums(pivot.lazy.map(\.length), count: n)
        let otherPrefix = LengthAligner.prefixSums(other.lazy.map(\.length), count: m)
        let pivotKeyPrefix = LengthAligner.prefixSums(pivot.lazy.map { Int($0.cognateCount) }, count: n)
        let otherKeyPrefix = LengthAligner.prefixSums(other.lazy.map { Int($0.cognateCount) }, count: m)
        // Shared keys per cell (`CognateKeys.commonCount` of the two items), counted
        // from each key's items rather than by comparing every pair of items.
        let itemsWithKey = CognateIndex(count: m, base: 1, occurrences: Int(otherKeyPrefix[m])) { otherKeys.keys(otherStart + $0) }
        // What a bead's penalties read of its items, in flat arrays: no slice made per bead.
        let pivotFamily = pivot.map(\.family), otherFamily = other.map(\.family)
        let pivotFurniture = pivot.map(\.isFurniture), otherFurniture = other.map(\.isFurniture)
        let moves = LengthAligner.moves

        // Costs and shared cognates only for the three rows a bead can reach
        // (i-2...i), flat: row `r` starts at `r * rowWidth`.
        var cost = [Double](repeating: .infinity, count: 3 * rowWidth)
        var shared = [Int32](repeating: 0, count: 3 * rowWidth)
        // Back pointers (half a byte a cell) of rows `backRows`, cell `c` at `c - offset[backRows.lowerBound]`.
        let stretched = offset[n + 1] > backPointerLimit
        let rowsPerStretch = stretched ? max(3, backPointerLimit / rowWidth) : n + 1
        var back = BackPointers(count: stretched ? 0 : offset[n + 1])
        var backRows = stretched ? 0..<0 : 0..<(n + 1)

        /// Computes row `i` from rows i-2 and i-1, its back pointers into `back` (from `backBase`) when `recording`.
        func fillRow(_ i: Int, recording: Bool, backBase: Int, _ cost: inout [Double], _ shared: inout [Int32], _ back: inout BackPointers) {
            let rowStart = (i % 3) * rowWidth
            for k in rowStart..<(rowStart + rowWidth) { cost[k] = .infinity; shared[k] = 0 }
            if i > 0 {
                for key in pivotKeys.keys(pivotStart + i - 1) {
                    let low = lo(i)
                    itemsWithKey.forEachItem(holding: key, in: low, through: hi(i)) { j in shared[rowStart + j - low] += 1 }
                }
            }
            for j in lo(i)...hi(i) {
                if i == 0, j == 0 { cost[0] = 0; continue }
                var best = Double.infinity
                var bestMove = BackPointers.none
                for index in moves.indices {
                    let move = moves[index]
                    let pi = i - move.0, pj = j - move.1
                    // Cell (pi, pj) inside the band (pi <= i <= n).
                    guard pi >= 0, pj >= lo(pi), pj <= hi(pi) else { continue }
                    let previous = (pi % 3) * rowWidth + pj - lo(pi)
                    guard cost[previous] < .infinity else { continue }
                    let pivotLength = Self.span(pivotPrefix, pi, i), otherLength = Self.span(otherPrefix, pj, j)
                    var c: Double
                    if move.0 > 0 && move.1 > 0 {
                        // Shared cognates of the bead's item pairs, from the rows i-1...i.
                        var sharedCognates = 0
                        for a in (pi + 1)...i {
                            let low = lo(a), high = hi(a), base = (a % 3) * rowWidth - low
                            for b in (pj + 1)...j where b >= low && b <= high { sharedCognates += Int(shared[base + b]) }
                        }
                        let family = pivotFamily[pi]
                        var uniform = true, pivotFurnitureIn = false, pivotBody = false, otherFurnitureIn = false, otherBody = false
                        for a in pi..<i {
                            if pivotFamily[a] != family { uniform = false }
                            if pivotFurniture[a] { pivotFurnitureIn = true }
                            if pivotFamily[a] == .body { pivotBody = true }
                        }
                        for b in pj..<j {
                            if otherFamily[b] != family { uniform = false }
                            if otherFurniture[b] { otherFurnitureIn = true }
                            if otherFamily[b] == .body { otherBody = true }
                        }
                        c = cost[previous] + pairedBeadCost(
                            pivotCount: move.0, otherCount: move.1, pivotLength: pivotLength, otherLength: otherLength,
                            sharedCognates: sharedCognates,
                            cognateCount: Self.span(pivotKeyPrefix, pi, i) + Self.span(otherKeyPrefix, pj, j),
                            family: family, uniform: uniform,
                            furnitureWithBody: pivotFurnitureIn && otherBody || otherFurnitureIn && pivotBody)
                    } else {
                        c = cost[previous] + model.cost(pivotCount: move.0, otherCount: move.1, pivotLength: pivotLength, otherLength: otherLength)
                        // Equal-cost paths: prefer unpaired blocks late (a duplicate is the second copy).
                        c -= 1e-6 * Double(i + j) / Double(n + m)
                    }
                    if c < best { best = c; bestMove = UInt8(index) }
                }
                cost[rowStart + j - lo(i)] = best
                if recording { back[offset[i] + j - lo(i) - backBase] = bestMove }
            }
        }

        // The three rows as they stand before each stretch's first row (stretch s starts at row s * rowsPerStretch).
        var kept: [(cost: [Double], shared: [Int32])] = []
        if stretched {
            for i in 0...n {
                if i % rowsPerStretch == 0 { kept.append((cost, shared)) }
                fillRow(i, recording: false, backBase: 0, &cost, &shared, &back)
            }
        } else {
            for i in 0...n { fillRow(i, recording: true, backBase: 0, &cost, &shared, &back) }
        }
        /// Makes `back` hold the back pointers of the stretch of row `i`.
        func computeStretch(holding i: Int) {
            let stretch = i / rowsPerStretch
            let first = stretch * rowsPerStretch, last = min(n, first + rowsPerStretch - 1)
            (cost, shared) = kept[stretch]
            backRows = first..<(last + 1)
            back = BackPointers(count: 0)
            back = BackPointers(count: offset[last + 1] - offset[first])
            for row in first...last { fillRow(row, recording: true, backBase: offset[first], &cost, &shared, &back) }
        }

        // A step takes at least one block of the longer side; most take one of each.
        var steps: [Step] = []
        steps.reserveCapacity(max(n, m))
        var i = n, j = m
        while i > 0 || j > 0 {
            if !backRows.contains(i) { computeStretch(holding: i) }
            guard let here = cell(i, j), back[here - offset[backRows.lowerBound]] != BackPointers.none else {
                // Unreachable inside the band (not expected): leave the rest unpaired.
                steps += Array(repeating: Step(pivotCount: 1, otherCount: 0, deviate: 0), count: i)
                steps += Array(repeating: Step(pivotCount: 0, otherCount: 1, deviate: 0), count: j)
                break
            }
            let move = LengthAligner.moves[Int(back[here - offset[backRows.lowerBound]])]
            let pi = i - move.0, pj = j - move.1
            let d = model.deviate(pivotLength: Self.span(pivotPrefix, pi, i), otherLength: Self.span(otherPrefix, pj, j))
            steps.append(Step(pivotCount: move.0, otherCount: move.1, deviate: d))
            i = pi
            j = pj
        }
        // Reversed in place: a whole document's steps are not copied.
        steps.reverse()
        return steps
    }

    /// `0, v0, v0 + v1, …`: the `count + 1` sums of the first values of
    /// `values`, in an array made to its size, in 32 bits that wrap (half the
    /// memory of `Int` for a gap that is a whole document): `span` reads the
    /// sum of a run back exactly whenever it is below 2^32.
    private static func prefixSums(_ values: some Sequence<Int>, count: Int) -> [UInt32] {
        var sums: [UInt32] = [0]
        sums.reserveCapacity(count + 1)
        for value in values { sums.append(sums[sums.count - 1] &+ UInt32(truncatingIfNeeded: value)) }
        return sums
    }

    /// The sum of the values `from..<to` of a `prefixSums` array.
    private static func span(_ sums: [UInt32], _ from: Int, _ to: Int) -> Int { Int(sums[to] &- sums[from]) }

    /// Cost of one bead: the length model, a penalty for pairing different
    /// block families or merging anything but body text, and a reward for
    /// shared cognates (Dice coefficient over the bead's items).
    func beadCost(pivot: ArraySlice<Item>, other: ArraySlice<Item>, pivotLength: Int, otherLength: Int,
                  sharedCognates: Int, cognateCount: Int) -> Double {
        guard !pivot.isEmpty, !other.isEmpty else {
            return model.cost(pivotCount: pivot.count, otherCount: other.count, pivotLength: pivotLength, otherLength: otherLength)
        }
        let family = pivot.first!.family
        return pairedBeadCost(
            pivotCount: pivot.count, otherCount: other.count, pivotLength: pivotLength, otherLength: otherLength,
            sharedCognates: sharedCognates, cognateCount: cognateCount, family: family,
            uniform: pivot.allSatisfy { $0.family == family } && other.allSatisfy { $0.family == family },
            furnitureWithBody: pivot.contains(where: \.isFurniture) && other.contains(where: { $0.family == .body })
                || other.contains(where: \.isFurniture) && pivot.contains(where: { $0.family == .body }))
    }

    /// ``beadCost(pivot:other:pivotLength:otherLength:sharedCognates:cognateCount:)`` of a bead with blocks on
    /// both sides, from what it reads of them: the first pivot block's `family`, whether all blocks are of it
    /// (`uniform`), and whether page furniture on one side meets body text on the other.
    @inline(__always)
    private func pairedBeadCost(pivotCount: Int, otherCount: Int, pivotLength: Int, otherLength: Int, sharedCognates: Int,
                                cognateCount: Int, family: BlockClass, uniform: Bool, furnitureWithBody: Bool) -> Double {
        var c = model.cost(pivotCount: pivotCount, otherCount: otherCount, pivotLength: pivotLength, otherLength: otherLength)
        if !uniform { c += LengthModel.classMismatchPenalty }
        if (pivotCount > 1 || otherCount > 1) && family != .body { c += LengthModel.classMismatchPenalty }
        if cognateCount > 0 { c -= LengthModel.cognateWeight * min(1, 2 * Double(sharedCognates) / Double(cognateCount)) }
        // A page's job number or running header is no translation of a paragraph, however well their lengths fit
        // (a short Korean item beside "27-19844 (P)" at a Portuguese page break): the paragraph pairs with its
        // own counterpart and the furniture stays alone.
        if furnitureWithBody { c += LengthModel.furnitureWithBodyPenalty }
        return c
    }

    /// ``beadCost(pivot:other:pivotLength:otherLength:sharedCognates:cognateCount:)`` with totals computed here.
    func beadCost(pivot: ArraySlice<Item>, other: ArraySlice<Item>) -> Double {
        var shared = 0
        for a in pivot { for b in other { shared += CognateKeys.commonCount(a.cognates, b.cognates) } }
        return beadCost(pivot: pivot, other: other,
                        pivotLength: pivot.reduce(0) { $0 + $1.length }, otherLength: other.reduce(0) { $0 + $1.length },
                        sharedCognates: shared,
                        cognateCount: pivot.reduce(0) { $0 + $1.cognates.count } + other.reduce(0) { $0 + $1.cognates.count })
    }
}
