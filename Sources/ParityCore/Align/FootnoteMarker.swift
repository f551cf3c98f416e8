/// Normalizes footnote markers so that `¹`, `1`, `(1)`, `[1]` and `1/` are
/// the same marker, and `*`, `**` keep their identity.
public enum FootnoteMarker {
    /// The normalized marker: digits as ASCII, symbols kept, brackets and
    /// white space dropped.
    public static func normalize(_ marker: String) -> String {
        var result = ""
        for scalar in marker.unicodeScalars {
            if let digit = digitValue(scalar) {
                result.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit)))
            } else if scalar.properties.isWhitespace || "()[]{}/.".unicodeScalars.contains(scalar) {
                continue
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        // "01" and "1" are the same marker.
        if !result.isEmpty, result.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) {
            while result.count > 1, result.hasPrefix("0") { result.removeFirst() }
        }
        return result
    }

    /// The value of a decimal digit in any of the forms footnote markers take.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x2070: return 0
        case 0x00B9: return 1
        case 0x00B2: return 2
        case 0x00B3: return 3
        case 0x2074...0x2079: return Int(scalar.value - 0x2070)
        case 0x2080...0x2089: return Int(scalar.value - 0x2080)
        case 0x0660...0x0669: return Int(scalar.value - 0x0660)
        case 0x06F0...0x06F9: return Int(scalar.value - 0x06F0)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
