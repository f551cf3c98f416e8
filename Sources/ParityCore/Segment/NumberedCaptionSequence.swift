/// Decides which `NumberedCaption` lines are captions and of what kind, when
/// their word is one the language tables do not know.
///
/// Lines with the same word whose numbers run 1, 2, 3 … in document order
/// form a sequence (a line out of sequence is left out; fewer than two is no
/// sequence). The kind comes from what the sequence encloses:
///
/// - **goal**: each caption is followed by its first target, a decimal label
///   `n.1` whose head is the caption's number (`Lengo 1.` / `1.1 …`);
/// - **article**: the numbered paragraphs under the captions restart at 1
///   under each (`Madde 3` / `1.`, `2.` / `Madde 4` / `1.` …; the paragraphs
///   after an article the tables know are that article's, not the caption's
///   above it: `Бүлек 1` / `Статья 1` / `1.` `2.` is no article `Бүлек 1`), at least two of
///   them have paragraphs, and no numbered paragraph of the document stands
///   before the first caption unless an annex caption does (a treaty's
///   articles hold its paragraphs; an annexed convention follows its annex
///   caption; a caption of another sequence, `1. chapitel: …` over `Art. 1 …`,
///   is no paragraph); or, where few articles number their paragraphs, the
///   captions follow the words of agreement (a line ending with a colon right
///   above the first, over title lines only), each is followed by its text (a
///   unit that ends a sentence) or by paragraphs restarting at 1, and no
///   numbered paragraph stands before (`Članak 1.` / title / text, `1 straipsnis`);
/// - **chapter**: articles stand under at least two of the captions (`제1장`
///   over `제1조`, `제2조`); two sequences of which one holds the other,
///   each caption of the outer at least one of the inner, whose count goes on
///   across them (`CAPÍTULU I` / `Artículu 1`, `2` / `CAPÍTULU II` / `Artículu 3`),
///   the outer numbered in Roman numerals or each of its captions followed
///   right away by one of the inner (`1. chapitel: …` / `Art. 1 …`), with no numbered paragraph before,
///   are chapters over articles, even where
///   no article numbers its paragraphs;
/// - **annex**: the body's paragraphs stand before the first caption and their
///   count does not go on after it (`1.`–`3.` / `Додаток I` / `1. Охоплення`);
///   or the captions restart their paragraphs at 1 as articles do, but the
///   first stands after the close of a letter's or note's body (`… highest
///   consideration.` / `WORD I` / title / `1.`–`3.` / `WORD II` / `1.` `2.`);
///   or every caption goes on in lower case, linked to the document it is
///   annexed to (`Załącznik I do listu z dnia …`, `Anexa II la scrisoarea …`;
///   decided before articles: a letter's annexes restart their paragraphs as
///   articles do). No annex caption the tables know stands before (annexes
///   do not nest).
///
/// - **section**: a sequence decided as none of these or as annexes whose
///   captions all stand under the chapters (read by nesting, or parts and
///   chapters the tables know), each followed by an article
///   that goes on the count of the articles before it (`CZĘŚĆ II` /
///   `Sekcja 1` / `Artykuł 3` … `Sekcja 2` / `Artykuł 5`): a division of a
///   chapter, not an annex (an annexed text starts its articles again at 1).
///
/// A sequence that is none of these (figure or table captions between the
/// paragraphs of a report: the count goes on) is left as text. A sequence
/// numbered by number words (`परिशिष्ट एक`, `परिशिष्ट दो`) may only be an annex.
enum NumberedCaptionSequence {
    enum Kind: Sendable, Hashable { case article, chapter, section, goal, annex }

    /// A kept caption.
    struct Caption: Sendable, Hashable {
        var kind: Kind
        var match: NumberedCaption.Match
        /// The caption's own label as written in paths, a number by its value
        /// in Roman numerals whatever its digits (`Liite 2` → `II`), a letter as a letter (`B`).
        var label: String {
            switch match.style {
            case .roman, .ordinal, .digits, .word, .firstWord: return RomanNumeral.spelling(match.number)
            case .letter: return Numerals.latinLetter(match.number)
            }
        }
    }

    /// What the sequences are read against.
    struct Context {
        /// Number of units in the document.
        var unitCount: Int
        /// The paragraph number unit `i` starts with (`NumberedCaption.leadingNumber`).
        var number: (Int) -> Int?
        /// The number in parentheses unit `i` starts with (`(2) …`, the paragraphs of
        /// an article as Hungarian and German number them), read under a caption
        /// where no paragraph has a plain number.
        var parenthesizedNumber: (Int) -> Int? = { _ in nil }
        /// Whether unit `i` starts with the first decimal label under `head` (`head.1`).
        var opensDecimal: (_ index: Int, _ head: Int) -> Bool
        /// Whether the text after the caption at unit `i` starts in lower case.
        var restStartsInLowerCase: (Int) -> Bool
        /// Units that are articles the tables know.
        var knownArticles: Set<Int>
        /// The numbers of the articles the tables know, by unit.
        var knownArticleNumbers: [Int: Int] = [:]
        /// Units that are parts or chapters the tables know (`DivisionSequence`).
        var knownDivisions: Set<Int> = []
        /// Units that are annex captions the tables know, in order.
        var knownAnnexes: [Int]
        /// Whether unit `i` ends a sentence (`ScalarText.endsSentence`): an article's text, not a title line.
        var endsSentence: (Int) -> Bool = { _ in false }
        /// Whether unit `i` ends with a colon: the words of agreement before a treaty's first article.
        var endsWithColon: (Int) -> Bool = { _ in false }
        /// Whether the caption at unit `i` follows the close of a letter's or note's body (its last sentence above,
        /// short lines between at most: a signature, footnotes), the body under a dated title: what the letter
        /// carries after it is annexed to it.
        var followsClose: (Int) -> Bool = { _ in false }
    }

    /// The sequences among `candidates`: lines of one word numbered 1, 2, 3 … in order.
    /// Where `opensScope(index)` says a caption numbered 1 at `index` follows the
    /// caption of a new scope (an annex caption, or a line of one word, just
    /// above it), the count may start again there once it has run to 2 or more:
    /// a protocol of articles 1–3 annexed after article 6 goes on the sequence.
    static func sequences(_ candidates: [(index: Int, match: NumberedCaption.Match)],
                          opensScope: (Int) -> Bool = { _ in false }) -> [[(index: Int, match: NumberedCaption.Match)]] {
        var groups: [String: [(index: Int, match: NumberedCaption.Match)]] = [:]
        var order: [String] = []
        for candidate in candidates {
            if groups[candidate.match.key] == nil { order.append(candidate.match.key) }
            groups[candidate.match.key, default: []].append(candidate)
        }
        var sequences: [[(index: Int, match: NumberedCaption.Match)]] = []
        for key in order {
            var expected = 1
            var members: [(index: Int, match: NumberedCaption.Match)] = []
            let group = groups[key]!
            if let counted = wordCount(group) {
                sequences.append(counted)
                continue
            }
            for (position, candidate) in group.enumerated() {
                if candidate.match.number == 1, expected > 2, opensScope(candidate.index) {
                    expected = 1
                }
                guard candidate.match.number == expected else { continue }
                // A word in the number's place (`Ibara ya Kwanza`) is 1 only right before caption 2 of its name.
                if candidate.match.style == .firstWord {
                    guard position + 1 < group.count, group[position + 1].match.number == 2,
                          group[position + 1].match.style != .firstWord else { continue }
                }
                members.append(candidate)
                expected += 1
            }
            if members.count >= 2 { sequences.append(members) }
        }
        return sequences
    }

    /// A caption name whose every caption is numbered by a word no table reads
    /// (`TÍTULO PRIMERO`, `TÍTULO SEGUNDO`; `AYRN YN CHIED`, `AYRN YN NAH`;
    /// `BAGIAN KESATU`, `BAGIAN KEDUA`): at least two captions, each with a
    /// different word, are counted 1, 2, 3 … in document order — the repeated
    /// name and the changing word are the count, whatever the language's
    /// ordinals (`Style.firstWord` read one such word as 1 only before a
    /// caption 2). The word is written as the name is (`numberWordAgrees`: in
    /// capitals after a name in capitals, capitalized after a capitalized one):
    /// "Constructed objective", "Constructed training" are titles. What they
    /// enclose still decides their kind (`kept`): parts or chapters, never articles.
    static func wordCount(_ group: [(index: Int, match: NumberedCaption.Match)]) -> [(index: Int, match: NumberedCaption.Match)]? {
        guard group.count >= 2, group.allSatisfy({ $0.match.style == .firstWord && $0.match.numberWord != nil && $0.match.numberWordAgrees })
        else { return nil }
        let words = group.map { $0.match.numberWord! }
        guard Set(words).count == words.count else { return nil }
        return group.enumerated().map { offset, member in
            var match = member.match
            match.number = offset + 1
            return (member.index, match)
        }
    }

    /// The kept captions of `sequences` by unit index.
    static func kept(_ sequences: [[(index: Int, match: NumberedCaption.Match)]], _ context: Context) -> [Int: Caption] {
        let starts = Set(sequences.flatMap { $0.map(\.index) })

        var result: [Int: Caption] = [:]
        var articles = context.knownArticles
        var undecided: [[(index: Int, match: NumberedCaption.Match)]] = []
        for members in sequences {
            // A count in words (`wordCount`) divides a text into parts or chapters over articles (read by nesting
            // below), or annexes: article titles under their article lines ("Constructed objective",
            // "Constructed training") may repeat a first word and are no articles of their own.
            let countedInWords = members.count >= 2 && members[1].match.style == .firstWord
            guard let kind = kind(members, starts: starts, context), !(countedInWords && (kind == .article || kind == .goal)) else {
                // Titles ending with a full stop may be one-line paragraphs: no chapters read by nesting.
                if !members.contains(where: { $0.match.titleEndsSentence }) { undecided.append(members) }
                continue
            }
            for member in members { result[member.index] = Caption(kind: kind, match: member.match) }
            if kind == .article { articles.formUnion(members.map(\.index)) }
        }
        // Captions nested in another sequence's captions, their count going on across them (`CAPÍTULU I` /
        // `Artículu 1`, `Artículu 2` / `CAPÍTULU II` / `Artículu 3` …), are articles under chapters even
        // where no article numbers its paragraphs.
        var nested: Set<Int> = []
        for (outerPosition, outer) in undecided.enumerated() {
            let roman = outer.allSatisfy { $0.match.style == .roman }
            for (innerPosition, inner) in undecided.enumerated() where innerPosition != outerPosition && !nested.contains(innerPosition)
                && !nested.contains(outerPosition) && !inner.contains(where: { $0.match.style == .word }) {
                // The chapters are numbered in Roman numerals, or each is followed right away by one of the
                // inner captions (`1. chapitel: …` / `Art. 1 …`): tables and figures interleaved in a report are neither.
                guard roman || opensEach(outer, inner) else { continue }
                guard holdsEach(outer, inner, context), numberedParagraphBefore(inner[0].index, context, skipping: starts) == nil,
                      !context.knownAnnexes.contains(where: { $0 < inner[0].index }) else { continue }
                nested.insert(innerPosition)
                for member in inner { result[member.index] = Caption(kind: .article, match: member.match) }
                articles.formUnion(inner.map(\.index))
            }
        }
        undecided = undecided.enumerated().filter { !nested.contains($0.offset) }.map(\.element)
        // Chapters hold articles: decided once the articles are known.
        for members in undecided {
            var holding = 0
            for (position, member) in members.enumerated() {
                let end = position + 1 < members.count ? members[position + 1].index : context.unitCount
                if articles.contains(where: { $0 > member.index && $0 < end }) { holding += 1 }
            }
            guard holding >= 2, !members.contains(where: { $0.match.style == .word }) else { continue }
            for member in members { result[member.index] = Caption(kind: .chapter, match: member.match) }
        }
        for members in sequences where isSectionSequence(members, result, context) {
            for member in members { result[member.index] = Caption(kind: .section, match: member.match) }
        }
        return result
    }

    /// Whether `members` (not yet articles, chapters or goals) divide the chapters of
    /// `result`: each member stands after a chapter caption, and the first article
    /// after it, before the next caption of the sequence or chapter, goes on the
    /// count of the articles before it (1 when none stands before).
    private static func isSectionSequence(_ members: [(index: Int, match: NumberedCaption.Match)], _ result: [Int: Caption],
                                          _ context: Context) -> Bool {
        guard !members.contains(where: { $0.match.style == .word }),
              members.allSatisfy({ result[$0.index] == nil || result[$0.index]?.kind == .annex }) else { return false }
        let chapters = Set(result.filter { $0.value.kind == .chapter }.keys).union(context.knownDivisions).sorted()
        guard chapters.count >= 2 else { return false }
        var articleNumbers = context.knownArticleNumbers
        for (index, caption) in result where caption.kind == .article { articleNumbers[index] = caption.match.number }
        let articles = articleNumbers.keys.sorted()
        let boundaries = Set(chapters).union(members.map(\.index))
        for member in members {
            guard chapters.contains(where: { $0 < member.index }) else { return false }
            let end = boundaries.filter { $0 > member.index }.min() ?? context.unitCount
            guard let next = articles.first(where: { $0 > member.index }), next < end else { return false }
            let expected = articles.last(where: { $0 < member.index }).map { articleNumbers[$0]! + 1 } ?? 1
            guard articleNumbers[next] == expected else { return false }
        }
        return true
    }

    /// Whether each caption of `outer` holds at least one caption of `inner`,
    /// the first of `inner` coming after the first of `outer`, and `inner` has
    /// more captions than `outer` (its count goes on across them).
    static func holdsEach(_ outer: [(index: Int, match: NumberedCaption.Match)], _ inner: [(index: Int, match: NumberedCaption.Match)],
                          _ context: Context) -> Bool {
        guard outer.count >= 2, inner.count > outer.count, inner[0].index > outer[0].index else { return false }
        var cursor = 0
        for (position, member) in outer.enumerated() {
            let end = position + 1 < outer.count ? outer[position + 1].index : context.unitCount
            while cursor < inner.count, inner[cursor].index < member.index { cursor += 1 }
            guard cursor < inner.count, inner[cursor].index < end else { return false }
        }
        return true
    }

    /// Whether each caption of `outer` is followed right away (the next unit) by a caption of `inner`.
    static func opensEach(_ outer: [(index: Int, match: NumberedCaption.Match)], _ inner: [(index: Int, match: NumberedCaption.Match)]) -> Bool {
        let innerIndices = Set(inner.map(\.index))
        return outer.allSatisfy { innerIndices.contains($0.index + 1) }
    }

    /// The number of the last numbered paragraph before unit `index`, if any;
    /// the units of `skipping` (captions) are none.
    private static func numberedParagraphBefore(_ index: Int, _ context: Context, skipping: Set<Int> = []) -> Int? {
        for candidate in stride(from: index - 1, through: 0, by: -1) where !skipping.contains(candidate) {
            if let number = context.number(candidate) { return number }
        }
        return nil
    }

    /// The kind of one sequence, or `nil` when it is no goal, article or annex.
    private static func kind(_ members: [(index: Int, match: NumberedCaption.Match)], starts: Set<Int>, _ context: Context) -> Kind? {
        let first = members[0].index
        // The numbered paragraphs under each caption, up to the next caption of any sequence.
        func numberedRuns(_ number: (Int) -> Int?) -> [[Int]] {
            var runs: [[Int]] = []
            for (position, member) in members.enumerated() {
                var end = position + 1 < members.count ? members[position + 1].index : context.unitCount
                if let annex = context.knownAnnexes.first(where: { $0 > member.index }), annex < end { end = annex }
                var run: [Int] = []
                var index = member.index + 1
                // An article the tables know (`Статья 1` under `Бүлек 1`) holds the paragraphs after it: they
                // are its own, not the caption's above it.
                while index < end, !starts.contains(index), !context.knownArticles.contains(index) {
                    if let number = number(index) {
                        // Where the count starts again something else opened a scope (an annex listing
                        // its items after the last article): the caption's paragraphs end there.
                        if let last = run.last, number <= last { break }
                        run.append(number)
                    }
                    index += 1
                }
                runs.append(run)
            }
            return runs
        }
        // Each caption's paragraphs are numbered `1.` or, when none is, `(1)`.
        let runs = zip(numberedRuns(context.number), numberedRuns(context.parenthesizedNumber)).map { $0.isEmpty ? $1 : $0 }
        // Captions numbered by number words (`परिशिष्ट एक`) are read as annexes only: "Deel een", "Deel twee"
        // over restarting paragraphs are parts of a text, no articles.
        let byWords = members.contains { $0.match.style == .word }
        if !byWords, members.allSatisfy({ context.opensDecimal($0.index + 1, $0.match.number) }) { return .goal }

        // The captions of the other sequences are no paragraphs of the body (`1. chapitel: …` before `Art. 1`).
        let before = numberedParagraphBefore(first, context, skipping: starts)
        let annexBefore = context.knownAnnexes.contains { $0 < first }
        let filled = runs.filter { !$0.isEmpty }
        let restarting = filled.count >= 2 && filled.allSatisfy(restartsAtOne)
        // Captions that all go on in lower case are linked to the document they are annexed to
        // (`Anexa I la scrisoarea …`, `Załącznik I do listu …`): annexes, even when each restarts a
        // count as articles do (a letter's annexes I and II, each with its paragraphs 1, 2, 3).
        let linked = members.allSatisfy { $0.match.hasRest && context.restStartsInLowerCase($0.index) }
        // A caption whose title ends with a full stop (`Neni 1. Qëllimi.`) reads as a one-line paragraph
        // too: only paragraphs restarting under each make the sequence articles.
        let sentenceTitles = members.contains { $0.match.titleEndsSentence }
        if linked, !annexBefore, !sentenceTitles { return .annex }
        if restarting, !byWords, before == nil || annexBefore {
            // After a letter's or note's close, captions that restart their paragraphs at 1 are its annexes
            // (`… highest consideration.` / `WORD I` / title / `1.`–`3.` / `WORD II` / title / `1.` `2.`): a letter
            // holds no articles of its own, and a treaty's first article follows its words of agreement.
            if before == nil, !annexBefore, context.followsClose(first) { return .annex }
            return .article
        }
        // Articles of text: a treaty's captions after its words of agreement, each followed by its text or by
        // paragraphs restarting at 1 (`Članak 1.` / title / text, `1 straipsnis` / text, `Članak 3.` / `1.`, `2.`).
        if !byWords, !sentenceTitles, before == nil, !annexBefore, filled.allSatisfy(restartsAtOne),
           holdsTextEach(members, starts: starts, context), followsWordsOfAgreement(first, starts: starts, context) {
            return .article
        }
        guard !sentenceTitles else { return nil }
        guard !annexBefore else { return nil }
        if let before, runs[0].first != before + 1 { return .annex }
        return nil
    }

    /// Whether each caption of `members` is followed, before the next caption of any
    /// sequence (`starts`) or a known annex, by a unit that ends a sentence or is numbered:
    /// an article's text or paragraphs, not only a title line (a chapter's title, then its first article).
    static func holdsTextEach(_ members: [(index: Int, match: NumberedCaption.Match)], starts: Set<Int>, _ context: Context) -> Bool {
        for (position, member) in members.enumerated() {
            var end = position + 1 < members.count ? members[position + 1].index : context.unitCount
            if let annex = context.knownAnnexes.first(where: { $0 > member.index }), annex < end { end = annex }
            var index = member.index + 1
            var holds = false
            while index < end, !starts.contains(index), !context.knownArticles.contains(index) {
                if context.endsSentence(index) || context.number(index) != nil || context.parenthesizedNumber(index) != nil {
                    holds = true
                    break
                }
                index += 1
            }
            guard holds else { return false }
        }
        return true
    }

    /// Most units looked at above a treaty's first article for its words of agreement:
    /// a chapter's caption and title, the article's own title.
    static let agreementSearchLimit = 4

    /// Whether the words of agreement ("Have agreed as follows:", "sporazumjele su se kako slijedi:",
    /// "susitarė:") stand above the caption at `first`: going up over units that end no sentence (a
    /// chapter's caption or title line, captions of other sequences), at most `agreementSearchLimit`,
    /// the first that ends one, or ends with a colon, ends with a colon.
    static func followsWordsOfAgreement(_ first: Int, starts: Set<Int>, _ context: Context) -> Bool {
        var index = first - 1
        while index >= 0, first - index <= agreementSearchLimit {
            if context.endsWithColon(index) { return true }
            if !starts.contains(index), context.endsSentence(index) || context.number(index) != nil { return false }
            index -= 1
        }
        return false
    }

    /// Largest step between two paragraph numbers of one article: a paragraph
    /// one version leaves out (`1`, `2`, `4`) is a difference to report, not a
    /// reason to lose the articles.
    static let maximumStep = 3

    /// `1 2 3`, and `1 2 4` (a paragraph left out): the count starts at 1 and goes up by small steps.
    static func restartsAtOne(_ run: [Int]) -> Bool {
        guard run.first == 1 else { return false }
        return zip(run, run.dropFirst()).allSatisfy { $1 > $0 && $1 - $0 <= maximumStep }
    }
}
