/// Reading and writing the numerals used in section labels: decimal digits
/// in any script and Latin letter positions. Roman numerals are
/// `RomanNumeral`, Chinese ones `ChineseNumeral`.
public enum Numerals {
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

    /// The item key of an item placed by its run: 1 → `a`, 26 and beyond → `z`.
    static func itemLetterKey(_ position: Int) -> String {
        latinLetter(min(position, 26)).lowercased()
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
