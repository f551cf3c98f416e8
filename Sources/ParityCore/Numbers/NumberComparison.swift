/// Compares the values of two linked passages: values equal in kind class
/// and canonical form match whatever their written form; what is left is a
/// difference whose severity says how sure it is.
///
/// - error: both passages state values of the same class that differ
///   (`2030` against `2020`, `20%` against `25%`, `17º` against
///   `eighteenth`);
/// - warning: a value stated in figures in one passage only (a dropped
///   figure, symbol, percentage, complete date), a date of undecided order
///   (`10/12/1948` in English) against another date in neither reading,
///   two figures of the same kind in swapped places, or two figures that
///   traded their currency or scale;
/// - info: what a reader cannot decide: a small figure, a time or a number
///   word in one passage only, two times one of which is read with any
///   ambiguity (a figure, an hour on a clock counted from 6 a.m., a time
///   that is the 12-hour reading of the other: two times read clearly that
///   differ, `10.05` against `10.50`, are an error), a figure that is the 12-hour reading of the
///   other passage's time (`10` of "10 or di anochi" against `22 ч. 00`), a
///   date without its year, two figures of
///   different kinds (a year and a measure) in swapped places, swapped
///   figures between languages that order figures differently
///   (``NumberConventions/freeFigureOrderLanguages``).
///
/// Figures one passage states in digits and the other in words (`10-Year`,
/// `Decenal`; `3`, `tres`; `1`, `premier`) match. A small ordinal in Chinese
/// numerals (`第一次`) left over against nothing of its class is no finding,
/// as a small number word is not.
struct NumberComparison {
    /// The values left over on each side and how sure the difference is.
    struct Difference {
        var onlyPivot: [ExtractedNumber]
        var onlyOther: [ExtractedNumber]
        var severity: Severity
        /// Whether the passages hold the same values, two of them in swapped places
        /// (`onlyPivot` and `onlyOther` then list the two in each passage's order).
        var isSwap = false
        /// Whether the swap is two values of one class trading places and nothing else (no currency, scale
        /// or range end moved with them): what only the order of the figures shows.
        var isTransposition = false
        /// Whether amounts of equal value in currencies that cannot be the
        /// same (`euros` against `dollars`) are among the values.
        var differsInCurrency = false
        /// Whether a document symbol or resolution number is among the values.
        var isSymbolic: Bool {
            (onlyPivot + onlyOther).contains { $0.kind == .symbol || $0.kind == .resolution }
        }
    }

    /// Figures below this count as small: they are often written in words.
    var smallFigureLimit: Int

    /// The difference between two passages' values, or nil when they match.
    /// `pivotWords`, `otherWords`: numbers each passage writes without
    /// digits; they are values like figures (`seventeenth` against
    /// `dix-huitième` differ, `treinta` against nothing is left over).
    /// `figureOrderMayDiffer`: whether the two languages may put figures of
    /// one sentence in another order (a swap is then only info).
    /// `pivotReadsScaleWords`, `otherReadsScaleWords`: whether the passage's language has a table of its own, so
    /// that a scale word next to a figure would have been read (`restatedWithoutScale`).
    func compare(pivot: [ExtractedNumber], other: [ExtractedNumber], pivotWords: [SpelledNumber], otherWords: [SpelledNumber],
                 figureOrderMayDiffer: Bool = false, pivotReadsScaleWords: Bool = false, otherReadsScaleWords: Bool = false) -> Difference? {
        var pivot = pivot, other = other
        Self.settleCountsReadAsYears(&pivot, against: other)
        Self.settleCountsReadAsYears(&other, against: pivot)
        var balance: [String: Int] = [:]
        for value in pivot { balance[value.comparisonKey, default: 0] += 1 }
        for value in other { balance[value.comparisonKey, default: 0] -= 1 }
        var onlyPivot = Self.unmatched(pivot, balance, sign: 1)
        var onlyOther = Self.unmatched(other, balance, sign: -1)
        Self.cancelAlternatives(&onlyPivot, &onlyOther)
        Self.cancelOtherReadings(&onlyPivot, &onlyOther)
        if !pivotWords.isEmpty || !otherWords.isEmpty {
            var wordsPivot = Self.outside(pivotWords, of: pivot), wordsOther = Self.outside(otherWords, of: other)
            Self.cancelWords(&wordsPivot, &wordsOther)
            onlyPivot = Self.excusing(onlyPivot, by: &wordsOther)
            onlyOther = Self.excusing(onlyOther, by: &wordsPivot)
            // Cardinals and ordinals in words that nothing in the other passage accounts for are figures of their own.
            onlyPivot = Self.inTextOrder(onlyPivot + wordsPivot.filter { $0.isClear(smallFigureLimit: smallFigureLimit) }.map(\.asValue))
            onlyOther = Self.inTextOrder(onlyOther + wordsOther.filter { $0.isClear(smallFigureLimit: smallFigureLimit) }.map(\.asValue))
        }
        dropSmallOrdinalsWithoutDigits(&onlyPivot, against: onlyOther)
        dropSmallOrdinalsWithoutDigits(&onlyOther, against: onlyPivot)
        Self.cancelHours(&onlyPivot, &onlyOther)
        Self.cancelDatesReadInParts(&onlyPivot, &onlyOther)
        Self.cancelDatesReadInParts(&onlyOther, &onlyPivot)
        Self.cancelPartialDates(&onlyPivot, &onlyOther, allA: pivot, allB: other)
        let conflicts = Self.currencyConflicts(pivot, other, balance)
        if !conflicts.pivot.isEmpty {
            onlyPivot = Self.inTextOrder(onlyPivot + conflicts.pivot)
            onlyOther = Self.inTextOrder(onlyOther + conflicts.other)
        }
        // A figure stated with its scale word in one passage (`3,214.6 thousand`) and without it in the other (`3.214,6`),
        // whose language's scale words are read, so that the scale is left to a caption (`(miles de dólares)`,
        // `(thousands of United States dollars)`, often the table's heading, outside the passage): the same figure as
        // far as a reader can tell, a note at most.
        if conflicts.pivot.isEmpty, !onlyPivot.isEmpty || !onlyOther.isEmpty,
           Self.restatedWithoutScale(onlyPivot, onlyOther, plainInPivot: pivotReadsScaleWords, plainInOther: otherReadsScaleWords) {
            return Difference(onlyPivot: onlyPivot, onlyOther: onlyOther, severity: .info)
        }
        if !onlyPivot.isEmpty || !onlyOther.isEmpty {
            return Difference(onlyPivot: onlyPivot, onlyOther: onlyOther, severity: severity(onlyPivot, onlyOther),
                              differsInCurrency: !conflicts.pivot.isEmpty)
        }
        if let swap = exchangedAmounts(pivot, other, balance) {
            return Difference(onlyPivot: swap.pivot, onlyOther: swap.other, severity: .warning, isSwap: true)
        }
        if let swap = swappedRangeEnd(pivot, other, balance) {
            let sameKind = swap.pivot.allSatisfy { $0.kind == swap.pivot[0].kind } && swap.other.allSatisfy { $0.kind == swap.other[0].kind }
            return Difference(onlyPivot: swap.pivot, onlyOther: swap.other, severity: figureOrderMayDiffer || !sameKind ? .info : .warning,
                              isSwap: true)
        }
        if let swap = swapped(pivot, other, balance) {
            // Two values of one kind (two years, two percentages, two plain figures) trading places is a
            // swap; a year and a measure trading places is as often a translator moving a clause.
            let sameKind = swap.pivot[0].kind == swap.pivot[1].kind || swap.other[0].kind == swap.other[1].kind
            return Difference(onlyPivot: swap.pivot, onlyOther: swap.other, severity: figureOrderMayDiffer || !sameKind ? .info : .warning,
                              isSwap: true, isTransposition: true)
        }
        return nil
    }

    /// Whether the values two passages both state equally often come in the same order, class by class (as
    /// ``swapped(_:_:_:)`` compares them): true when they do and some class has two or more of them, false when
    /// a class has them in another order, nil when no class has two.
    static func keepFigureOrder(_ pivot: [ExtractedNumber], _ other: [ExtractedNumber]) -> Bool? {
        guard pivot.count >= 2, other.count >= 2 else { return nil }
        var balance: [String: Int] = [:]
        for value in pivot { balance[value.comparisonKey, default: 0] += 1 }
        for value in other { balance[value.comparisonKey, default: 0] -= 1 }
        func byClass(_ values: [ExtractedNumber]) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for value in values where balance[value.comparisonKey] == 0 { result[value.kind.comparisonClass, default: []].append(value.comparisonKey) }
            return result
        }
        let pivotClasses = byClass(pivot), otherClasses = byClass(other)
        var compared = false
        for (comparisonClass, keys) in pivotClasses where keys.count >= 2 {
            guard let otherKeys = otherClasses[comparisonClass], otherKeys.count == keys.count else { continue }
            if otherKeys != keys { return false }
            compared = true
        }
        return compared ? true : nil
    }

    /// Gives the kind of a count to each figure of `values` read as a year
    /// (four digits without separator: `2150 ремесленников`, `2150
    /// rzemieślników`) whose value `other` writes as a grouped figure
    /// (`2,150 craftsmen`, `2 150`): nobody groups the digits of a year, so the
    /// figure both passages state is a count, and a year it changes places
    /// with is no second year (``swapped(_:_:_:)``). A year the other passage
    /// writes as a year too stays one.
    static func settleCountsReadAsYears(_ values: inout [ExtractedNumber], against other: [ExtractedNumber]) {
        guard values.contains(where: { $0.kind == .year }) else { return }
        var grouped: Set<String> = []
        for value in other where value.kind == .number && isGroupedFigure(value.written) { grouped.insert(value.canonical) }
        guard !grouped.isEmpty else { return }
        for index in values.indices where values[index].kind == .year && grouped.contains(values[index].canonical) {
            values[index].kind = .number
        }
    }

    /// Whether `written` is a whole figure of four digits or more with a
    /// thousands separator between its digits (`2,150`, `2 150`, `2.150`,
    /// `2’150`, `٢٬١٥٠`), in any digit system: a scan of its scalars.
    static func isGroupedFigure(_ written: String) -> Bool {
        var digits = 0, separators = 0, lastWasDigit = false
        for scalar in written.unicodeScalars {
            if DecimalDigit.value(scalar) != nil {
                digits += 1
                lastWasDigit = true
                continue
            }
            switch scalar {
            case ",", ".", " ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "’", "\u{066C}":
                guard lastWasDigit else { return false }
                separators += 1
                lastWasDigit = false
            default:
                return false
            }
        }
        return lastWasDigit && digits >= 4 && separators >= 1
    }

    private func severity(_ a: [ExtractedNumber], _ b: [ExtractedNumber]) -> Severity {
        // A date whose order of day and month is undecided, or a figure that may be several, never makes an error.
        // Nor does a plain figure that is the other passage's amount without its scale word or currency.
        let (plainA, plainB) = Self.unqualifiedCounterparts(a, b)
        if Self.stateDifferentValuesOfOneKind(decidedClasses(a, excluding: plainA), decidedClasses(b, excluding: plainB)) { return .error }
        if Self.differInClearTimes(a, b) { return .error }
        // A number word in one passage only may be an idiom ("quinze jours" = "two weeks") or a
        // compound the reader does not split ("zehntägig"): the reader decides.
        if (a + b).contains(where: { isClear($0) && !$0.isSpelledOut }) { return .warning }
        return .info
    }

    /// The kind a left-over value counts as when two passages are said to
    /// state different values of one kind: its comparison class, with the
    /// figures (class `number`) told apart by shape — a year (`2031`, kind
    /// ``ExtractedNumber/Kind/year``), a quantity no year is written as (a
    /// decimal, a figure with thousands separators, an amount: `6.220,8`,
    /// `1 406`, `$193,500`), or a plain figure (`37`, `2930`, an ordinal, a
    /// reference, a quantity whose whole part could be a year: `2027,1`)
    /// that may be either misprinted.
    enum ErrorClass: Hashable {
        case year, quantity, plainFigure
        case other(String)
    }

    /// The error classes of the values a passage states without doubt: clear, with one reading, grouping decided,
    /// and not the plain counterpart (`excluding`) of the other passage's qualified amount.
    private func decidedClasses(_ values: [ExtractedNumber], excluding plain: Set<Int>) -> Set<ErrorClass> {
        Set(values.indices.filter { !plain.contains($0) && isClear(values[$0]) && values[$0].alternative == nil && !values[$0].groupingUndecided }
            .map { Self.errorClass(values[$0]) })
    }

    static func errorClass(_ value: ExtractedNumber) -> ErrorClass {
        let comparisonClass = value.kind.comparisonClass
        guard comparisonClass == "number" else { return .other(comparisonClass) }
        if value.kind == .year { return .year }
        // A quantity whose whole part could be a year (`2027,1` against `2027`, a year with a footnote marker glued
        // to it: `2026.1`) may be that year misprinted: a plain figure.
        let whole = value.canonical.utf8.prefix { $0 != UInt8(ascii: ".") }
        if whole.count == 4, let year = Int(Substring(whole)), NumberDate.figureYears.contains(year) { return .plainFigure }
        if value.kind == .amount || whole.count < value.canonical.utf8.count { return .quantity }
        // Separators written between the digits (`1,406`, `1 406`, `1.406`): a grouped figure is no year.
        let digits = value.written.unicodeScalars.filter { DecimalDigit.value($0) != nil }.count
        if value.kind == .number, digits >= 4, value.written.unicodeScalars.count > digits { return .quantity }
        return .plainFigure
    }

    /// Whether left-over values of the kinds `a` and `b` (``errorClass(_:)``)
    /// are different values of one kind: the same class, or figures a misprint
    /// can turn into one another. A year against a quantity is not (the year
    /// heading a table column, `2031 2032`, against the amounts of a row the
    /// other version's table sets in another block: `6.220,8 6.414,3`); a
    /// plain figure against either is.
    static func stateDifferentValuesOfOneKind(_ a: Set<ErrorClass>, _ b: Set<ErrorClass>) -> Bool {
        if !a.isDisjoint(with: b) { return true }
        let figures: Set<ErrorClass> = [.year, .quantity, .plainFigure]
        return (a.contains(.plainFigure) && !b.isDisjoint(with: figures)) || (b.contains(.plainFigure) && !a.isDisjoint(with: figures))
    }

    /// The plain figures of one passage and the amounts of the other that write the same digits (`2.2` against
    /// `2,2 مليون يورو`, `450` against `4,5 millions`), paired one to one: the figure agrees and one passage
    /// qualifies it with a scale word or currency the reader may not know in the other's language (a language
    /// without number words of its own). The indices of each, in `a` and in `b`. Two amounts (`2.2 million`
    /// against `2.2 billion`) are never such a pair.
    static func unqualifiedCounterparts(_ a: [ExtractedNumber], _ b: [ExtractedNumber]) -> (Set<Int>, Set<Int>) {
        func digits(_ value: ExtractedNumber) -> Substring {
            let figure = value.canonical.utf8.filter { $0 != UInt8(ascii: ".") }
            let trimmed = figure.drop { $0 == UInt8(ascii: "0") }
            return Substring(decoding: trimmed.reversed().drop { $0 == UInt8(ascii: "0") }.reversed(), as: UTF8.self)
        }
        var usedA = Set<Int>(), usedB = Set<Int>()
        func pair(_ plain: [ExtractedNumber], _ amounts: [ExtractedNumber], _ usedPlain: inout Set<Int>, _ usedAmounts: inout Set<Int>) {
            for (i, x) in plain.enumerated() where x.kind == .number && x.currency == nil && !usedPlain.contains(i) {
                let key = digits(x)
                guard !key.isEmpty, let j = amounts.indices.first(where: { amounts[$0].kind == .amount && !usedAmounts.contains($0) && digits(amounts[$0]) == key })
                else { continue }
                usedPlain.insert(i)
                usedAmounts.insert(j)
            }
        }
        pair(a, b, &usedA, &usedB)
        pair(b, a, &usedB, &usedA)
        return (usedA, usedB)
    }

    /// Whether every left-over value is a figure one passage states with a scale word and the other without it:
    /// an amount with a scale word in one passage (`3,214.6 thousand`, `$1.5 million`) whose value is a plain
    /// figure of the other (no currency: `3.214,6`, `1,5`) times a thousand, a million, a billion or a trillion.
    /// `plainInPivot`, `plainInOther`: whether the plain figure may be in `a`, in `b` (a passage whose language's
    /// scale words are not read may write one Parity cannot see: `2.2` of a constructed Yi `2.2 ꑭꊂ` stays a warning).
    static func restatedWithoutScale(_ a: [ExtractedNumber], _ b: [ExtractedNumber], plainInPivot: Bool, plainInOther: Bool) -> Bool {
        let factors: [Double] = [1e3, 1e6, 1e9, 1e12]
        func isScaled(_ scaled: ExtractedNumber, _ plain: ExtractedNumber) -> Bool {
            guard scaled.kind == .amount, plain.kind == .number, plain.currency == nil, plain.alternative == nil,
                  let big = Double(scaled.canonical), let small = Double(plain.canonical), small > 0 else { return false }
            return factors.contains { abs(big - small * $0) <= 1e-9 * big }
        }
        guard !a.isEmpty, a.count == b.count else { return false }
        var usedB = Set<Int>()
        for x in a {
            guard let j = b.indices.first(where: { !usedB.contains($0) && (plainInOther && isScaled(x, b[$0]) || plainInPivot && isScaled(b[$0], x)) })
            else { return false }
            usedB.insert(j)
        }
        return true
    }

    /// Whether both passages state a time of day read without ambiguity
    /// that the other does not (`10.05 horas` against `10 ч. 50`): not a
    /// figure taken as a time because the other passage states that time
    /// in 24 hours, nor a time whose other reading is kept
    /// (``ExtractedNumber/alternative``: an hour on a clock that counts from
    /// 6 a.m.), nor one that is the 12-hour reading of the other passage's
    /// time (`10:05` against `22:05`: a half of the day one passage leaves unsaid).
    /// A time in one passage only stays information (``isClear(_:)``).
    private static func differInClearTimes(_ a: [ExtractedNumber], _ b: [ExtractedNumber]) -> Bool {
        let timesA = a.filter { $0.kind == .time && $0.alternative == nil }, timesB = b.filter { $0.kind == .time && $0.alternative == nil }
        guard !timesA.isEmpty, !timesB.isEmpty else { return false }
        return !timesA.contains { x in
            timesB.contains { y in isTwelveHourReading(x.canonical, of: y.canonical) || isTwelveHourReading(y.canonical, of: x.canonical) }
        }
    }

    /// Removes the small values written without digits (`第一次`, `第三条`:
    /// an ordinal or reference in Chinese numerals) when the other passage
    /// leaves no value of their class over: as small number words are, they
    /// are accounted for by words the other passage may write in a form
    /// Parity does not read (`prima`, `primeira`). Against a left-over
    /// figure of their class they stay (`第三条` against `article 4`).
    private func dropSmallOrdinalsWithoutDigits(_ values: inout [ExtractedNumber], against other: [ExtractedNumber]) {
        func isSmallWithoutDigits(_ value: ExtractedNumber) -> Bool {
            (value.kind == .ordinal || value.kind == .reference) && !isClear(value)
                && !value.written.unicodeScalars.contains { DecimalDigit.value($0) != nil }
        }
        guard values.contains(where: isSmallWithoutDigits) else { return }
        let otherClasses = Set(other.map(\.kind.comparisonClass))
        values.removeAll { isSmallWithoutDigits($0) && !otherClasses.contains($0.kind.comparisonClass) }
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

    /// Two clear values of one class that the passages write in swapped
    /// places, every other value of that class in the same order: the two
    /// values in the pivot's order and in the other passage's. Only values
    /// both passages state equally often are compared, so a figure one
    /// passage writes in words does not count as a move.
    private func swapped(_ pivot: [ExtractedNumber], _ other: [ExtractedNumber], _ balance: [String: Int])
        -> (pivot: [ExtractedNumber], other: [ExtractedNumber])? {
        func byClass(_ values: [ExtractedNumber]) -> [String: [ExtractedNumber]] {
            var result: [String: [ExtractedNumber]] = [:]
            for value in values where balance[value.comparisonKey] == 0 { result[value.kind.comparisonClass, default: []].append(value) }
            return result
        }
        let pivotClasses = byClass(pivot), otherClasses = byClass(other)
        for (comparisonClass, a) in pivotClasses.sorted(by: { $0.key < $1.key }) {
            guard let b = otherClasses[comparisonClass], a.count == b.count, a.count >= 2 else { continue }
            var differing: [Int] = []
            for index in a.indices where a[index].comparisonKey != b[index].comparisonKey {
                differing.append(index)
                if differing.count > 2 { break }
            }
            guard differing.count == 2 else { continue }
            let (i, j) = (differing[0], differing[1])
            guard a[i].comparisonKey == b[j].comparisonKey, a[j].comparisonKey == b[i].comparisonKey, isClear(a[i]), isClear(a[j]) else { continue }
            return ([a[i], a[j]], [b[i], b[j]])
        }
        return nil
    }

    /// The two ends of a range in each passage when the passages state the
    /// same values but join different ones into a range: a value moved into
    /// or out of a range (`2016-2017` against `2,345.67-2017`). Languages
    /// that order the figures of a sentence differently still keep the two
    /// ends of a range together, so this is found where a transposition is not.
    private func swappedRangeEnd(_ pivot: [ExtractedNumber], _ other: [ExtractedNumber], _ balance: [String: Int])
        -> (pivot: [ExtractedNumber], other: [ExtractedNumber])? {
        func ranges(_ values: [ExtractedNumber]) -> [(key: String, ends: [ExtractedNumber])] {
            var result: [(key: String, ends: [ExtractedNumber])] = []
            for index in values.indices.dropLast() where values[index].startsRange {
                let ends = [values[index], values[index + 1]]
                guard ends.allSatisfy({ balance[$0.comparisonKey] == 0 && isClear($0) }) else { continue }
                result.append((ends.map(\.comparisonKey).sorted().joined(separator: "|"), ends))
            }
            return result
        }
        let pivotRanges = ranges(pivot), otherRanges = ranges(other)
        guard !pivotRanges.isEmpty || !otherRanges.isEmpty else { return nil }
        var count: [String: Int] = [:]
        for range in pivotRanges { count[range.key, default: 0] += 1 }
        for range in otherRanges { count[range.key, default: 0] -= 1 }
        guard let onlyPivot = pivotRanges.first(where: { count[$0.key]! > 0 }), let onlyOther = otherRanges.first(where: { count[$0.key]! < 0 })
        else { return nil }
        return (onlyPivot.ends, onlyOther.ends)
    }

    /// Two figures that trade their currency or scale: `x` is an amount in
    /// one passage and a plain figure in the other, `y` the reverse
    /// (`2,345.67 dollars … 48 posts` against `48美元 … 2,345.67个员额`).
    /// What makes a figure an amount is written next to it in every
    /// language, so this is a swap whatever order the languages put figures in.
    private func exchangedAmounts(_ pivot: [ExtractedNumber], _ other: [ExtractedNumber], _ balance: [String: Int])
        -> (pivot: [ExtractedNumber], other: [ExtractedNumber])? {
        guard pivot.contains(where: { $0.kind == .amount }) || other.contains(where: { $0.kind == .amount }) else { return nil }
        func amountBalance() -> [String: Int] {
            var result: [String: Int] = [:]
            for value in pivot where value.kind == .amount && balance[value.comparisonKey] == 0 { result[value.canonical, default: 0] += 1 }
            for value in other where value.kind == .amount && balance[value.comparisonKey] == 0 { result[value.canonical, default: 0] -= 1 }
            return result
        }
        let amounts = amountBalance()
        guard let x = amounts.filter({ $0.value > 0 }).keys.sorted().first, let y = amounts.filter({ $0.value < 0 }).keys.sorted().first,
              let pivotX = pivot.first(where: { $0.canonical == x && $0.kind == .amount }),
              let pivotY = pivot.first(where: { $0.canonical == y && $0.kind.comparisonClass == "number" && $0.kind != .amount }),
              let otherX = other.first(where: { $0.canonical == x && $0.kind.comparisonClass == "number" && $0.kind != .amount }),
              let otherY = other.first(where: { $0.canonical == y && $0.kind == .amount }),
              isClear(pivotX), isClear(pivotY)
        else { return nil }
        return (Self.inTextOrder([pivotX, pivotY]), Self.inTextOrder([otherX, otherY]))
    }

    /// Amounts that both passages state with the same value in currencies
    /// that cannot be the same (`2.345,67 euros` against `2,345.67
    /// dollars`), for values both passages state equally often: the fewest
    /// such pairs any pairing of the values leaves (an amount without a
    /// known currency pairs with any amount; `$` with any dollar), the
    /// pivot's and the other passage's amounts in text order.
    static func currencyConflicts(_ pivot: [ExtractedNumber], _ other: [ExtractedNumber], _ balance: [String: Int])
        -> (pivot: [ExtractedNumber], other: [ExtractedNumber]) {
        guard pivot.contains(where: { $0.currency != nil }), other.contains(where: { $0.currency != nil }) else { return ([], []) }
        var pivotByKey: [String: [ExtractedNumber]] = [:], otherByKey: [String: [ExtractedNumber]] = [:]
        for value in pivot where balance[value.comparisonKey] == 0 { pivotByKey[value.comparisonKey, default: []].append(value) }
        for value in other where balance[value.comparisonKey] == 0 { otherByKey[value.comparisonKey, default: []].append(value) }
        var result: (pivot: [ExtractedNumber], other: [ExtractedNumber]) = ([], [])
        for (key, a) in pivotByKey.sorted(by: { $0.key < $1.key }) {
            guard let b = otherByKey[key], a.contains(where: { $0.currency != nil }), b.contains(where: { $0.currency != nil }) else { continue }
            func compatible(_ x: ExtractedNumber, _ y: ExtractedNumber) -> Bool {
                guard let cx = x.currency, let cy = y.currency else { return true }
                return CurrencyWords.mayBeSame(cx, cy)
            }
            // A maximum pairing of compatible values (augmenting paths; a passage holds few values of one key).
            var partnerOfOther = [Int?](repeating: nil, count: b.count)
            func augment(_ i: Int, _ seen: inout [Bool]) -> Bool {
                for j in b.indices where !seen[j] && compatible(a[i], b[j]) {
                    seen[j] = true
                    if partnerOfOther[j] == nil || augment(partnerOfOther[j]!, &seen) {
                        partnerOfOther[j] = i
                        return true
                    }
                }
                return false
            }
            for i in a.indices {
                var seen = [Bool](repeating: false, count: b.count)
                _ = augment(i, &seen)
            }
            let pairedPivot = Set(partnerOfOther.compactMap { $0 })
            let unpairedPivot = a.indices.filter { !pairedPivot.contains($0) }.map { a[$0] }
            let unpairedOther = b.indices.filter { partnerOfOther[$0] == nil }.map { b[$0] }
            result.pivot += unpairedPivot
            result.other += unpairedOther
        }
        return (inTextOrder(result.pivot), inTextOrder(result.other))
    }

    /// Cancels a left-over date whose other reading (``ExtractedNumber/alternative``,
    /// `10/12/1948` read month first) is a left-over date of the other
    /// passage: the versions agree in one reading. A time's other reading
    /// (an hour on a clock counted from 6 a.m. read as written) only keeps
    /// a difference from being an error.
    private static func cancelAlternatives(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard a.contains(where: { $0.alternative != nil }) || b.contains(where: { $0.alternative != nil }) else { return }
        var index = 0
        while index < a.count {
            let value = a[index]
            if let match = b.firstIndex(where: { other in
                other.kind == value.kind && value.kind != .time && (other.canonical == value.alternative || other.alternative == value.canonical
                                             || (other.alternative != nil && other.alternative == value.alternative))
            }) {
                a.remove(at: index)
                b.remove(at: match)
            } else {
                index += 1
            }
        }
    }

    /// Cancels left-over values of the two passages that are one value
    /// written in two ways the reader cannot tell from one passage alone: a
    /// figure grouped by spaces and its reading as several figures
    /// (``cancelSpaceGroupReadings(_:_:)``), a year with a footnote marker
    /// glued to it (``cancelGluedFootnoteMarkers(_:_:)``) and a percentage
    /// written as a count out of a hundred (``cancelCountsOutOfAHundred(_:_:)``),
    /// in either direction. The checker and the highlight (``DifferingNumbers``) both call it.
    static func cancelOtherReadings(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard !a.isEmpty, !b.isEmpty else { return }
        cancelSpaceGroupReadings(&a, &b)
        cancelSpaceGroupReadings(&b, &a)
        cancelSharedSpaceGroupReadings(&a, &b)
        cancelHyphenJoinedNumbers(&a, &b)
        cancelHyphenJoinedNumbers(&b, &a)
        cancelGluedFootnoteMarkers(&a, &b)
        cancelGluedFootnoteMarkers(&b, &a)
        cancelCountsOutOfAHundred(&a, &b)
        cancelCountsOutOfAHundred(&b, &a)
        cancelYearFirstDatesBeforeACount(&a, &b)
        cancelYearFirstDatesBeforeACount(&b, &a)
    }

    /// Reads a year of `a` written just before a full date of `a` (at most
    /// 24 scalars between them: one word, `2056 аӈани 1 январьдук 1850`) as
    /// that date's year when `b` states a full date in that year and a figure
    /// that is the date's year as `a` read it (`since 1 January 2056, of
    /// 1,850 weapons`): in a language that writes the year first, the figure
    /// after the month is a count. The count and the year are cancelled; the
    /// date, read again, is cancelled against `b`'s equal date or stays a
    /// difference in day or month. All the values must be left over.
    static func cancelYearFirstDatesBeforeACount(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard a.count >= 2, b.count >= 2, a.contains(where: { $0.kind == .date }) else { return }
        // One pass over `a` in text order (the year is the value right before its date); nothing is looked at twice.
        var kept: [ExtractedNumber] = []
        kept.reserveCapacity(a.count)
        var index = 0
        while index < a.count {
            let year = a[index]
            if index + 1 < a.count, year.kind == .year || year.kind == .number, year.canonical.utf8.count == 4 {
                let date = a[index + 1]
                let parts = date.canonical.split(separator: "-")
                if date.kind == .date, date.alternative == nil, parts.count == 3, parts[0].utf8.count == 4,
                   year.scalarRange.upperBound <= date.scalarRange.lowerBound,
                   date.scalarRange.lowerBound - year.scalarRange.upperBound <= 24,
                   b.contains(where: { $0.kind == .date && $0.canonical.split(separator: "-").count == 3
                                       && $0.canonical.hasPrefix(year.canonical + "-") }),
                   let count = b.firstIndex(where: { ($0.kind == .number || $0.kind == .year) && $0.canonical == parts[0] }) {
                    b.remove(at: count)
                    var reread = date
                    reread.canonical = year.canonical + "-" + parts[1] + "-" + parts[2]
                    if let equal = b.firstIndex(where: { $0.kind == .date && $0.canonical == reread.canonical }) {
                        b.remove(at: equal)
                    } else {
                        kept.append(reread)
                    }
                    index += 2
                    continue
                }
            }
            kept.append(year)
            index += 1
        }
        a = kept
    }

    /// Cancels a left-over decimal of `a` whose integer part is a year and
    /// whose fraction is one or two digits written after a point
    /// (`… in 2027.1`: a footnote marker glued to the year at the end of a
    /// sentence, the superscript lost) against the left-over year of `b`
    /// (`en 2027¹`, `en 2027 [1]`), or a left-over date of `b` in that year.
    /// A decimal that is not a year (`27.1`, `2027.15 tonnes` against
    /// `2027.16`) stays; a decimal against its own year in the other passage
    /// is read as the year and its marker, since a measure of 2027.1 against
    /// 2027 is not a difference a translation makes.
    static func cancelGluedFootnoteMarkers(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        var index = 0
        while index < a.count {
            let value = a[index]
            guard value.kind == .number, let year = gluedMarkerYear(value),
                  let match = b.firstIndex(where: { ($0.kind == .year || $0.kind == .number) && $0.canonical == year
                                                    || $0.kind == .date && $0.canonical.hasPrefix(year + "-") })
            else {
                index += 1
                continue
            }
            a.remove(at: index)
            b.remove(at: match)
        }
    }

    /// The year of a decimal written as a year, a point and one or two
    /// digits (`2027.1`, `١٩٤٨.٢`: any digit system), else nil.
    static func gluedMarkerYear(_ value: ExtractedNumber) -> String? {
        let parts = value.canonical.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].utf8.count == 4, (1...2).contains(parts[1].utf8.count), let year = Int(parts[0]),
              NumberDate.figureYears.contains(year) else { return nil }
        // Written with a point (not a decimal comma read as a point: `2027,1` is a decimal in any language that writes one).
        var points = 0, commas = 0
        for scalar in value.written.unicodeScalars {
            if scalar == "." { points += 1 } else if scalar == "," || scalar == "٫" { commas += 1 }
        }
        return points == 1 && commas == 0 ? String(parts[0]) : nil
    }

    /// Cancels a left-over percentage of `b` (`45 per cent`) against two
    /// left-over figures of `a` that write it as a count out of a hundred:
    /// the same figure, then `100` a few words after it (`45 of 100`,
    /// `45 sur 100`, `45 de cada 100`, `45 из 100`, in any language: the
    /// words between are not read). A different figure is no such reading:
    /// it stays a difference (the figures and the percentage are not of one
    /// class, so at most a warning).
    static func cancelCountsOutOfAHundred(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard b.contains(where: { $0.kind == .percentage }), a.count >= 2 else { return }
        var index = 0
        while index + 1 < a.count {
            let count = a[index]
            guard count.kind == .number, let hundred = a[(index + 1)...].firstIndex(where: { $0.kind == .number }),
                  a[hundred].canonical == "100", a[hundred].scalarRange.lowerBound >= count.scalarRange.upperBound,
                  a[hundred].scalarRange.lowerBound - count.scalarRange.upperBound <= maximumGapBeforeHundred,
                  let match = b.firstIndex(where: { $0.kind == .percentage && $0.canonical == count.canonical })
            else {
                index += 1
                continue
            }
            a.remove(at: hundred)
            a.remove(at: index)
            b.remove(at: match)
        }
    }

    /// The most scalars between a count and the `100` of `45 of 100` (`45 de cada 100`: nine).
    static let maximumGapBeforeHundred = 16

    /// Cancels a left-over figure grouped by spaces (`1 120 340`) against
    /// left-over figures of the other passage that are one of its readings
    /// as several figures (``ExtractedNumber/spaceGroupReadings``: `1120`
    /// and `340` of a table row whose columns a PDF extraction set apart by
    /// single spaces, `Total 1.120 340` against `Summa 1 120 340`).
    static func cancelSpaceGroupReadings(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard a.contains(where: { $0.spaceGroups != nil }), b.count >= 2 else { return }
        var index = 0
        while index < a.count {
            var matched: [Int]?
            for reading in a[index].spaceGroupReadings where reading.count <= b.count {
                var used: [Int] = []
                for part in reading {
                    guard let found = b.indices.first(where: { !used.contains($0) && b[$0].kind.comparisonClass == "number" && b[$0].canonical == part })
                    else { break }
                    used.append(found)
                }
                if used.count == reading.count {
                    matched = used
                    break
                }
            }
            if let matched {
                a.remove(at: index)
                for position in matched.sorted(by: >) { b.remove(at: position) }
            } else {
                index += 1
            }
        }
    }

    /// Cancels a left-over figure grouped by spaces against a left-over figure
    /// grouped by spaces of the other passage when both read as the same
    /// figures once cut at some of their spaces (``ExtractedNumber/spaceGroupReadings``):
    /// two table columns whose gap each passage's folded text made one space,
    /// in the order of each script (`615 200 598 400` against `200 615 400 598`,
    /// Arabic digit-group order: 615 200 and 598 400 in both).
    static func cancelSharedSpaceGroupReadings(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard a.contains(where: { $0.spaceGroups != nil }), b.contains(where: { $0.spaceGroups != nil }) else { return }
        func readings(_ value: ExtractedNumber) -> Set<[String]> {
            Set(value.spaceGroupReadings.map { $0.sorted() })
        }
        var index = 0
        while index < a.count {
            let mine = a[index].spaceGroups == nil ? [] : readings(a[index])
            if !mine.isEmpty, let match = b.firstIndex(where: { $0.spaceGroups != nil && !mine.isDisjoint(with: readings($0)) }) {
                a.remove(at: index)
                b.remove(at: match)
            } else {
                index += 1
            }
        }
    }

    /// Cancels two left-over whole figures of `a` joined by a hyphen or dash
    /// alone (`22-1`: the scalar between them is the range mark that joins them)
    /// against the left-over decimal of `b` that writes them with a point
    /// (`22.1`): the number of a paragraph, table or target of section 22,
    /// written `22-1` in Arabic and Persian documents and `22.1` in others;
    /// no range and no two figures.
    static func cancelHyphenJoinedNumbers(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard a.count >= 2, b.contains(where: { $0.canonical.contains(".") }) else { return }
        var index = 0
        while index + 1 < a.count {
            let first = a[index], second = a[index + 1]
            guard first.startsRange, first.kind == .number || first.kind == .year, second.kind == .number,
                  second.scalarRange.lowerBound - first.scalarRange.upperBound == 1,
                  !first.canonical.contains("."), !second.canonical.contains("."),
                  let match = b.firstIndex(where: { $0.kind.comparisonClass == "number" && pointedParts($0.written) == [first.written, second.written].map(digits) })
            else {
                index += 1
                continue
            }
            b.remove(at: match)
            a.removeSubrange(index...(index + 1))
        }
    }

    /// The ASCII digits of `written` (any digit system), nothing else; empty when it holds anything but digits.
    private static func digits(_ written: String) -> String {
        var result = ""
        for scalar in written.unicodeScalars {
            guard let digit = DecimalDigit.value(scalar) else { return "" }
            result.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit)))
        }
        return result
    }

    /// The two runs of digits (as ASCII) of a figure written as digits, one point and digits (`22.1`, `๑๗.๑`), else nil.
    private static func pointedParts(_ written: String) -> [String]? {
        let parts = written.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let result = parts.map { digits(String($0)) }
        return result.allSatisfy({ !$0.isEmpty }) ? result : nil
    }

    /// The spelled-out numbers not written inside a value read from figures
    /// (`cent` of `20 pour cent`, `十七` of `第十七`, `mil` of `5 mil millones`).
    private static func outside(_ words: [SpelledNumber], of values: [ExtractedNumber]) -> [SpelledNumber] {
        guard !words.isEmpty, !values.isEmpty else { return words }
        return words.filter { word in !values.contains { $0.scalarRange.overlaps(word.scalarRange) } }
    }

    /// Removes the spelled-out numbers of equal value that both passages write.
    private static func cancelWords(_ a: inout [SpelledNumber], _ b: inout [SpelledNumber]) {
        guard !a.isEmpty, !b.isEmpty else { return }
        var index = 0
        while index < a.count {
            if let match = b.firstIndex(where: { $0.value == a[index].value }) {
                a.remove(at: index)
                b.remove(at: match)
            } else {
                index += 1
            }
        }
    }

    static func inTextOrder(_ values: [ExtractedNumber]) -> [ExtractedNumber] {
        values.sorted { $0.scalarRange.lowerBound < $1.scalarRange.lowerBound }
    }

    /// A bare hour on one side ("10" in "10 hours") and a time "10:00" on the other are the same; so are
    /// a time written as a decimal without an hour word ("kl. 10.05", "10.05") and "10 ч. 05" or "10:05".
    /// A figure that is the 12-hour reading of the other side's time stays, as a time (``readTwelveHourFigures(_:_:)``).
    private static func cancelHours(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        readMinutesFirstTimes(&a, &b)
        readMinutesFirstTimes(&b, &a)
        func cancel(_ numbers: inout [ExtractedNumber], _ times: inout [ExtractedNumber]) {
            numbers = numbers.filter { value in
                guard value.kind == .number,
                      let index = times.firstIndex(where: { $0.kind == .time && ($0.canonical == value.canonical + ":00" || $0.canonical == clockReading(value.written)) })
                else { return true }
                times.remove(at: index)
                return false
            }
        }
        cancel(&a, &b)
        cancel(&b, &a)
        readTwelveHourFigures(&a, b)
        readTwelveHourFigures(&b, a)
    }

    /// Left-over symbols of `a` shaped as a time written minutes first
    /// (`00/15`, `30/9`: Arabic UN documents, without the word for hour
    /// before them, ``NumberValueReader/minutesFirstTime(_:)``) where `b`
    /// leaves a time over, or a figure that reads as that time (`15.00`,
    /// ``clockReading(_:)``): they are times, never document symbols; each
    /// that is one of `b`'s times or such a figure cancels it, the others
    /// stay as times (two times that differ) where `b` leaves a time over.
    private static func readMinutesFirstTimes(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard a.contains(where: { $0.kind == .symbol }), b.contains(where: { $0.kind == .time || $0.kind == .number }) else { return }
        let otherTimes = b.contains { $0.kind == .time }
        var index = 0
        while index < a.count {
            guard a[index].kind == .symbol, let clock = NumberValueReader.minutesFirstTime(a[index].canonical) else {
                index += 1
                continue
            }
            if let match = b.firstIndex(where: { $0.kind == .time && $0.canonical == clock })
                ?? b.firstIndex(where: { $0.kind == .number && clockReading($0.written) == clock }) {
                a.remove(at: index)
                b.remove(at: match)
                continue
            }
            if otherTimes {
                a[index].kind = .time
                a[index].canonical = clock
            }
            index += 1
        }
    }

    /// A figure that is the 12-hour reading of a time of day the other
    /// passage writes in 24 hours ("10 or di anochi", "10.30 da noite"
    /// against "22 ч. 00", "22h30"): the words that say which half of the day
    /// it is are not read, so the figure is taken as a time too (a time in
    /// one passage only, or two times that differ, is information: the
    /// reader decides). A figure that is the time itself ("22" against
    /// "22:00") was cancelled before.
    private static func readTwelveHourFigures(_ numbers: inout [ExtractedNumber], _ times: [ExtractedNumber]) {
        guard numbers.contains(where: { $0.kind == .number }) else { return }
        var remaining = times.filter { $0.kind == .time }
        guard !remaining.isEmpty else { return }
        for index in numbers.indices where numbers[index].kind == .number {
            let value = numbers[index]
            let clock = clockReading(value.written) ?? (value.canonical.contains(".") ? nil : value.canonical + ":00")
            guard let clock, let match = remaining.firstIndex(where: { isTwelveHourReading(clock, of: $0.canonical) }) else { continue }
            remaining.remove(at: match)
            numbers[index].kind = .time
            numbers[index].canonical = clock
            // Taken as a time only because of the other passage's time: its half of the day is unsaid.
            numbers[index].alternative = value.canonical
        }
    }

    /// Whether `clock` ("10:00", hours 1–12) is the 12-hour reading of the
    /// 24-hour time `time` ("22:00"; "12:30" of "0:30", "12:00" of "24:00").
    static func isTwelveHourReading(_ clock: String, of time: String) -> Bool {
        func parts(_ text: String) -> (Int, Substring)? {
            let split = text.split(separator: ":", omittingEmptySubsequences: false)
            guard split.count == 2, let hours = Int(split[0]) else { return nil }
            return (hours, split[1])
        }
        guard let (hours, minutes) = parts(clock), (1...12).contains(hours), let (fullHours, fullMinutes) = parts(time),
              minutes == fullMinutes else { return false }
        return fullHours == hours + 12 || (hours == 12 && (fullHours == 0 || fullHours == 24))
    }

    /// "10.05" (as written) read as a time of day, "10:05": hours up to 24, two digits of minutes under 60; else nil.
    static func clockReading(_ written: String) -> String? {
        let parts = written.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].utf8.count == 2, parts[0].utf8.count <= 2,
              let hours = Int(parts[0]), hours <= 24, let minutes = Int(parts[1]), minutes < 60 else { return nil }
        return "\(hours):\(parts[1])"
    }

    /// A date without its year (`10 December`) and the same day with a year
    /// (`10 de diciembre de 1948`) do not contradict each other; neither do a
    /// year and a date in that year.
    /// Cancels a left-over complete date of `b` (`14 September 2027`)
    /// against left-over values of `a` that are its parts read apart, where
    /// `a`'s month name or its pattern was not read as a date: the year and
    /// the day as figures, with the month's number if written (`14 ꕢꕌ
    /// 2027`, `2027 M09 14`, `14 Mweri wa kenda 2027`), the year and the day
    /// with its month (`14 กันยายน ค.ศ. 2027`: `--09-14` and `2027`), or the
    /// month and year and the day (`14 ta’ Settembru 2027`: `14` and
    /// `2027-09`; a month and year read so serves each day written before
    /// it, `9 ex 10 tu'n julio 2043` against two dates). The day is a whole figure of any digit system (`١٤`,
    /// `༡༤`). A day that differs stays a difference.
    static func cancelDatesReadInParts(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        guard a.count >= 2, b.contains(where: { $0.kind == .date }) else { return }
        // Months and years already read with a day: one written after two days (`9 ex 10 tu'n julio 2043`, each a
        // date of its own in the other passage, `9 y 10 de julio de 2043`) serves each of them.
        var usedMonthYears = Set<String>()
        var index = 0
        while index < b.count {
            let date = b[index]
            let parts = date.canonical.split(separator: "-")
            guard date.kind == .date, date.alternative == nil, parts.count == 3, let day = Int(parts[2]), let month = Int(parts[1]) else {
                index += 1
                continue
            }
            let year = String(parts[0])
            func figure(_ value: Int, besides used: [Int]) -> Int? {
                a.indices.first { !used.contains($0) && a[$0].kind == .number && a[$0].canonical == String(value) }
            }
            var used: [Int] = []
            if let y = a.firstIndex(where: { ($0.kind == .year || $0.kind == .number) && $0.canonical == year }) {
                if let d = figure(day, besides: [y]) {
                    used = [y, d]
                    if let m = figure(month, besides: used) { used.append(m) }
                } else if let monthDay = a.firstIndex(where: { $0.kind == .date && $0.canonical == "--" + parts[1] + "-" + parts[2] }) {
                    used = [y, monthDay]
                }
            } else if let monthYear = a.firstIndex(where: { $0.kind == .date && $0.canonical == year + "-" + parts[1] }),
                      let d = figure(day, besides: [monthYear]) {
                used = [monthYear, d]
                usedMonthYears.insert(year + "-" + parts[1])
            } else if usedMonthYears.contains(year + "-" + parts[1]), let d = figure(day, besides: []) {
                used = [d]
            }
            guard !used.isEmpty else {
                index += 1
                continue
            }
            for i in used.sorted(by: >) { a.remove(at: i) }
            b.remove(at: index)
        }
    }

    /// A year does not cancel a date of that year when the year's passage
    /// writes a day of another value just before it (`13 lëpińca 2031`, a
    /// month word no table knows, against `12 July 2031`): a date read in
    /// parts whose day differs (``dayBefore(_:in:)``, looked for among all
    /// the values of the passage, `allA` or `allB`, matched or not).
    private static func cancelPartialDates(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber],
                                           allA: [ExtractedNumber], allB: [ExtractedNumber]) {
        func cancel(_ partial: inout [ExtractedNumber], _ full: inout [ExtractedNumber], _ all: [ExtractedNumber]) {
            partial = partial.filter { value in
                let isPartialDate = value.kind == .date && value.canonical.hasPrefix("--")
                let isYear = value.kind == .year
                guard isPartialDate || isYear else { return true }
                let day = isYear ? dayBefore(value, in: all) : nil
                let dayAndMonth = isYear ? dayAndMonthBefore(value, in: all) : nil
                let index = full.firstIndex { other in
                    guard other.kind == .date else { return false }
                    if isPartialDate { return other.canonical.hasSuffix(value.canonical.dropFirst(2)) }
                    guard other.canonical.hasPrefix(value.canonical + "-") else { return false }
                    // A full date whose day is not the day written before the year is no date of that passage.
                    let parts = other.canonical.split(separator: "-")
                    return day == nil || parts.count != 3 || Int(parts[2]) == day
                        || (dayAndMonth.map { Int(parts[2]) == $0.day && Int(parts[1]) == $0.month } ?? false)
                }
                guard let index else { return true }
                full.remove(at: index)
                return false
            }
        }
        cancel(&a, &b, allA)
        cancel(&b, &a, allB)
    }

    /// The whole figure of 1 to 31 among `values` written just before `year`
    /// (at most 24 scalars between them, no value between): the day of a
    /// date whose month was not read (`13 lëpińca 2031`, `13. lëpińca 2031`).
    static func dayBefore(_ year: ExtractedNumber, in values: [ExtractedNumber]) -> Int? {
        let before = values.filter { $0.scalarRange.upperBound <= year.scalarRange.lowerBound }
        guard let last = before.max(by: { $0.scalarRange.upperBound < $1.scalarRange.upperBound }), last.kind == .number,
              year.scalarRange.lowerBound - last.scalarRange.upperBound <= 24, let day = Int(last.canonical), (1...31).contains(day)
        else { return nil }
        return day
    }

    /// The day and month of a date written in figures between words, day first (`hruê 1 mlan 3 thŭn 2098`, "day 1
    /// month 3 year 2098", as Vietnamese `ngày 1 tháng 3 năm 2098`): the whole figure of 1 to 12 just before `year`
    /// (`dayBefore`) and a whole figure of 1 to 31 just before that one, at most 24 scalars apart, no value between.
    static func dayAndMonthBefore(_ year: ExtractedNumber, in values: [ExtractedNumber]) -> (day: Int, month: Int)? {
        guard let month = dayBefore(year, in: values), month <= 12,
              let monthValue = values.last(where: { $0.scalarRange.upperBound <= year.scalarRange.lowerBound && $0.kind == .number
                  && Int($0.canonical) == month }),
              let day = dayBefore(monthValue, in: values) else { return nil }
        return (day, month)
    }

    /// `values` without the figures and percentages that `words` (same value,
    /// or the value of one of their words; a word for one half, 0.5:
    /// ``NumberWordTable/halves``) account for; each spelled-out number
    /// accounts for one value and is removed from `words`.
    private static func excusing(_ values: [ExtractedNumber], by words: inout [SpelledNumber]) -> [ExtractedNumber] {
        guard !words.isEmpty else { return values }
        return values.filter { value in
            guard value.kind.comparisonClass == "number" || value.kind == .percentage else { return true }
            let index: Int?
            if let figure = Int(value.canonical) {
                // Chinese 半 is one half only, never a 2.
                index = words.firstIndex(where: { $0.value == figure && $0.written != "半" }) ?? words.firstIndex(where: { $0.parts.contains(figure) && $0.written != "半" })
            } else if value.canonical == "0.5" {
                index = words.firstIndex(where: { $0.value == 2 && NumberWordTable.halves.contains($0.written.lowercased()) })
            } else {
                index = nil
            }
            guard let index else { return true }
            words.remove(at: index)
            return false
        }
    }

    /// Values whose key is left over on one side, each listed once per surplus.
    private static func unmatched(_ values: [ExtractedNumber], _ balance: [String: Int], sign: Int) -> [ExtractedNumber] {
        leftOvers(values, surplus: balance.mapValues { $0 * sign })
    }

    /// The values of `values` (in text order) that the counts in `surplus` leave over, key by key. Of equal values,
    /// those that start a range are left over first: a figure joined to the next by a hyphen (`17` of `الفقرة 17-2`,
    /// paragraph 17.2) is the one the other passage may write otherwise, not the same figure standing alone
    /// (`Sect. 17`).
    static func leftOvers<Values: Sequence<ExtractedNumber>>(_ values: Values, surplus: [String: Int]) -> [ExtractedNumber] {
        var remaining = surplus.filter { $0.value > 0 }
        guard !remaining.isEmpty else { return [] }
        let all = Array(values)
        var chosen = [Bool](repeating: false, count: all.count)
        for pass in 0..<2 {
            for (index, value) in all.enumerated() where !chosen[index] && (pass == 1 || value.startsRange) {
                guard let count = remaining[value.comparisonKey], count > 0 else { continue }
                chosen[index] = true
                remaining[value.comparisonKey] = count - 1
            }
        }
        return all.indices.filter { chosen[$0] }.map { all[$0] }
    }
}
