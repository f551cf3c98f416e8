import ParityCore

/// The number defects a translation or a retyping can bring in.
public enum NumberDefect: String, CaseIterable, Sendable {
    /// One digit of a figure changed (`2030` → `2031`, `第十七` → `第十八`).
    case changedDigit
    /// The decimal separator moved one place (`1,5` → `15,`, `0.15` → `01.5`).
    case movedDecimalSeparator
    /// The first digit of a date changed: its day, or its year when the year comes first.
    case changedDayOrYear
    /// A figure, percentage, date or symbol left out.
    case droppedFigure
    /// Two figures of one kind in one paragraph exchanged (`article 25 … paragraph 17` → `article 17 … paragraph 25`).
    case swappedFigures
    /// A cardinal or ordinal written in words replaced by another (`seventeenth` → `eighteen`, `treinta` → `cuarenta`).
    case changedNumberWord
}

/// Injects one number defect into a paragraph, choosing the value by the
/// number model itself (``NumberExtractor``): the n-th value the defect
/// applies to among those the checker counts as clear (a figure of 10 or more, a
/// decimal, a percentage, an amount, a year, a complete date, a symbol).
public struct NumberDefectInjector: Sendable {
    let extractor: NumberExtractor
    let languageCode: String

    /// An injector for text in the language with `code`.
    public init(languageCode: String) {
        extractor = NumberExtractor(languageCode: languageCode)
        self.languageCode = languageCode
    }

    /// The clear values of `text`, in order.
    public func clearValues(_ text: String) -> [ExtractedNumber] {
        extractor.extract(text).filter { value in
            switch value.kind {
            case .time: return false
            case .date: return !value.canonical.hasPrefix("--") && value.canonical.utf8.count > 4
            case .number, .ordinal, .reference:
                return value.canonical.contains(".") || (Int(value.canonical) ?? Int.max) >= 10
            default: return true
            }
        }
    }

    /// `text` with `defect` injected, and the value it was injected into; nil
    /// when the paragraph has no value the defect applies to. Only values
    /// for which `eligible` holds are chosen (a test passes the values the
    /// other version also writes in figures: a figure the other version
    /// writes in words cannot be compared).
    public func inject(_ defect: NumberDefect, into text: String,
                       eligible: (ExtractedNumber) -> Bool = { _ in true }, occurrence: Int = 0) -> (text: String, value: ExtractedNumber)? {
        var scalars = Array(text.unicodeScalars)
        let values = clearValues(text).filter(eligible)
        /// The `occurrence`-th value (from 0) that satisfies `applies`.
        func pick(_ applies: (ExtractedNumber) -> Bool) -> ExtractedNumber? {
            let candidates = values.filter(applies)
            return occurrence < candidates.count ? candidates[occurrence] : nil
        }
        // Digits of every system, and the digit characters of Chinese numerals (十 and 百 are units, not digits).
        func digitPositions(_ value: ExtractedNumber) -> [Int] {
            value.scalarRange.filter { scalars[$0].properties.numericType == .decimal || ChineseNumeral.digitValue(scalars[$0]) != nil }
        }
        func bumped(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            if scalar.properties.numericType != .decimal, let digit = ChineseNumeral.digitValue(scalar) {
                return Array("〇一二三四五六七八九".unicodeScalars)[(digit + 1) % 10]
            }
            let digit = Int(scalar.properties.numericValue ?? 0)
            return Unicode.Scalar(scalar.value - UInt32(digit) + UInt32((digit + 1) % 10))!
        }
        switch defect {
        case .changedDigit:
            guard let value = pick({ $0.kind != .date && $0.kind != .symbol && $0.kind != .resolution && !digitPositions($0).isEmpty }),
                  let position = digitPositions(value).last else { return nil }
            scalars[position] = bumped(scalars[position])
            return (Self.string(scalars), value)
        case .movedDecimalSeparator:
            let marks: Set<Unicode.Scalar> = [",", ".", "٫"]
            func movablePosition(_ value: ExtractedNumber) -> Int? {
                value.scalarRange.last(where: { index in
                // A mark with two digits after it, so the moved form is still a figure (0,15 → 01,5).
                marks.contains(scalars[index]) && index + 2 < value.scalarRange.upperBound
                    && scalars[index + 1].properties.numericType == .decimal && scalars[index + 2].properties.numericType == .decimal
                })
            }
            guard let value = pick({ $0.canonical.contains(".") && $0.kind != .date && $0.kind != .symbol && movablePosition($0) != nil }),
                  let position = movablePosition(value) else { return nil }
            scalars.swapAt(position, position + 1)
            return (Self.string(scalars), value)
        case .changedDayOrYear:
            guard let value = pick({ $0.kind == .date && !digitPositions($0).isEmpty }),
                  let position = digitPositions(value).first else { return nil }
            scalars[position] = bumped(scalars[position])
            return (Self.string(scalars), value)
        case .droppedFigure:
            guard let value = pick({ _ in true }) else { return nil }
            scalars.removeSubrange(value.scalarRange)
            return (Self.string(scalars), value)
        case .swappedFigures:
            let swaps = swapsWithin(text, eligible: eligible)
            guard occurrence < swaps.count else { return nil }
            return swaps[occurrence]
        case .changedNumberWord:
            let words = extractor.spelledOutFigures(text).filter { (Int($0.canonical) ?? 0) >= 10 }
            guard occurrence < words.count, let value = Int(words[occurrence].canonical),
                  let replacement = wordAbove(value) else { return nil }
            scalars.replaceSubrange(words[occurrence].scalarRange, with: replacement.unicodeScalars)
            return (Self.string(scalars), words[occurrence])
        }
    }

    /// A cardinal or ordinal of the language's word table (``NumberWordTable``)
    /// with the smallest value above `value` (the first in alphabetical order
    /// among equals): `seventeenth` → `eighteen`, `treinta` → `cuarenta`.
    func wordAbove(_ value: Int) -> String? {
        let adjectives = NumberWordTable.adjectives[languageCode] ?? []
        let candidates = (NumberWordTable.words[languageCode] ?? [:]).filter { word, number in
            number > value && number < 100 && !adjectives.contains(word) && !word.contains(" ")
        }
        guard let smallest = candidates.values.min() else { return nil }
        return candidates.filter { $0.value == smallest }.keys.sorted().first
    }

    /// `text` with two of its clear values of one comparison class and
    /// different values exchanged, each pair (in text order) for which the
    /// exchange keeps every value's reading (so only their order changes),
    /// with the first value of the pair.
    public func swapsWithin(_ text: String, eligible: (ExtractedNumber) -> Bool = { _ in true }) -> [(text: String, value: ExtractedNumber)] {
        let values = clearValues(text).filter(eligible)
        let keys = extractor.extract(text).map(\.comparisonKey)
        var result: [(text: String, value: ExtractedNumber)] = []
        for i in values.indices {
            for j in values.indices where j > i && values[i].kind.comparisonClass == values[j].kind.comparisonClass
                && values[i].canonical != values[j].canonical && !values[i].scalarRange.overlaps(values[j].scalarRange) {
                var scalars = Array(text.unicodeScalars)
                let first = Array(scalars[values[i].scalarRange]), second = Array(scalars[values[j].scalarRange])
                scalars.replaceSubrange(values[j].scalarRange, with: first)
                scalars.replaceSubrange(values[i].scalarRange, with: second)
                let swapped = Self.string(scalars)
                let swappedKeys = extractor.extract(swapped).map(\.comparisonKey)
                if swappedKeys != keys, swappedKeys.sorted() == keys.sorted() { result.append((swapped, values[i])) }
            }
        }
        return result
    }

    /// The two paragraphs with their first clear values of the same kind
    /// class and different values swapped; nil when there are none.
    public func swapping(_ first: String, _ second: String,
                         eligible: (ExtractedNumber, Int) -> Bool = { _, _ in true }) -> (first: String, second: String)? {
        for a in clearValues(first) where eligible(a, 0) {
            for b in clearValues(second) where eligible(b, 1) && a.kind.comparisonClass == b.kind.comparisonClass && a.canonical != b.canonical {
                var one = Array(first.unicodeScalars), two = Array(second.unicodeScalars)
                let aScalars = Array(one[a.scalarRange]), bScalars = Array(two[b.scalarRange])
                one.replaceSubrange(a.scalarRange, with: bScalars)
                two.replaceSubrange(b.scalarRange, with: aScalars)
                return (Self.string(one), Self.string(two))
            }
        }
        return nil
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
