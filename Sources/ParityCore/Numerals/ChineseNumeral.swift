/// Reads Chinese numerals: `一` 1, `十` 10, `二十九` 29, `三十` 30, `一百零五` 105,
/// `两千` 2000, `三万` 30000, positional `二〇〇六` 2006, and the financial forms
/// (`壹`, `贰`, `拾`, ...).
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
}
