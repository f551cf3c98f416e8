/// Whether a number difference may come from words Parity cannot read: a
/// version in a language without its own conventions table (no month names,
/// per-cent, scale or number words) reads `10 Juni 2026` as 10 and 2026,
/// `1,5 milioni` as 1.5, `240 tys.` as 240, and reads nothing in
/// `ottantesima sessione`. When every value left over on either side is
/// explained by what the other side holds, the reader cannot decide: the
/// finding is information only. A value is explained by the other side
/// (``explained(_:by:mayBeInUnreadWords:)``) when
///
/// - its digit runs are all written on the other side (inside a date, an
///   amount, a percentage: `10 Juni 2026` against `2026-06-10`); a figure's
///   runs side by side and in order (`1,5` against `1.5`, not `5.1`);
/// - it is a figure of the other side times a power of ten that a scale word
///   stands for (10³ to 10⁹, 10¹²; `240 tys.` against `240 000`,
///   `1,200만` against `12 millones`);
/// - it is the year, month or day of a date on the other side (`2025년
///   3월 31일` read as 2025, 3 and 31 against `31 de marzo de 2025`);
/// - the other side has no table of its own and nothing left over, and it
///   is a figure or percentage below 1 000 without decimals, which the other
///   side may write in words Parity cannot read (`第八十` against
///   `ottantesima`).
///
/// A value written in words only on a side without a table of its own (its
/// number words come from CLDR: cardinals, no ordinals or inflected forms) is
/// explained too: `Восемдзесят першая` is read as 80 where it says 81st.
///
/// Two complete dates that differ (each side read its month), a symbol, a
/// decimal, a year or a complete date that the other side does not write in
/// digits at all, and a figure that differs by a factor no
/// scale word stands for (`35` against `30`, `35` against `350`), stay
/// findings.
enum UnreadFigureExplanation {
    /// Whether the leftovers of a difference are all explained by what the other passage holds.
    static func explains(onlyPivot: [ExtractedNumber], onlyOther: [ExtractedNumber],
                         pivotValues: [ExtractedNumber], otherValues: [ExtractedNumber],
                         pivotHasTable: Bool = true, otherHasTable: Bool = true) -> Bool {
        // Two complete dates left over, one on each side, were both read whole (the month word from a table or
        // CLDR): nothing is unread, they differ (`1 Ephreli 2027` against `1 March 2027`).
        if onlyPivot.contains(where: isCompleteDate), onlyOther.contains(where: isCompleteDate) { return false }
        let pivotSide = Side(pivotValues), otherSide = Side(otherValues)
        // A figure the other side leaves nothing over against may be written there in words Parity cannot read.
        // A value its own side writes in words only, in a language without a table, may be read short: CLDR gives
        // cardinals, not ordinals or inflected forms (be `Восемдзесят першая` is read as 80, not 81). Such a value
        // is explained, and it leaves the other side's figure free to be one written in those words.
        // A figure left over that the other side's digits explain (`౯` against the `9` of "from 9 to 13 March") is no
        // figure the unread words could stand for.
        let surePivot = onlyPivot.filter { pivotHasTable || !digitRuns($0.written).isEmpty }
        let sureOther = onlyOther.filter { otherHasTable || !digitRuns($0.written).isEmpty }
        let openPivot = surePivot.filter { !explained($0, by: otherSide, mayBeInUnreadWords: false) }
        let openOther = sureOther.filter { !explained($0, by: pivotSide, mayBeInUnreadWords: false) }
        return openPivot.allSatisfy { explained($0, by: otherSide, mayBeInUnreadWords: !otherHasTable && openOther.isEmpty) }
            && openOther.allSatisfy { explained($0, by: pivotSide, mayBeInUnreadWords: !pivotHasTable && openPivot.isEmpty) }
    }

    /// Whether `value` is a date read with its year, month and day and one reading only (`2027-03-01`).
    static func isCompleteDate(_ value: ExtractedNumber) -> Bool {
        guard value.kind == .date, value.alternative == nil else { return false }
        let parts = value.canonical.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    /// What one passage holds, as the explanations look at it.
    struct Side {
        var digitRuns: Set<String> = []
        /// The digit runs of every value, in reading order.
        var orderedRuns: [String] = []
        var figures: [Double] = []
        var dateParts: Set<Int> = []

        init(_ values: [ExtractedNumber]) {
            for value in values {
                let runs = UnreadFigureExplanation.digitRuns(value.written)
                digitRuns.formUnion(runs)
                orderedRuns += runs
                switch value.kind.comparisonClass {
                case "number", "percentage":
                    if let figure = Double(value.canonical) { figures.append(figure) }
                case "date":
                    for part in value.canonical.split(separator: "-") { if let number = Int(part) { dateParts.insert(number) } }
                default: break
                }
            }
        }
    }

    /// Powers of ten that scale words stand for (thousand, 万, lakh, million, crore, 亿, billion/milliard, trillion/billón).
    static let scalePowers: [Double] = [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e12]

    /// Whether `value`, left over on one side, is explained by what `other` holds.
    static func explained(_ value: ExtractedNumber, by other: Side, mayBeInUnreadWords: Bool) -> Bool {
        let runs = digitRuns(value.written)
        let comparisonClass = value.kind.comparisonClass
        if !runs.isEmpty, runs.allSatisfy(other.digitRuns.contains) {
            // A figure's runs (integer and fraction, digit groups) stand in that order, side by side, where it is
            // written: `3,4 millions` is no unread writing of `4.3 million`. (A date's parts may come in another order.)
            let isFigure = comparisonClass == "number" || comparisonClass == "percentage"
            if !isFigure || runs.count < 2 || containsInOrder(other.orderedRuns, runs) { return true }
        }
        guard comparisonClass == "number" || comparisonClass == "percentage", let figure = Double(value.canonical) else { return false }
        for otherFigure in other.figures where otherFigure != 0 {
            for power in scalePowers where isClose(figure, otherFigure * power) || isClose(otherFigure, figure * power) { return true }
        }
        let isWhole = !value.canonical.contains(".")
        if isWhole, value.kind != .percentage, let whole = Int(value.canonical), other.dateParts.contains(whole) { return true }
        if mayBeInUnreadWords, isWhole, value.kind != .year, figure < 1000 { return true }
        return false
    }

    /// Whether `runs` stand side by side, in order, in `sequence`.
    static func containsInOrder(_ sequence: [String], _ runs: [String]) -> Bool {
        guard runs.count <= sequence.count else { return false }
        for start in 0...(sequence.count - runs.count) where sequence[start..<(start + runs.count)].elementsEqual(runs) { return true }
        return false
    }

    private static func isClose(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// Maximal runs of decimal digits of any script in `text`, as ASCII digits, without leading zeros.
    static func digitRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        func close() {
            if !current.isEmpty {
                let trimmed = current.drop { $0 == "0" }
                runs.append(trimmed.isEmpty ? "0" : String(trimmed))
                current = ""
            }
        }
        for scalar in text.unicodeScalars {
            if let digit = DecimalDigit.value(scalar) {
                current.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit)))
            } else {
                close()
            }
        }
        close()
        return runs
    }
}
