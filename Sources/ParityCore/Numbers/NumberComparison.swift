/// Compares the values of two linked passages: values equal in kind class
/// and canonical form match whatever their written form; what is left is a
/// difference whose severity says how sure it is.
///
/// - error: both passages state values of the same class that differ
///   (`2030` against `2020`, `20%` against `25%`);
/// - warning: a value stated in one passage only (a dropped figure,
///   symbol, percentage, complete date);
/// - info: what a reader cannot decide: a small figure or a time in one
///   passage only, a date without its year.
///
/// Figures one passage states in digits and the other in words (`10-Year`,
/// `Decenal`; `3`, `tres`; `1`, `premier`) match.
struct NumberComparison {
    /// The values left over on each side and how sure the difference is.
    struct Difference {
        var onlyPivot: [ExtractedNumber]
        var onlyOther: [ExtractedNumber]
        var severity: Severity
        /// Whether a document symbol or resolution number is among the values.
        var isSymbolic: Bool {
            (onlyPivot + onlyOther).contains { $0.kind == .symbol || $0.kind == .resolution }
        }
    }

    /// Figures below this count as small: they are often written in words.
    var smallFigureLimit: Int

    /// The difference between two passages' values, or nil when they match.
    /// `pivotWords`, `otherWords`: figures each passage writes in words.
    func compare(pivot: [ExtractedNumber], other: [ExtractedNumber], pivotWords: () -> [String], otherWords: () -> [String]) -> Difference? {
        var balance: [String: Int] = [:]
        for value in pivot { balance[value.comparisonKey, default: 0] += 1 }
        for value in other { balance[value.comparisonKey, default: 0] -= 1 }
        guard balance.values.contains(where: { $0 != 0 }) else { return nil }
        var onlyPivot = Self.unmatched(pivot, balance, sign: 1)
        var onlyOther = Self.unmatched(other, balance, sign: -1)
        if onlyPivot.contains(where: { $0.kind.comparisonClass == "number" }) { onlyPivot = Self.excusing(onlyPivot, by: otherWords()) }
        if onlyOther.contains(where: { $0.kind.comparisonClass == "number" }) { onlyOther = Self.excusing(onlyOther, by: pivotWords()) }
        Self.cancelHours(&onlyPivot, &onlyOther)
        Self.cancelPartialDates(&onlyPivot, &onlyOther)
        guard !onlyPivot.isEmpty || !onlyOther.isEmpty else { return nil }
        return Difference(onlyPivot: onlyPivot, onlyOther: onlyOther, severity: severity(onlyPivot, onlyOther))
    }

    private func severity(_ a: [ExtractedNumber], _ b: [ExtractedNumber]) -> Severity {
        let classesA = Set(a.filter(isClear).map(\.kind.comparisonClass))
        let classesB = Set(b.filter(isClear).map(\.kind.comparisonClass))
        if !classesA.isDisjoint(with: classesB) { return .error }
        if (a + b).contains(where: isClear) { return .warning }
        return .info
    }

    /// Whether a value stated in one passage only is a clear difference.
    func isClear(_ value: ExtractedNumber) -> Bool {
        switch value.kind {
        case .symbol, .resolution, .percentage, .amount, .year: return true
        case .time: return false
        case .date: return !value.canonical.hasPrefix("--") && value.canonical.utf8.count > 4
        case .number, .ordinal, .reference:
            if value.canonical.contains(".") { return true }
            return (Int(value.canonical) ?? Int.max) >= smallFigureLimit
        }
    }

    /// A bare hour on one side ("10" in "10 hours") and a time "10:00" on the other are the same.
    private static func cancelHours(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        func cancel(_ numbers: inout [ExtractedNumber], _ times: inout [ExtractedNumber]) {
            numbers = numbers.filter { value in
                guard value.kind == .number, let index = times.firstIndex(where: { $0.kind == .time && $0.canonical == value.canonical + ":00" })
                else { return true }
                times.remove(at: index)
                return false
            }
        }
        cancel(&a, &b)
        cancel(&b, &a)
    }

    /// A date without its year (`10 December`) and the same day with a year
    /// (`10 de diciembre de 1948`) do not contradict each other; neither do a
    /// year and a date in that year.
    private static func cancelPartialDates(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        func cancel(_ partial: inout [ExtractedNumber], _ full: inout [ExtractedNumber]) {
            partial = partial.filter { value in
                let isPartialDate = value.kind == .date && value.canonical.hasPrefix("--")
                let isYear = value.kind == .year
                guard isPartialDate || isYear else { return true }
                let index = full.firstIndex { other in
                    other.kind == .date && (isPartialDate ? other.canonical.hasSuffix(value.canonical.dropFirst(2)) : other.canonical.hasPrefix(value.canonical + "-"))
                }
                guard let index else { return true }
                full.remove(at: index)
                return false
            }
        }
        cancel(&a, &b)
        cancel(&b, &a)
    }

    /// `values` without the figures that `words` (same value) account for.
    private static func excusing(_ values: [ExtractedNumber], by words: [String]) -> [ExtractedNumber] {
        var available: [String: Int] = [:]
        for value in words { available[value, default: 0] += 1 }
        return values.filter { value in
            guard value.kind.comparisonClass == "number", let count = available[value.canonical], count > 0 else { return true }
            available[value.canonical] = count - 1
            return false
        }
    }

    /// Values whose key is left over on one side, each listed once per surplus.
    private static func unmatched(_ values: [ExtractedNumber], _ balance: [String: Int], sign: Int) -> [ExtractedNumber] {
        var remaining = balance.mapValues { $0 * sign }
        var result: [ExtractedNumber] = []
        for value in values where (remaining[value.comparisonKey] ?? 0) > 0 {
            result.append(value)
            remaining[value.comparisonKey]! -= 1
        }
        return result
    }
}
