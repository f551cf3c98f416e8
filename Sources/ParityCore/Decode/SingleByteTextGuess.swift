/// Decides whether bytes that are not valid UTF-8 read plausibly as
/// Windows-1252 (or Latin-1) text, so that such a file can be read with a
/// warning instead of refused, while corrupted UTF-8 is still reported.
public enum SingleByteTextGuess {
    /// Whether `bytes` look like Windows-1252 text: no valid UTF-8 multi-byte
    /// sequence anywhere (a mix means damaged UTF-8), no byte that
    /// Windows-1252 leaves undefined, and every non-ASCII byte either a
    /// letter inside a word (next to another letter) or a punctuation mark,
    /// symbol or no-break space.
    public static func looksLikeWindows1252(_ bytes: [UInt8]) -> Bool {
        var sawHighByte = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            sawHighByte = true
            if validUTF8SequenceLength(bytes, at: index) > 1 { return false }
            if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) { return false }
            let scalar = scalarOf(byte)
            if scalar.properties.isAlphabetic {
                let before = index > 0 ? scalarOf(bytes[index - 1]).properties.isAlphabetic : false
                let after = index + 1 < count ? scalarOf(bytes[index + 1]).properties.isAlphabetic : false
                if !before && !after { return false }
            } else {
                switch scalar.properties.generalCategory {
                case .otherPunctuation, .initialPunctuation, .finalPunctuation, .dashPunctuation,
                    .openPunctuation, .closePunctuation, .currencySymbol, .mathSymbol, .otherSymbol,
                    .modifierSymbol, .spaceSeparator, .otherNumber, .connectorPunctuation, .format:
                    break
                default:
                    return false
                }
            }
            index += 1
        }
        return sawHighByte
    }

    /// The scalar Windows-1252 maps `byte` to.
    private static func scalarOf(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(TextDecoder.windows1252Value(byte))!
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0.
    private static func validUTF8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
