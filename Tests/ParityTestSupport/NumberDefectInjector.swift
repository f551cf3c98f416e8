import ParityCore

/// The number defects a translation or a retyping can bring in.
public enum NumberDefect: String, CaseIterable, Sendable {
    /// One digit of a figure changed (`2030` → `2031`).
    case changedDigit
    /// The decimal separator moved one place (`1,5` → `15,`, `0.15` → `01.5`).
    case movedDecimalSeparator
    /// The first digit of a date changed: its day, or its year when the year comes first.
    case changedDayOrYear
    /// A figure, percentage, date or symbol left out.
    case droppedFigure
}

/// Injects one number defect into a paragraph, choosing the value by the
/// number model itself (``NumberExtractor``): the n-th value the defect
/// applies to among those the checker counts as clear (a figure of 10 or more, a
/// decimal, a percentage, an amount, a year, a complete date, a symbol).
public struct NumberDefectInjector: Sendable {
    let extractor: NumberExtractor

    /// An injector for text in the language with `code`.
    public init(languageCode: String) {
        extractor = NumberExtractor(languageCode: languageCode)
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
        func digitPositions(_ value: ExtractedNumber) -> [Int] {
            value.scalarRange.filter { scalars[$0].properties.numericType == .decimal }
        }
        func bumped(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
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
        }
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
