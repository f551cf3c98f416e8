/// Decimal digits of every digit system Unicode knows: ASCII, Arabic-Indic
/// (٠–٩), Eastern Arabic-Indic (۰–۹), Devanagari (०–९), full-width (０–９),
/// Bengali, Thai, and the others whose numeric type is decimal — and the
/// positional digits Unicode files as other numbers (`No`), such as
/// Medefaidrin's (𖺀–𖺉): a run of ten consecutive scalars named digits whose
/// numeric values are 0 to 9 in order, each with numeric type "numeric".
/// Superscript, subscript and circled digits (numeric type "digit": they are
/// footnote markers, formula indices and list bullets), Roman numeral letters,
/// and numerals that are not positional (Ethiopic ፩, Kharoshthi, with no
/// zero) or count to twenty (Kaktovik, Mayan numerals) are not decimal digits.
///
/// The one definition of a digit for every reader: labels, figures, footnote
/// markers and dates (`ScalarClass.digit` answers the same).
enum DecimalDigit {
    /// The value of `scalar` if it is a decimal digit.
    @inline(__always)
    static func value(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil }
        if v < 0x660 { return nil }
        // Ranges without decimal digits, or whose digits are known, answered without the property tables:
        // Arabic, CJK and kana, Hangul, full-width forms.
        if v <= 0x6FF {
            if v <= 0x669 { return Int(v - 0x660) }
            return v >= 0x6F0 && v <= 0x6F9 ? Int(v - 0x6F0) : nil
        }
        if v >= 0x966 && v <= 0x96F { return Int(v - 0x966) }
        if v < 0x7C0 || (0x2000..<0xA000).contains(v) || (0xAC00..<0xFF10).contains(v) { return nil }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return propertyValue(scalar)
    }

    /// The value from Unicode's property tables. Kept out of line: inlined, its
    /// resilient `Unicode.NumericType` makes every caller set up stack room
    /// for it on each call, ASCII or not.
    @inline(never)
    private static func propertyValue(_ scalar: Unicode.Scalar) -> Int? {
        let properties = scalar.properties
        switch properties.numericType {
        case .decimal?:
            return properties.numericValue.map { Int($0) }
        case .numeric?:
            guard let number = properties.numericValue, number >= 0, number <= 9, number == number.rounded() else { return nil }
            let value = Int(number)
            return isPositionalDigitRun(from: scalar.value - UInt32(value)) ? value : nil
        default:
            return nil
        }
    }

    /// Whether the ten scalars from `start` are digits 0 to 9 of one system, in order, that Unicode files as
    /// numbers of numeric type "numeric" (`No`, not `Nd`): each has that numeric type and value, and its name calls
    /// it a digit (Medefaidrin `𖺀`–`𖺉`). Kaktovik and Mayan numerals (named numerals, counting to nineteen) and
    /// Khmer's divination symbols are none.
    private static func isPositionalDigitRun(from start: UInt32) -> Bool {
        for offset in 0..<UInt32(10) {
            guard let scalar = Unicode.Scalar(start + offset) else { return false }
            let properties = scalar.properties
            guard properties.numericType == .numeric, properties.numericValue == Double(offset),
                  let name = properties.name, name.contains(" DIGIT ") else { return false }
        }
        return true
    }
}
