/// Finds numbers and symbols (`%`, `$`, `€`, `§`, `№`, …) in text.
///
/// A local extractor for the views: it reads ASCII, Arabic-Indic, Eastern
/// Arabic-Indic and fullwidth digits. Digit groups joined by a thousands
/// separator followed by exactly three digits form one number; anything else
/// (a decimal comma or point, `60/227`) splits into separate numbers, so
/// that `1,5` and `1.5` compare equal across languages.
public enum NumericTokenExtractor {
    /// The numbers and symbols of `text`, in order.
    public static func tokens(in text: String) -> [NumericToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [NumericToken] = []
        var index = 0
        while index < scalars.count {
            if let symbol = symbol(scalars[index]) {
                tokens.append(NumericToken(range: index..<index + 1, value: symbol))
                index += 1
                continue
            }
            guard digit(scalars[index]) != nil else {
                index += 1
                continue
            }
            let start = index
            var value = ""
            while index < scalars.count {
                if let d = digit(scalars[index]) {
                    value.append(d)
                    index += 1
                } else if isGroupSeparator(scalars[index]), groupOfThree(scalars, after: index) {
                    index += 1
                } else {
                    break
                }
            }
            tokens.append(NumericToken(range: start..<index, value: value))
        }
        return tokens
    }

    /// Whether exactly three digits follow position `index` (then a non-digit or the end).
    private static func groupOfThree(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        guard index + 3 < scalars.count else { return false }
        for offset in 1...3 where digit(scalars[index + offset]) == nil { return false }
        return index + 4 >= scalars.count || digit(scalars[index + 4]) == nil
    }

    private static func isGroupSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x2E, 0x20, 0xA0, 0x202F, 0x2009, 0x066C, 0x2019, 0x27: return true
        default: return false
        }
    }

    /// The ASCII digit of `scalar`, if it is a decimal digit of a script UN documents use.
    static func digit(_ scalar: Unicode.Scalar) -> Character? {
        let value = scalar.value
        switch value {
        case 0x30...0x39: return Character(scalar)
        case 0x660...0x669: return Character(Unicode.Scalar(value - 0x660 + 0x30)!)
        case 0x6F0...0x6F9: return Character(Unicode.Scalar(value - 0x6F0 + 0x30)!)
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(value - 0xFF10 + 0x30)!)
        default: return nil
        }
    }

    /// The folded form of a symbol worth comparing, if `scalar` is one.
    static func symbol(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x25, 0x66A, 0xFF05: return "%"
        case 0x2030, 0x609: return "‰"
        case 0x24, 0xFF04: return "$"
        case 0x20AC: return "€"
        case 0xA3, 0xFFE1: return "£"
        case 0xA5, 0xFFE5: return "¥"
        case 0xA7: return "§"
        case 0x2116: return "№"
        case 0xB0: return "°"
        default: return nil
        }
    }
}
