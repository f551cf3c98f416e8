/// Normalizes text for matching (comparing numbers, labels and words across
/// versions and formats), never for display: canonical composition (NFC),
/// every space variant to a space, soft hyphens and zero-width characters
/// removed, dash and minus variants to `-`, double quote variants
/// (“ ” „ « » ″ ＂) to `"` and single ones (‘ ’ ‚ ‹ › ′ ＇) to `'`.
///
/// `normalize(utf8:)` also returns, for every output byte, the offset of the
/// input byte it came from, so a match found in normalized text maps back to
/// the original bytes (and through `DecodedText` to the file).
///
/// NFC comes from the standard library's `String._nfcCodeUnits` (public but
/// underscored), applied to each run of a starter and its combining marks;
/// no Foundation. Compositions that cross such runs (Hangul jamo written
/// as separate syllable parts) are left as written.
public enum MatchingNormalizer {
    /// `text` normalized for matching.
    public static func normalize(_ text: String) -> String {
        String(decoding: normalize(utf8: Array(text.utf8)).utf8, as: UTF8.self)
    }

    /// Normalized UTF-8 and, per output byte, the input offset it came from
    /// (one extra entry: the input length).
    public static func normalize(utf8 input: [UInt8]) -> (utf8: [UInt8], offsets: [Int]) {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var offsets: [Int] = []
        offsets.reserveCapacity(input.count + 1)
        let scalars = decode(input)
        var index = 0
        while index < scalars.count {
            let (scalar, offset) = scalars[index]
            // A run: this scalar and the combining marks after it.
            var end = index + 1
            while end < scalars.count, scalars[end].scalar.properties.canonicalCombiningClass.rawValue != 0 { end += 1 }
            if end == index + 1 && scalar.value < 0x300 || end == index + 1 && !needsComposition(scalar) {
                append(scalar, from: offset, to: &output, &offsets)
            } else {
                var run = String.UnicodeScalarView()
                for k in index..<end { run.append(scalars[k].scalar) }
                let composed = String(decoding: String(run)._nfcCodeUnits, as: UTF8.self)
                for composedScalar in composed.unicodeScalars { append(composedScalar, from: offset, to: &output, &offsets) }
            }
            index = end
        }
        offsets.append(input.count)
        return (output, offsets)
    }

    /// Scalars that NFC may change even without a following combining mark
    /// (compatibility-free singletons such as U+212B ANGSTROM SIGN, Hangul jamo).
    private static func needsComposition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x1F71...0x1FFD, 0x2000...0x2001, 0x2126, 0x212A...0x212B,
             0x2329...0x232A, 0x1100...0x11FF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }

    private static func append(_ scalar: Unicode.Scalar, from offset: Int, to output: inout [UInt8], _ offsets: inout [Int]) {
        guard let mapped = mapping(scalar) else { return }
        for byte in UTF8.encode(mapped)! {
            output.append(byte)
            offsets.append(offset)
        }
    }

    /// The matching form of one scalar; nil removes it.
    static func mapping(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x00AD, 0x200B, 0x2060, 0xFEFF:
            return nil
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        case 0x201C...0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02:
            return "\""
        case 0x2018...0x201B, 0x2039, 0x203A, 0x2032, 0xFF07:
            return "'"
        default:
            return scalar
        }
    }

    /// The scalars of UTF-8 with their byte offsets (the input is expected to
    /// be valid, as `DecodedText` is; an invalid byte becomes U+FFFD).
    private static func decode(_ bytes: [UInt8]) -> [(scalar: Unicode.Scalar, offset: Int)] {
        var result: [(scalar: Unicode.Scalar, offset: Int)] = []
        result.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                result.append((scalar, offset))
                offset += UTF8.width(scalar)
            case .error:
                result.append(("\u{FFFD}", offset))
                offset += 1
            case .emptyInput:
                return result
            }
        }
    }
}
