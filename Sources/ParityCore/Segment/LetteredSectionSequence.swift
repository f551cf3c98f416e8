/// Decides which `LetteredSectionCaption` lines are lettered sections of
/// the document's numbered chapters: lines with the same caption word whose
/// letters run A, B, C … in their script (`SectionLetter`) make a run; a run
/// that stands under a numbered chapter (or part), with no chapter heading
/// between its lines, is that chapter's sections, a level below it
/// (`CHAPTER II` / `Section A.` is `II.A`). The letters are written in Latin
/// capitals in paths whatever the script (`Раздел Б.`, `الفرع باء -`, `B节`
/// are all `B`).
///
/// The evidence is the restart, not the word: the caption word's runs must
/// start again at the first letter under two chapters or more, one run a
/// chapter (`Section A`, `Section B` / `CHAPTER II` / `Section A` …). A
/// single run is enough only when the word is one the tables know for
/// sections (`Sección`, `Раздел`, `الفرع`) and the run has two lines or
/// more. Lines of the word out of any run, or outside any chapter, are left
/// as they are: `Appendix A`, `Appendix B` after the last chapter make one
/// run, and no restart.
enum LetteredSectionSequence {
    /// A run: the units of one caption word whose letters follow one another, in order.
    typealias Run = [(index: Int, match: LetteredSectionCaption.Match)]

    /// The runs among `candidates` (in document order), by caption word in
    /// order of first use: a letter that is the first of its alphabet starts
    /// a run; one that follows the last letter of the open run goes on with
    /// it; any other leaves the open run and belongs to none.
    static func runs(_ candidates: [(index: Int, match: LetteredSectionCaption.Match)]) -> [String: [Run]] {
        var result: [String: [Run]] = [:]
        for candidate in candidates {
            var runs = result[candidate.match.key, default: []]
            if candidate.match.letter.isFirst {
                runs.append([candidate])
            } else if let last = runs.last?.last, candidate.match.letter.follows(last.match.letter) {
                runs[runs.count - 1].append(candidate)
            } else {
                // Out of sequence: the open run ends here.
                runs.append([])
            }
            result[candidate.match.key] = runs
        }
        return result.mapValues { $0.filter { !$0.isEmpty } }
    }

    /// Units of caption words whose runs start again (two runs or more), or of a section word the tables know
    /// (`tableWords`): lines no other caption reading (`NumberedCaptionSequence`) should count as chapters,
    /// articles or annexes, since their letters restart or their word names sections.
    static func sectionUnits(_ candidates: [(index: Int, match: LetteredSectionCaption.Match)], tableWords: Set<String>) -> Set<Int> {
        var units = Set<Int>()
        for (key, runs) in runs(candidates) where runs.count >= 2 || tableWords.contains(key) {
            for run in runs { units.formUnion(run.map(\.index)) }
        }
        return units
    }

    /// The kept sections, by unit index, given the chapters and parts already
    /// read (`chapters`: division headings by unit index). `tableWords` are the
    /// section words the tables know, lower-cased.
    static func kept(_ candidates: [(index: Int, match: LetteredSectionCaption.Match)],
                     chapters: [Int: DivisionSequence.Division],
                     tableWords: Set<String>) -> [Int: DivisionSequence.Division] {
        let outer = chapters.filter { $0.value.match.kind == .chapter || $0.value.match.kind == .part }.keys.sorted()
        guard !outer.isEmpty else { return [:] }
        /// The chapter a unit stands under: the last chapter or part heading before it.
        func chapter(of index: Int) -> Int? { outer.last { $0 < index } }
        var result: [Int: DivisionSequence.Division] = [:]
        for (key, runs) in runs(candidates) {
            // Each run under one chapter, no two under the same one.
            var held: [(chapter: Int, run: Run)] = []
            for run in runs {
                guard let first = chapter(of: run[0].index), chapter(of: run[run.count - 1].index) == first,
                      !held.contains(where: { $0.chapter == first }) else { continue }
                held.append((first, run))
            }
            let restarts = held.count >= 2
            let known = held.count == 1 && held[0].run.count >= 2 && tableWords.contains(key)
            guard restarts || known else { continue }
            for (chapterIndex, run) in held {
                let outerDivision = chapters[chapterIndex]!
                let depth = outerDivision.labelPath.split(separator: ".").count + 1
                for (offset, member) in run.enumerated() {
                    let number = offset + 1
                    result[member.index] = DivisionSequence.Division(
                        match: DivisionLine.Match(kind: .section, number: number, labelLength: member.match.labelLength),
                        idPath: outerDivision.idPath + "." + DivisionLine.Kind.section.pathPrefix + String(number),
                        labelPath: outerDivision.labelPath + "." + DivisionSequence.nestedLabel(number, depth: depth),
                        level: min(depth, 3))
                }
            }
        }
        return result
    }
}
