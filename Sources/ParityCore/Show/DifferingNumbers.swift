/// Marks the figures, percentages, dates and document symbols of one aligned
/// row that do not occur as often in every other version, so a reviser sees
/// `1948` against `1949`.
///
/// Values come from the parity checker's ``NumberExtractor`` and are
/// compared as the checker compares them (``ExtractedNumber/comparisonKey``),
/// so `20%` and `20 por ciento`, `12 July 2006` and `12 de julio de 2006`,
/// `Article 3` and `第三条` count as the same value, and a figure another
/// version writes in words (`Article 1`, `Article premier`) is not marked.
/// As in the checker's severities, a figure below the small-figure limit, a
/// time, or a figure that is the 12-hour reading of another version's time
/// (`10` against `22h00`) is never marked.
public enum DifferingNumbers {
    /// Whether `key` is a whole figure (`number:10`) that is the 12-hour
    /// reading of a time another version states (`time:22:00`): the checker
    /// takes it as a time there (``NumberComparison``), and a time is not marked.
    static func isTwelveHourReading(_ key: String, ofATimeIn otherCounts: [String: Int]) -> Bool {
        guard key.hasPrefix("number:"), let hours = Int(key.dropFirst(7)), (1...12).contains(hours) else { return false }
        return otherCounts.keys.contains { $0.hasPrefix("time:") && NumberComparison.isTwelveHourReading("\(hours):00", of: String($0.dropFirst(5))) }
    }

    /// For each version and each of its blocks, the scalar ranges of the
    /// values to mark. A value is marked in a version when that version has
    /// it more often than some other version with text in the row; versions
    /// with no blocks in the row are ignored.
    /// - Parameters:
    ///   - texts: the block texts of each version.
    ///   - languages: each version's language (it decides the decimal mark).
    public static func marks(in texts: [[String]], languages: [Language?]) -> [[[Range<Int>]]] {
        var months = MonthMemory(pivot: 0)
        return marks(in: texts, languages: languages, months: &months)
    }

    /// The month words no table reads that each version has learned from the
    /// rows before (``LearnedMonthWords``), as the checker learns them while
    /// it goes through the linked passages in order: each version learns
    /// from the pivot's dates, the pivot from the first other version with
    /// text in the row; and so too its per-cent words (``LearnedPercentWords``:
    /// Pali `෪෦ පතිසතං` against `40 per cent`). Carried from row to row in
    /// reading order (``marks(in:languages:months:)``, ``learn(from:languages:months:)``).
    public struct MonthMemory: Sendable {
        /// The version the others learn from.
        public let pivot: Int
        var learned: [Int: LearnedMonthWords] = [:]
        var percents: [Int: LearnedPercentWords] = [:]

        /// A memory with nothing learned, for versions compared with `pivot`.
        public init(pivot: Int) { self.pivot = pivot }

        /// The version whose dates `version` learns from in a row with text in `texts`.
        func reference(of version: Int, _ texts: [[String]]) -> Int? {
            if version != pivot, pivot < texts.count, !texts[pivot].isEmpty { return pivot }
            return texts.indices.first { $0 != version && !texts[$0].isEmpty }
        }

        /// `values` (each version's blocks) with the learned month words applied, as the checker applies them
        /// (``LearnedMonthWords/applied(to:against:)``); then learns from them.
        mutating func apply(_ values: [[[ExtractedNumber]]], _ texts: [[String]]) -> [[[ExtractedNumber]]] {
            var result = values
            for version in values.indices where !texts[version].isEmpty {
                guard let reference = reference(of: version, texts) else { continue }
                if let months = learned[version] {
                    let against = Array(values[reference].joined())
                    result[version] = values[version].map { months.applied(to: $0, against: against) }
                }
                if let words = percents[version] { result[version] = result[version].map { words.applied(to: $0) } }
            }
            // The evidence is the row as read (``LearnedMonthWords/collect(from:against:)``,
            // ``LearnedPercentWords/collect(from:against:)``).
            for version in values.indices where !texts[version].isEmpty {
                guard let reference = reference(of: version, texts) else { continue }
                let own = Array(values[version].joined())
                if own.contains(where: { $0.wordAfterFigure != nil }) {
                    percents[version, default: LearnedPercentWords()].collect(from: own, against: Array(result[reference].joined()))
                    percents[version]?.settle()
                }
                guard own.contains(where: { $0.unreadMonthWord != nil }) else { continue }
                learned[version, default: LearnedMonthWords()].learn(from: own, against: Array(result[reference].joined()))
            }
            return result
        }
    }

    /// Goes through a row that is not shown, learning its month words (``MonthMemory``).
    public static func learn(from texts: [[String]], languages: [Language?], months: inout MonthMemory) {
        // Only a row that writes a figure may teach or unlearn a month.
        guard texts.contains(where: { $0.contains(where: NumberExtractor.containsDigit) }) else { return }
        let extractors = texts.indices.map { NumberExtractor(language: $0 < languages.count ? languages[$0] : nil) }
        _ = months.apply(texts.indices.map { version in texts[version].map { extractors[version].extract($0) } }, texts)
    }

    /// ``marks(in:languages:)`` with the month words learned from the rows
    /// before (`months`), which this row's dates then teach further: a date
    /// written with a learned month word that is the other version's date is
    /// not marked; one of another month is, as the checker reports it.
    public static func marks(in texts: [[String]], languages: [Language?], months: inout MonthMemory) -> [[[Range<Int>]]] {
        let extractors = texts.indices.map { NumberExtractor(language: $0 < languages.count ? languages[$0] : nil) }
        let values: [[[ExtractedNumber]]] = months.apply(texts.indices.map { version in texts[version].map { extractors[version].extract($0) } }, texts)
        let comparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)
        // Numbers in words, as the checker reads them: every one accounts for a figure or word of
        // another version; cardinals and ordinals of ten or more (`seventeenth`) are values of their own.
        let words: [[[SpelledNumber]]] = texts.indices.map { version in
            zip(texts[version], values[version]).map { text, blockValues in
                extractors[version].spelledNumbers(text).filter { word in !blockValues.contains { $0.scalarRange.overlaps(word.scalarRange) } }
            }
        }
        func isClearWord(_ word: SpelledNumber) -> Bool { word.isClear(smallFigureLimit: comparison.smallFigureLimit) }
        let counts: [[String: Int]?] = values.indices.map { version in
            guard !texts[version].isEmpty else { return nil }
            var count: [String: Int] = [:]
            for block in values[version] { for value in block { count[value.comparisonKey, default: 0] += 1 } }
            for block in words[version] { for word in block where isClearWord(word) { count["number:\(word.value)", default: 0] += 1 } }
            return count
        }
        // Only values whose difference the checker reports as an error or a
        // warning are marked: a small figure or a time in one version only is not.
        var clearKeys = Set<String>()
        for version in values { for block in version { for value in block where comparison.isClear(value) { clearKeys.insert(value.comparisonKey) } } }
        for version in words { for block in version { for word in block where isClearWord(word) { clearKeys.insert("number:\(word.value)") } } }
        // What each version's words account for: a word's value and the value of each of its parts
        // (`twenty-one`: 21, 20, 1), beyond the words counted above as values of their own.
        let wordCounts: [[String: Int]] = words.map { version in
            var count: [String: Int] = [:]
            for block in version {
                for word in block {
                    if !isClearWord(word) { count["number:\(word.value)", default: 0] += 1 }
                    if word.parts.count > 1 { for part in word.parts { count["number:\(part)", default: 0] += 1 } }
                }
            }
            return count
        }
        let differing: [Set<String>] = values.indices.map { version in
            guard let own = counts[version] else { return [] }
            // Values the checker cancels against each other version as a figure grouped by spaces and its split reading.
            let splitMatches: [[String: Int]] = counts.indices.map { other in
                guard other != version, let otherCounts = counts[other] else { return [:] }
                return splitReadingMatches(values[version], values[other], own, otherCounts)
            }
            var keys = Set<String>()
            for (key, count) in own where clearKeys.contains(key) {
                for (other, otherCounts) in counts.enumerated() where other != version {
                    guard let otherCounts, otherCounts[key, default: 0] < count, !isTwelveHourReading(key, ofATimeIn: otherCounts) else { continue }
                    let inWords = key.hasPrefix("number:") ? wordCounts[other][key, default: 0] : 0
                    let split = splitMatches[other][key, default: 0]
                    if otherCounts[key, default: 0] + inWords + split < count {
                        keys.insert(key)
                        break
                    }
                }
            }
            return keys
        }
        let currencyMarks = differingCurrencies(values, counts)
        return values.indices.map { version in
            // A number in words in one version only is info in the checker; words are marked when
            // another version states a different figure or word (an error).
            let othersDiffer = differing.indices.contains { $0 != version && differing[$0].contains { $0.hasPrefix("number:") } }
            return zip(values[version], words[version]).map { blockValues, blockWords in
                let figures = blockValues.filter { differing[version].contains($0.comparisonKey) || currencyMarks[version].contains($0) }
                    .map(\.scalarRange)
                guard othersDiffer else { return figures }
                let spelled = blockWords.filter { isClearWord($0) && differing[version].contains("number:\($0.value)") }.map(\.scalarRange)
                return spelled.isEmpty ? figures : (figures + spelled).sorted { $0.lowerBound < $1.lowerBound }
            }
        }
    }

    /// How many of `own`'s left-over values of each key the checker
    /// cancels against `other`'s left-over values as one value written in
    /// two ways (``NumberComparison/cancelOtherReadings(_:_:)``: a figure
    /// grouped by spaces and its reading as several figures, `1 120 340`
    /// against `1.120 340`; a year with a glued footnote marker; `45 of
    /// 100` against `45 per cent`), in either direction, so a pair the
    /// checker finds clean is not marked.
    private static func splitReadingMatches(_ own: [[ExtractedNumber]], _ other: [[ExtractedNumber]],
                                            _ ownCounts: [String: Int], _ otherCounts: [String: Int]) -> [String: Int] {
        let ownValues = own.joined(), otherValues = other.joined()
        guard ownCounts.contains(where: { $0.value > otherCounts[$0.key, default: 0] }),
              otherCounts.contains(where: { $0.value > ownCounts[$0.key, default: 0] }) else { return [:] }
        // The surplus of each side, as values in text order.
        func leftOver(_ values: FlattenSequence<[[ExtractedNumber]]>, _ counts: [String: Int], _ against: [String: Int]) -> [ExtractedNumber] {
            var surplus: [String: Int] = [:]
            for (key, count) in counts where count > against[key, default: 0] { surplus[key] = count - against[key, default: 0] }
            return NumberComparison.leftOvers(values, surplus: surplus)
        }
        let ownLeft = leftOver(ownValues, ownCounts, otherCounts)
        var a = ownLeft, b = leftOver(otherValues, otherCounts, ownCounts)
        NumberComparison.cancelOtherReadings(&a, &b)
        // A date one version writes whole and the other in parts (a day and a year around a month word no table
        // reads, `15. rožnika 2026` against `15 June 2026`): the checker cancels them, in either direction.
        NumberComparison.cancelDatesReadInParts(&a, &b)
        NumberComparison.cancelDatesReadInParts(&b, &a)
        var matched: [String: Int] = [:]
        for value in ownLeft { matched[value.comparisonKey, default: 0] += 1 }
        for value in a { matched[value.comparisonKey, default: 0] -= 1 }
        return matched.filter { $0.value > 0 }
    }

    /// For each version, the amounts another version states with the same
    /// value in a currency that cannot be the same (`euros` against
    /// `dollars`), as the checker finds them (``NumberComparison/currencyConflicts(_:_:_:)``).
    private static func differingCurrencies(_ values: [[[ExtractedNumber]]], _ counts: [[String: Int]?])
        -> [Set<ExtractedNumber>] {
        var marks = [Set<ExtractedNumber>](repeating: [], count: values.count)
        let withCurrency = values.indices.filter { version in values[version].contains { $0.contains { $0.currency != nil } } }
        guard withCurrency.count >= 2 else { return marks }
        for (position, version) in withCurrency.enumerated() {
            for other in withCurrency[(position + 1)...] {
                guard let own = counts[version], let theirs = counts[other] else { continue }
                var balance = own
                for (key, count) in theirs { balance[key, default: 0] -= count }
                let conflicts = NumberComparison.currencyConflicts(values[version].joined().map { $0 }, values[other].joined().map { $0 }, balance)
                marks[version].formUnion(conflicts.pivot)
                marks[other].formUnion(conflicts.other)
            }
        }
        return marks
    }

    /// Scalar ranges of `written` forms in `text`, found in order, each after
    /// the previous one. Kept for callers that hold written forms only.
    static func locate(_ written: [String], in text: String) -> [Range<Int>] {
        guard !written.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var cursor = 0
        for form in written {
            let needle = Array(form.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            var start = cursor
            var found: Int?
            while start + needle.count <= scalars.count {
                if scalars[start] == needle[0], scalars[start..<start + needle.count].elementsEqual(needle) {
                    found = start
                    break
                }
                start += 1
            }
            if let found {
                ranges.append(found..<found + needle.count)
                cursor = found + needle.count
            }
        }
        return ranges
    }
}
