/// Aligns the sentences of two language versions: dynamic programming over
/// beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 (Gale & Church 1993),
/// each bead scored by
///
/// - its prior (Gale & Church's: 1-1 0.89, 2-1 0.089, 2-2 0.011, 1-0 0.0099;
///   3-1 0.005),
/// - the length deviate: characters (non-white-space scalars) with the
///   target/source ratio estimated from the text itself and Gale & Church's
///   variance 6.8 per character,
/// - the anchors both sides share, as a weighted Dice coefficient: the first
///   four letters of words (cognates and names), numbers as the number model
///   reads them (`1,5` = `1.5`, `8 848` = `8848`), question and exclamation
///   marks, colons, quotations and brackets, and bilingual word-list entries.
///   A key weighs `ln(1 + N / df)` (rare keys count most); a key that occurs
///   on one side of the text only weighs half as much (it cannot match, but
///   an unrelated sentence merged into a bead lowers the bead's agreement).
///
/// It runs in two passes: the beads of the first give a lexicon bootstrapped
/// from the text (word pairs that co-occur in at least three beads with a
/// Dice coefficient of at least 0.5), whose entries are anchors of the second.
///
/// Linear in the number of sentences: inside a long group the search is
/// confined to a band of `bandHalfWidth` target sentences either side of a
/// path through hapax anchors (keys occurring once on each side, kept in
/// order by a longest increasing subsequence).
///
/// Each bead's confidence is, for a bead with sentences on both sides, the
/// mean of its length agreement `exp(−d²/8)` and its anchor agreement (the
/// Dice coefficient; the length agreement again when neither side has a key),
/// times 1 for 1-1, 0.9 for 2-1 and 1-2, 0.8 for larger beads; 0.5 for an
/// unaligned sentence.
public struct SentenceAligner: Sendable {
    /// The source's language (for the number model).
    public var sourceLanguage: Language?
    /// The target's language.
    public var targetLanguage: Language?
    /// A bilingual word list (source → target), if any.
    public var lexicon: BilingualLexicon?
    /// Whether the second pass with a lexicon bootstrapped from the text runs.
    public var bootstrapsLexicon: Bool
    /// Target sentences searched either side of the anchor path in long groups.
    public var bandHalfWidth: Int

    /// Weight of the anchor agreement against the length deviate.
    static let anchorWeight = 12.0
    /// Gale & Church's variance of the length difference per character.
    static let variance = 6.8
    static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3)]

    /// Creates an aligner.
    public init(sourceLanguage: Language? = nil, targetLanguage: Language? = nil, lexicon: BilingualLexicon? = nil,
                bootstrapsLexicon: Bool = true, bandHalfWidth: Int = 50) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.lexicon = lexicon
        self.bootstrapsLexicon = bootstrapsLexicon
        self.bandHalfWidth = max(bandHalfWidth, 4)
    }

    /// Aligns two whole texts given as sentences.
    public func align(source: [String], target: [String]) -> [SentenceBead] {
        align(groups: [SentenceGroup(source: source, target: target)])[0]
    }

    /// Aligns the sentences inside each group (a linked block pair); the
    /// length ratio, key weights and bootstrapped lexicon come from all groups
    /// together. Bead indexes are local to each group.
    public func align(groups: [SentenceGroup]) -> [[SentenceBead]] {
        var interner = KeyInterner()
        var source = SentenceSignals(groups.flatMap(\.source), language: sourceLanguage, interner: &interner)
        var target = SentenceSignals(groups.flatMap(\.target), language: targetLanguage, interner: &interner)
        if let lexicon, lexicon.count > 0 {
            Self.addLexiconKeys(lexicon.translations, source: &source, target: &target, interner: &interner)
        }
        var offsets: [(Int, Int)] = []
        var s = 0, t = 0
        for group in groups {
            offsets.append((s, t))
            s += group.source.count
            t += group.target.count
        }
        let totalSource = source.lengths.reduce(0, +), totalTarget = target.lengths.reduce(0, +)
        let ratio = totalSource > 0 && totalTarget > 0 ? min(max(Double(totalTarget) / Double(totalSource), 0.05), 20) : 1

        func pass() -> [[SentenceBead]] {
            let statistics = KeyStatistics(source: source.keys, target: target.keys, keyCount: interner.count)
            return zip(groups, offsets).map { group, offset in
                alignGroup(source: offset.0..<(offset.0 + group.source.count), target: offset.1..<(offset.1 + group.target.count),
                           signals: (source, target), statistics: statistics, ratio: ratio)
            }
        }
        let first = pass()
        guard bootstrapsLexicon else { return first }
        let learned = Self.bootstrapLexicon(first, offsets: offsets, source: source, target: target)
        guard !learned.isEmpty else { return first }
        Self.addLexiconKeys(learned, source: &source, target: &target, interner: &interner)
        return pass()
    }

    // MARK: - Lexicon

    /// Word pairs that co-occur in at least three beads of `beads` with a Dice
    /// coefficient of at least 0.5.
    static func bootstrapLexicon(_ beads: [[SentenceBead]], offsets: [(Int, Int)], source: SentenceSignals,
                                 target: SentenceSignals) -> [String: Set<String>] {
        var sourceIDs = KeyInterner(), targetIDs = KeyInterner()
        var sourceCount: [Int] = [], targetCount: [Int] = []
        var pairCount: [Int: Int] = [:]
        /// The ids of the words of `sentences` (`base` + local index), each new word counted from zero.
        func wordIDs(_ sentences: [Int], base: Int, _ words: [[String]], _ interner: inout KeyInterner, _ counts: inout [Int]) -> Set<Int> {
            var found = Set<Int>()
            for i in sentences {
                for word in words[base + i] {
                    let id = Int(interner.id(word))
                    if id == counts.count { counts.append(0) }
                    found.insert(id)
                }
            }
            return found
        }
        for (groupBeads, offset) in zip(beads, offsets) {
            for bead in groupBeads where !bead.source.isEmpty && !bead.target.isEmpty {
                let sWords = wordIDs(bead.source, base: offset.0, source.words, &sourceIDs, &sourceCount)
                let tWords = wordIDs(bead.target, base: offset.1, target.words, &targetIDs, &targetCount)
                for x in sWords { sourceCount[x] += 1 }
                for y in tWords { targetCount[y] += 1 }
                for x in sWords {
                    for y in tWords { pairCount[x << 32 | y, default: 0] += 1 }
                }
            }
        }
        var lexicon: [String: Set<String>] = [:]
        for (pair, count) in pairCount where count >= 3 {
            let x = pair >> 32, y = pair & 0xFFFF_FFFF
            if 2 * Double(count) / Double(sourceCount[x] + targetCount[y]) >= 0.5 {
                lexicon[sourceIDs.keys[x], default: []].insert(targetIDs.keys[y])
            }
        }
        return lexicon
    }

    /// Adds a key `l:y` to every source sentence with a word `x` translated
    /// as `y` and to every target sentence with the word `y`.
    static func addLexiconKeys(_ lexicon: [String: Set<String>], source: inout SentenceSignals, target: inout SentenceSignals,
                               interner: inout KeyInterner) {
        var targetKey: [String: Int32] = [:]
        // Sorted, so that key ids (and the order of every sum over keys) do not
        // depend on the process's hash seed.
        for y in Set(lexicon.values.flatMap { $0 }).sorted() { targetKey[y] = interner.id("l:" + y) }
        for i in source.keys.indices {
            var added: [Int32] = []
            for word in source.words[i] {
                if let translations = lexicon[word] { for y in translations { added.append(targetKey[y]!) } }
            }
            if !added.isEmpty { source.keys[i] = Array(Set(source.keys[i] + added)).sorted() }
        }
        for j in target.keys.indices {
            let added = target.words[j].compactMap { targetKey[$0] }
            if !added.isEmpty { target.keys[j] = Array(Set(target.keys[j] + added)).sorted() }
        }
    }

    // MARK: - Dynamic programming

    /// Aligns the sentences `source` (global indexes) with `target`; beads use local indexes.
    func alignGroup(source sRange: Range<Int>, target tRange: Range<Int>, signals: (SentenceSignals, SentenceSignals),
                    statistics: KeyStatistics, ratio: Double) -> [SentenceBead] {
        let n = sRange.count, m = tRange.count
        if n == 0 || m == 0 {
            return (0..<n).map { SentenceBead(source: [$0], target: [], confidence: 0.5) }
                + (0..<m).map { SentenceBead(source: [], target: [$0], confidence: 0.5) }
        }
        let (src, tgt) = signals
        var sPrefix = [0], tPrefix = [0]
        for i in sRange { sPrefix.append(sPrefix.last! + src.lengths[i]) }
        for j in tRange { tPrefix.append(tPrefix.last! + tgt.lengths[j]) }
        let band = SentenceBand(n: n, m: m, halfWidth: bandHalfWidth,
                                anchors: { statistics.hapaxPairs(source: src.keys[sRange], target: tgt.keys[tRange]) })

        var rowStart = [Int](repeating: 0, count: n + 2)
        for i in 0...n { rowStart[i + 1] = rowStart[i] + band.hi[i] - band.lo[i] + 1 }
        var cost = [Double](repeating: .infinity, count: rowStart[n + 1])
        var back = [UInt8](repeating: 255, count: rowStart[n + 1])
        func cell(_ i: Int, _ j: Int) -> Int? {
            guard i >= 0, j >= band.lo[i], j <= band.hi[i] else { return nil }
            return rowStart[i] + j - band.lo[i]
        }
        cost[cell(0, 0)!] = 0
        let priors = Self.shapes.map { Self.prior($0.0, $0.1) }
        for i in 0...n {
            for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                var best = Double.infinity
                var bestShape: UInt8 = 255
                for (index, shape) in Self.shapes.enumerated() {
                    let (a, b) = shape
                    guard a <= i, b <= j, let previous = cell(i - a, j - b), cost[previous] < .infinity else { continue }
                    var total = cost[previous] + priors[index]
                    if a > 0 && b > 0 {
                        let d = Self.deviate(sPrefix[i] - sPrefix[i - a], tPrefix[j] - tPrefix[j - b], ratio: ratio)
                        total += d * d / 2
                        // The anchors can lower the cost by `anchorWeight` at most.
                        if total - Self.anchorWeight >= best { continue }
                        let agreement = statistics.agreement(src.keys[(sRange.lowerBound + i - a)..<(sRange.lowerBound + i)],
                                                             tgt.keys[(tRange.lowerBound + j - b)..<(tRange.lowerBound + j)])
                        total -= Self.anchorWeight * agreement.dice
                    }
                    if total < best {
                        best = total
                        bestShape = UInt8(index)
                    }
                }
                let here = cell(i, j)!
                cost[here] = best
                back[here] = bestShape
            }
        }
        var beads: [SentenceBead] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let (a, b) = Self.shapes[Int(back[cell(i, j)!])]
            var confidence = 0.5
            if a > 0 && b > 0 {
                let d = Self.deviate(sPrefix[i] - sPrefix[i - a], tPrefix[j] - tPrefix[j - b], ratio: ratio)
                let agreement = statistics.agreement(src.keys[(sRange.lowerBound + i - a)..<(sRange.lowerBound + i)],
                                                     tgt.keys[(tRange.lowerBound + j - b)..<(tRange.lowerBound + j)])
                let lengthAgreement = ElementaryMath.exp(-d * d / 8)
                let anchorAgreement = agreement.hasEvidence ? agreement.dice : lengthAgreement
                let shape = a == 1 && b == 1 ? 1.0 : (a + b == 3 ? 0.9 : 0.8)
                confidence = shape * (lengthAgreement + anchorAgreement) / 2
            }
            beads.append(SentenceBead(source: Array((i - a)..<i), target: Array((j - b)..<j), confidence: confidence))
            i -= a
            j -= b
        }
        return beads.reversed()
    }

    /// −ln prior of a bead shape.
    static func prior(_ a: Int, _ b: Int) -> Double {
        switch (a, b) {
        case (1, 1): return 0.1165  // −ln 0.89
        case (2, 1), (1, 2): return 2.419  // −ln 0.089
        case (2, 2): return 4.510  // −ln 0.011
        case (1, 0), (0, 1): return 4.615  // −ln 0.0099
        default: return 5.298  // −ln 0.005
        }
    }

    /// Gale & Church's normal deviate of the target length from the expected one.
    static func deviate(_ sourceLength: Int, _ targetLength: Int, ratio: Double) -> Double {
        let s = Double(sourceLength), t = Double(targetLength)
        let mean = max((s + t / ratio) / 2, 1)
        return (t - ratio * s) / (mean * variance * ratio).squareRoot()
    }
}

/// The sentences of one linked block pair (or of two whole texts).
public struct SentenceGroup: Hashable, Sendable {
    /// Source sentences.
    public var source: [String]
    /// Target sentences.
    public var target: [String]

    /// Creates a group.
    public init(source: [String], target: [String]) {
        self.source = source
        self.target = target
    }
}
