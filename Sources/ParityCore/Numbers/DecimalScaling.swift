/// The canonical form of a decimal figure, and of a figure multiplied by a
/// power of ten (a scale word): `100000` × 10⁶ and `100` × 10⁹ both give
/// `100000000000`; `2.5` × 10⁶ gives `2500000`. Works on the digit strings,
/// so no precision is lost on long figures.
enum DecimalScaling {
    /// `integer.fraction` × 10^`exponent`, without leading zeros in the
    /// integer part or trailing zeros in the fraction (`0.15`, `1000`, `1.5`).
    static func canonical(integer: String, fraction: String?, exponent: Int = 0) -> String {
        var integerDigits = Array(integer.utf8)
        var fractionDigits = Array((fraction ?? "").utf8)
        if exponent > 0 {
            let moved = min(exponent, fractionDigits.count)
            integerDigits += fractionDigits.prefix(moved)
            fractionDigits.removeFirst(moved)
            integerDigits += Array(repeating: UInt8(ascii: "0"), count: exponent - moved)
        }
        var start = 0
        while start < integerDigits.count - 1, integerDigits[start] == UInt8(ascii: "0") { start += 1 }
        var end = fractionDigits.count
        while end > 0, fractionDigits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        var result = String(decoding: integerDigits[start...], as: UTF8.self)
        if result.isEmpty { result = "0" }
        if end > 0 { result += "." + String(decoding: fractionDigits[..<end], as: UTF8.self) }
        return result
    }
}
