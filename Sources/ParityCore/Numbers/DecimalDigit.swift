/// Decimal digits of every digit system Unicode knows: ASCII, Arabic-Indic
/// (٠–٩), Eastern Arabic-Indic (۰–۹), Devanagari (०–९), full-width (０–９),
/// Bengali, Thai, and the others whose numeric type is decimal. Superscript
/// and circled digits are not decimal digits (they are footnote markers and
/// list bullets).
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
        if (0x2000..<0xA000).contains(v) || (0xAC00..<0xFF10).contains(v) { return nil }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return propertyValue(scalar)
    }

    /// The value from Unicode's property tables. Kept out of line: inlined, its
    /// resilient `Unicode.NumericType` makes every caller set up stack room
    /// for it on each call, ASCII or not.
    @inline(never)
    private static func propertyValue(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.properties.numericType == .decimal, let number = scalar.properties.numericValue else { return nil }
        return Int(number)
    }
}
