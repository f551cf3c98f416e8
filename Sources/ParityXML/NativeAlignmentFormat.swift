/// Names shared by `NativeAlignmentWriter` and `NativeAlignmentReader`:
/// the vocabulary of the native `<parity-alignment version="1">` format,
/// described by `Schemas/parity-alignment.rng`.
enum NativeAlignmentFormat {
    /// The value of the root's `version` attribute.
    static let version = "1"
    static let root = "parity-alignment"
}

extension Double {
    /// The shortest text that reads back as the same value, in `xsd:double`
    /// lexical form (`NaN`, `INF`, `-INF` for the non-finite values).
    var xmlDoubleText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-INF" : "INF" }
        return description
    }

    /// Reads `xsd:double` text as written by `xmlDoubleText`.
    init?(xmlDoubleText text: String) {
        switch text {
        case "NaN": self = .nan
        case "INF": self = .infinity
        case "-INF": self = -.infinity
        default:
            guard let value = Double(text), value.isFinite else { return nil }
            self = value
        }
    }
}
