/// Roman numerals (1...3999, canonical spelling only) as heading labels
/// (`IV.`, `(iv)`), session numbers (`217 A (III)`), centuries (`siglo XXI`),
/// article titles (`Article IV`) and list counters write them.
public enum RomanNumeral {
    /// The value of an upper-case Roman numeral in canonical form (`IV`, `XII`),
    /// 1...3999; `nil` for anything else (`IIII`, `IC`, `VIVID`, `iv`).
    public static func value<C: Collection>(of scalars: C) -> Int? where C.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        for scalar in scalars.reversed() {
            let value: Int
            switch scalar {
            case "I": value = 1
            case "V": value = 5
            case "X": value = 10
            case "L": value = 50
            case "C": value = 100
            case "D": value = 500
            case "M": value = 1000
            default: return nil
            }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        // Only canonical spellings count: "IIII" or "IC" are words, not numbers.
        guard total > 0, total < 4000, spelling(total).unicodeScalars.elementsEqual(scalars) else { return nil }
        return total
    }

    /// The value of a lower-case Roman numeral in canonical form (`iv`), 1...3999.
    public static func lowercaseValue<C: Collection>(of scalars: C) -> Int? where C.Element == Unicode.Scalar {
        value(of: scalars.map { Unicode.Scalar($0.value >= 0x61 && $0.value <= 0x7A ? $0.value - 0x20 : $0.value)! })
    }

    /// The value of `text` read case-insensitively (`xxi`, `XXI`, `Xxi`) when it
    /// is a Roman numeral in canonical form, 1...3999.
    public static func value(ignoringCase text: String) -> Int? {
        value(of: text.uppercased().unicodeScalars)
    }

    /// The canonical upper-case spelling of `value` (1...3999): 14 → `XIV`.
    public static func spelling(_ value: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var out = ""
        for (amount, symbol) in table {
            while rest >= amount {
                out += symbol
                rest -= amount
            }
        }
        return out
    }
}
