/// Reads Chinese numerals: `一` 1, `十` 10, `二十九` 29, `三十` 30, `一百零五` 105,
/// `两千` 2000, `三万` 30000, positional `二〇〇六` 2006, and the financial forms
/// (`壹`, `贰`, `拾`, ...); and reads and writes the short form heading labels
/// use (`一.` ... `九十九.`).
public enum ChineseNumeral {
    /// The value of a digit character (0...9), if `scalar` is one.
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零", "○": return 0
        case "一", "壹", "弌": return 1
        case "二", "两", "兩", "贰", "貳", "弍": return 2
        case "三", "叁", "參", "弎": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// The value of a unit character (`十` 10, `百` 100, `千` 1000, `万` 10⁴, `亿` 10⁸), if `scalar` is one.
    public static func unitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        case "万", "萬": return 10_000
        case "亿", "億": return 100_000_000
        default: return nil
        }
    }

    /// Whether `scalar` is a Chinese numeral character (digit or unit).
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digitValue(scalar) != nil || unitValue(scalar) != nil
    }

    /// The value of `numeral`, which must consist of numeral characters only;
    /// `nil` for an empty or ill-formed numeral.
    public static func value<S: Sequence<Unicode.Scalar>>(of numeral: S) -> Int? {
        let scalars = Array(numeral)
        guard !scalars.isEmpty, scalars.allSatisfy(isNumeral) else { return nil }
        if scalars.allSatisfy({ digitValue($0) != nil }) {
            guard scalars.count <= 18 else { return nil }
            return scalars.reduce(0) { $0 * 10 + digitValue($1)! }
        }
        var hundredMillions = 0 // everything up to the last 亿, times 10⁸
        var tenThousands = 0    // the 万 group below it, times 10⁴
        var section = 0         // the group below 万 being read
        var digit: Int?         // the digit waiting for its unit
        for scalar in scalars {
            if let value = digitValue(scalar) {
                digit = value
                continue
            }
            let unit = unitValue(scalar)!
            let group = section + (digit ?? 0)
            switch unit {
            case 100_000_000:
                guard group + tenThousands + hundredMillions > 0 else { return nil }
                hundredMillions = (hundredMillions + tenThousands + group) * unit
                tenThousands = 0
                section = 0
            case 10_000:
                guard group > 0 else { return nil }
                tenThousands += group * unit
                section = 0
            default:
                // A bare `十` at the start of a group means one ten.
                section += (digit ?? 1) * unit
            }
            digit = nil
        }
        return hundredMillions + tenThousands + section + (digit ?? 0)
    }

    /// Whether `numeral` (numeral characters only) states an amount as plainly as figures do: it opens with a digit
    /// character and holds a unit of a thousand or more (`四十二万`, `三千五百`, `两亿`), as no heading label, date or
    /// idiom (`第三条`, `十二月`, `千万`) does.
    public static func isAmount(_ numeral: [Unicode.Scalar]) -> Bool {
        guard numeral.count >= 2, let first = numeral.first, digitValue(first) != nil else { return false }
        return numeral.contains { (unitValue($0) ?? 0) >= 1000 }
    }

    /// Whether `scalar` can be part of a heading-label numeral: a plain digit
    /// `一` ... `九` or `十`.
    public static func isLabelNumeral(_ scalar: Unicode.Scalar) -> Bool {
        // The scalars of "一二三四五六七八九十", compared as values (no string walked per call).
        switch scalar.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
        default: return false
        }
    }

    /// The value of a heading-label numeral from 1 to 99 (`一`, `十二`,
    /// `二十三`, also `一十二`). Stricter than `value(of:)`: plain digits and
    /// `十` only, at most three characters, no positional `一二`.
    public static func labelValue<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 3, scalars.allSatisfy(isLabelNumeral) else { return nil }
        func digit(_ scalar: Unicode.Scalar) -> Int? { scalar == "十" ? nil : digitValue(scalar) }
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

    /// `value` (1...99) as a heading-label numeral: 1 → `一`, 10 → `十`,
    /// 23 → `二十三`; other values in ASCII digits.
    public static func labelSpelling(_ value: Int) -> String {
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
}
