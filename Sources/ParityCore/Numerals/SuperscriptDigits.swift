/// Superscript digits (`⁰` … `⁹`), the way clean plain-text UN documents
/// write numbered footnote markers: reading them and writing them.
public enum SuperscriptDigits {
    private static let digits: [Unicode.Scalar] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The value of a superscript digit (`¹` → 1), if `scalar` is one.
    @inline(__always)
    public static func value(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x2070: return 0
        case 0xB9: return 1
        case 0xB2: return 2
        case 0xB3: return 3
        case 0x2074...0x2079: return Int(scalar.value - 0x2070)
        default: return nil
        }
    }

    /// `number` (0 or more) in superscript digits (`12` → `¹²`).
    public static func superscript(_ number: Int) -> String {
        superscriptIfDigits(String(number))
    }

    /// `text` with ASCII digits turned into superscript digits when it is only
    /// ASCII digits (`12` → `¹²`); any other text unchanged.
    public static func superscriptIfDigits(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard !scalars.isEmpty, scalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return text }
        return String(String.UnicodeScalarView(scalars.map { digits[Int($0.value - 0x30)] }))
    }
}
