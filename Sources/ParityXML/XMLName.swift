/// Checks for XML names (`NCName`: no colon), which block ids must be because
/// XCES and the native format use them as ids and in id lists.
import CLibXML2

enum XMLName {
    /// Whether `string` is a non-empty NCName (XML 1.0 fifth edition name
    /// characters, no colon) that older validators accept too: beyond ASCII,
    /// only letters, decimal digits and combining marks (libxml2's schema
    /// types follow the older, letter-based rules and refuse, say, the
    /// ideographic comma `、` that the fifth edition allows).
    static func isNCName(_ string: String) -> Bool {
        var scalars = string.unicodeScalars.makeIterator()
        guard let first = scalars.next(), isNameStart(first), isLetterLike(first, start: true) else { return false }
        while let scalar = scalars.next() {
            if !isNameCharacter(scalar) || !isLetterLike(scalar, start: false) { return false }
        }
        // The last word is libxml2's, whose validators check the output: its
        // letters are those of XML 1.0 before the fifth edition (no letter
        // outside the BMP, none of CJK extension A, …), a million-input fuzz
        // run found an id Swift called a letter and the schema refused.
        return string.unicodeScalars.allSatisfy(\.isASCII) || xmlValidateNCName(string, 0) == 0
    }

    /// ASCII name characters, or a letter (a start), a decimal digit or a combining mark.
    private static func isLetterLike(_ scalar: Unicode.Scalar, start: Bool) -> Bool {
        if scalar.isASCII { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        if start { return false }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0xB7
        }
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true  // A-Z a-z _
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if isNameStart(scalar) { return true }
        switch scalar.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true  // - . 0-9
        default: return false
        }
    }
}
