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
        guard scalar.properties.numericType == .decimal, let number = scalar.properties.numericValue else { return nil }
        return Int(number)
    }
}
