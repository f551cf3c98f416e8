/// Per-cent words of a version that no table reads, learned within one
/// document pair from the percentages of the other version's linked
/// passages (issue 10), as month words are (``LearnedMonthWords``): Pali in
/// Sinhala script, `෪෦` and the language's word for per cent, against
/// Chinese `百分之四十`.
///
/// A word that follows a figure (``ExtractedNumber/wordAfterFigure``) is
/// evidence for per cent where the linked passage states that value as a
/// percentage and not as a plain figure, and the passage itself states no
/// percentage of that value; evidence against where the linked passage
/// states the value as a plain figure and not as a percentage. A word with
/// evidence for it and none against is the version's per-cent word
/// (``settle()``): every figure it follows is read as a percentage
/// (``applied(to:)``), so a percentage that differs there is a difference
/// of percentages, and one that agrees is none.
struct LearnedPercentWords {
    private var agree: [String: Int] = [:], disagree: [String: Int] = [:]
    private var learned: Set<String> = []

    /// Collects the evidence of `values` (one passage, as read) against `other` (the linked passage of the other version).
    mutating func collect(from values: [ExtractedNumber], against other: [ExtractedNumber]) {
        guard values.contains(where: { $0.wordAfterFigure != nil }), !other.isEmpty else { return }
        var percentages: Set<String> = [], figures: Set<String> = [], own: Set<String> = []
        for value in other {
            if value.kind == .percentage { percentages.insert(value.canonical) } else if value.kind.comparisonClass == "number" { figures.insert(value.canonical) }
        }
        for value in values where value.kind == .percentage { own.insert(value.canonical) }
        for value in values where value.kind == .number {
            guard let word = value.wordAfterFigure else { continue }
            if percentages.contains(value.canonical), !figures.contains(value.canonical), !own.contains(value.canonical) {
                agree[word, default: 0] += 1
            } else if figures.contains(value.canonical), !percentages.contains(value.canonical) {
                disagree[word, default: 0] += 1
            }
        }
    }

    /// Decides the per-cent words: the words with evidence for and none against.
    mutating func settle() {
        learned = Set(agree.keys.filter { disagree[$0] == nil })
    }

    /// `values` with every figure a learned per-cent word follows read as a percentage.
    func applied(to values: [ExtractedNumber]) -> [ExtractedNumber] {
        guard !learned.isEmpty, values.contains(where: { $0.wordAfterFigure.map(learned.contains) == true }) else { return values }
        return values.map { value in
            guard value.kind == .number, let word = value.wordAfterFigure, learned.contains(word) else { return value }
            var percentage = value
            percentage.kind = .percentage
            return percentage
        }
    }
}
