/// Reading and writing the numerals used in section labels: Chinese numerals
/// of the short label form, decimal digits in any script, and Latin letter
/// positions. Roman numerals are `RomanNumeral`.
public enum Numerals {
    /// The value of a Chinese numeral from 1 to 99 (`一`, `十二`, `二十三`).
    public static func chineseValue<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 3 else { return nil }
        func digit(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar {
            case "一": return 1
            case "二": return 2
            case "三": return 3
            case "四": return 4
            case "五": return 5
            case "六": return 6
            case "七": return 7
            case "八": return 8
            case "九": return 9
            default: return nil
            }
        }
        let items = Array(scalars)
        if items.count == 1 {
            return items[0] == "十" ? 10 : digit(items[0])
        }
        if let tenIndex = items.firstIndex(of: "十") {
            let tens = tenIndex == 0 ? 1 : (tenIndex == 1 ? digit(items[0]) : nil)
            guard let tens else { return nil }
            let restItems = items[(tenIndex + 1)...]
            if restItems.isEmpty { return tens * 10 }
            guard restItems.count == 1, let units = digit(restItems.first!) else { return nil }
            return tens * 10 + units
        }
        return nil
    }

    /// `value` (1...99) as a Chinese numeral: 1 → `一`, 10 → `十`, 23 → `二十三`.
    public static func chinese(_ value: Int) -> String {
        let digits = Array("一二三四五六七八九".unicodeScalars)
        guard value > 0, value < 100 else { return String(value) }
        let tens = value / 10
        let units = value % 10
        var out: [Unicode.Scalar] = []
        if tens > 1 { out.append(digits[tens - 1]) }
        if tens > 0 { out.append("十") }
        if units > 0 { out.append(digits[units - 1]) }
        return ScalarText.string(out)
    }

    /// Whether `scalar` can be part of a Chinese numeral.
    public static func isChineseNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        "一二三四五六七八九十".unicodeScalars.contains(scalar)
    }

    /// A decimal number written in one digit script (ASCII, full-width, Arabic-Indic).
    public static func decimalValue<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 6 else { return nil }
        var total = 0
        for scalar in scalars {
            guard let digit = ScalarClass.digit(scalar) else { return nil }
            total = total * 10 + digit
        }
        return total
    }

    /// The Latin letter for a position: 1 → `A`, 26 → `Z`, 27 → `AA`.
    public static func latinLetter(_ position: Int) -> String {
        guard position > 0 else { return "?" }
        var rest = position
        var out: [Unicode.Scalar] = []
        while rest > 0 {
            let index = (rest - 1) % 26
            out.insert(Unicode.Scalar(UInt8(0x41 + index)), at: 0)
            rest = (rest - 1) / 26
        }
        return ScalarText.string(out)
    }

    /// The position of a Latin letter (`A`/`a` → 1).
    public static func latinPosition(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x41...0x5A: return Int(scalar.value - 0x40)
        case 0x61...0x7A: return Int(scalar.value - 0x60)
        case 0xFF21...0xFF3A: return Int(scalar.value - 0xFF20)
        default: return nil
        }
    }
}
