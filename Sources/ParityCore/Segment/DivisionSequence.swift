/// Decides which `DivisionLine` candidates are division headings: a
/// candidate is kept when its number continues the counter of its kind in
/// its scope — the first of a kind may have any number, later ones must be
/// the next number; under a newly opened part the chapters and sections may
/// restart at 1 or go on, and likewise sections under a new chapter. A kind with fewer than two
/// kept lines is no sequence and is dropped entirely.
///
/// Division lines that follow each other with no text between (a list of the
/// goals, a contents list of chapters) are left out first.
///
/// So `CHAPTER I`, `CHAPTER II`, `CHAPTER III` are headings, and so are
/// `PART I / Section 1 / Section 2 / PART II / Section 1` (I, I.A, I.B, II,
/// II.A); a lone
/// `Section 5` or a `Chapter 7` after `Chapter 2` is not.
enum DivisionSequence {
    /// A kept division line.
    struct Division: Sendable, Hashable {
        var match: DivisionLine.Match
        /// What its id is made of: `ch2`, `part2.sec1`, `g17`.
        var idPath: String
        /// Its heading label path, written as headings' paths are, so that
        /// language versions agree, by how deep it stands whatever the numbering
        /// printed: an outermost division in Roman numerals (`II`), a division
        /// under it by a capital letter (`II.A` for section 1 or chapter I of
        /// part II), one under that in digits (`II.A.1`); goals `g17`.
        var labelPath: String
        /// Its heading level: 1 outermost, 2 under another division, 3 under two.
        var level: Int

        init(match: DivisionLine.Match, idPath: String, labelPath: String, level: Int? = nil) {
            self.match = match
            self.idPath = idPath
            self.labelPath = labelPath
            self.level = level ?? match.kind.level
        }
    }

    /// The label of a division numbered `number` at `depth` (1 outermost):
    /// Roman numerals, then capital letters, then digits.
    static func nestedLabel(_ number: Int, depth: Int) -> String {
        switch depth {
        case ...1: return RomanNumeral.spelling(number)
        case 2: return Numerals.latinLetter(number)
        default: return String(number)
        }
    }

    /// The candidates with the divisions numbered by words read: a kind's
    /// lines numbered by a word (`DivisionLine.Match.numberWord`: `PART ONE`,
    /// `PART TWO`, `ЧАСТЬ ПЕРВАЯ`, `ЧАСТЬ ВТОРАЯ`), at least two, every word a
    /// different one, count 1, 2, 3 … in document order — the same caption
    /// word with a different word after it each time is a count whatever the
    /// language's number words; a word the tables read as 1 (`первая`) may
    /// only be the first. A line numbered by a word no series reads is left out.
    static func numberingWords(_ candidates: [(index: Int, match: DivisionLine.Match)]) -> [(index: Int, match: DivisionLine.Match)] {
        var result = candidates
        for kind in DivisionLine.Kind.allCases {
            let positions = candidates.indices.filter { candidates[$0].match.kind == kind && candidates[$0].match.numberWord != nil }
            guard positions.contains(where: { candidates[$0].match.number == 0 }) else { continue }
            let words = positions.map { candidates[$0].match.numberWord! }
            guard positions.count >= 2, Set(words).count == words.count,
                  !positions.dropFirst().contains(where: { candidates[$0].match.number != 0 }) else { continue }
            for (offset, position) in positions.enumerated() { result[position].match.number = offset + 1 }
        }
        return result.filter { $0.match.number > 0 }
    }

    /// The kept candidates, by unit index.
    static func kept(_ allCandidates: [(index: Int, match: DivisionLine.Match)]) -> [Int: Division] {
        let candidates = numberingWords(allCandidates)
        var last: [DivisionLine.Kind: Int] = [:]
        var seen: Set<DivisionLine.Kind> = []
        var openPath: [DivisionLine.Kind: String] = [:]
        var openLabelPath: [DivisionLine.Kind: String] = [:]
        var result: [Int: Division] = [:]
        var counts: [DivisionLine.Kind: Int] = [:]
        var carried: [DivisionLine.Kind: Int] = [:]
        let listed = listed(candidates)
        for (position, candidate) in candidates.enumerated() where !listed.contains(position) {
            let kind = candidate.match.kind
            let number = candidate.match.number
            if let previous = last[kind] {
                guard number == previous + 1 else { continue }
            } else if seen.contains(kind) {
                // After an enclosing division the count starts again at 1 or goes on.
                guard number == 1 || number == (carried[kind] ?? 0) + 1 else { continue }
            }
            last[kind] = number
            seen.insert(kind)
            counts[kind, default: 0] += 1
            // Inner divisions restart; their paths hang under this one.
            if kind != .goal {
                for inner in DivisionLine.Kind.allCases where inner > kind && inner != .goal {
                    if let value = last[inner] { carried[inner] = value }
                    last[inner] = nil
                    openPath[inner] = nil
                    openLabelPath[inner] = nil
                }
            }
            let outerKinds = DivisionLine.Kind.allCases.filter { $0 < kind && kind != .goal }
            let outer = outerKinds.compactMap { openPath[$0] }.last
            let path = (outer.map { $0 + "." } ?? "") + kind.pathPrefix + String(number)
            openPath[kind] = path
            let outerLabel = outerKinds.compactMap { openLabelPath[$0] }.last
            // A division nested in another is a level below it, whatever its word and numbering (`PART II` /
            // `Section 1` is II.A, as `TITRE II` / `CHAPITRE PREMIER` is); one under none is outermost, level 1,
            // in Roman numerals, whatever its word: a convention in sections (`Section 1` … `Section 3`) is
            // divided as one in chapters is (I, II, III).
            let depth = (outerLabel.map { $0.split(separator: ".").count } ?? 0) + 1
            let numeral: String
            var level: Int? = nil
            switch kind {
            case .goal: numeral = kind.pathPrefix + String(number)
            case .part, .chapter, .section:
                numeral = nestedLabel(number, depth: depth)
                level = min(depth, 3)
            }
            let labelPath = (outerLabel.map { $0 + "." } ?? "") + numeral
            openLabelPath[kind] = labelPath
            result[candidate.index] = Division(match: candidate.match, idPath: path, labelPath: labelPath, level: level)
        }
        return result.filter { counts[$0.value.match.kind, default: 0] >= 2 }
    }

    /// Fewest division lines of one kind, one right after the other, that make
    /// a list of divisions rather than headings.
    static let minimumListLength = 3

    /// Positions of candidates that stand in a list: `minimumListLength` or
    /// more lines of one kind in consecutive units, with no text between them
    /// ("Goal 1. End poverty" / "Goal 2. End hunger" / … as a resolution lists
    /// the goals before setting them out with their targets; a table of
    /// contents of chapters). They name divisions without opening them.
    static func listed(_ candidates: [(index: Int, match: DivisionLine.Match)]) -> Set<Int> {
        var listed = Set<Int>()
        var start = 0
        while start < candidates.count {
            var end = start
            while end + 1 < candidates.count, candidates[end + 1].index == candidates[end].index + 1,
                  candidates[end + 1].match.kind == candidates[start].match.kind { end += 1 }
            if end - start + 1 >= minimumListLength { listed.formUnion(start...end) }
            start = end + 1
        }
        return listed
    }
}
